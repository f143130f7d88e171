package io.reelbase.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetChanges;
import io.reelbase.core.asset.AssetFilter;
import io.reelbase.core.asset.AssetRepository;
import io.reelbase.core.asset.AssetStatus;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.Facet;
import io.reelbase.core.asset.FacetCount;
import io.reelbase.core.asset.NewAsset;
import io.reelbase.core.asset.VersionOrigin;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Facet counts, whichever way they are found (the tally the database keeps, or a pass over the matching rows),
 * equal a plain GROUP BY over the original tables, also after several writers have created, tagged, processed,
 * marked damaged and deleted assets at the same time as the counts were being read.
 */
class FacetCountsIT {
    private static final String[] WORDS = {"harbour", "market", "festival", "coast", "mayor", "bridge"};
    private static final String[] TAGS = {"sunset", "Drone", "people", "night", "archive", "boats"};
    private static final String[] CODECS = {"h264", "prores", "hevc", "mjpeg", null};
    private static final String[] RESOLUTIONS = {"SD", "HD", "FHD", "UHD", null};
    private static Database db;
    private static AssetRepository assets;

    @BeforeAll
    static void open() throws Exception {
        db = Database.open(TestDatabases.fresh());
        assets = db.repositories().assets();
        AtomicBoolean writing = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            int seed = w;
            writers.add(pool.submit(() -> write(new Random(seed), 120, failures)));
        }
        // Counts read (and the tally folded) while the writers are at work.
        Future<?> reader = pool.submit(() -> {
            while (writing.get()) {
                assets.facets(AssetFilter.ALL, 100);
                assets.facets(AssetFilter.ALL.with(Facet.TYPE, "VIDEO"), 100);
            }
            return null;
        });
        for (Future<?> f : writers) {
            f.get();
        }
        writing.set(false);
        reader.get();
        pool.shutdown();
        assertThat(failures).isEmpty();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static Void write(Random r, int count, ConcurrentLinkedQueue<Throwable> failures) {
        try {
            for (int i = 0; i < count; i++) {
                AssetType type = AssetType.values()[r.nextInt(AssetType.values().length)];
                String title = WORDS[r.nextInt(WORDS.length)] + " " + WORDS[r.nextInt(WORDS.length)] + " " + i;
                Asset a = assets.create(NewAsset.of(title, type), "t");
                technical(a, CODECS[r.nextInt(CODECS.length)], RESOLUTIONS[r.nextInt(RESOLUTIONS.length)]);
                List<String> tags = new ArrayList<>();
                for (String t : TAGS) {
                    if (r.nextInt(3) == 0) {
                        tags.add(t);
                    }
                }
                a = assets.update(a.id(), a.version(), AssetChanges.none().tags(tags), VersionOrigin.EDIT, "tags", "ann");
                switch (r.nextInt(6)) {
                    case 0 -> assets.recordProcessing(a.id(), AssetStatus.FAILED, null, null, null, "probe", "worker");
                    case 1 -> assets.recordProcessed(a.id(), 1_000L, null, null, "the file ends at 40%", "probe", "worker");
                    case 2 -> sql("update asset set status = 'DELETED', deleted_at = now() where id = ?", a); // as a lifecycle rule does
                    case 3 -> assets.delete(a.id());
                    case 4 -> {
                        a = assets.recordProcessing(a.id(), AssetStatus.PROCESSED, 2_000L, null, null, "probe", "worker");
                        // fewer tags again, and new technical metadata
                        assets.update(a.id(), a.version(), AssetChanges.none().tags(tags.isEmpty() ? List.of() : tags.subList(1, tags.size())),
                                VersionOrigin.EDIT, "tags", "ann");
                        technical(a, CODECS[r.nextInt(CODECS.length)], null);
                    }
                    default -> { }
                }
            }
        } catch (Throwable e) {
            failures.add(e);
        }
        return null;
    }

    private static void sql(String statement, Asset a) throws Exception {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement st = c.prepareStatement(statement)) {
            st.setObject(1, a.id());
            st.executeUpdate();
        }
    }

    private static void technical(Asset a, String codec, String resolution) throws Exception {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement st = c.prepareStatement("insert into technical_metadata (asset_id, video_codec, resolution_category)"
                     + " values (?, ?, ?) on conflict (asset_id) do update set video_codec = excluded.video_codec,"
                     + " resolution_category = excluded.resolution_category")) {
            st.setObject(1, a.id());
            st.setString(2, codec);
            st.setString(3, resolution);
            st.executeUpdate();
        }
    }

    @Test
    void theWholeCatalogueAndOneTypeOrStatusFromTheTallyEqualAGroupBy() throws Exception {
        for (AssetFilter f : List.of(AssetFilter.ALL, AssetFilter.ALL.with(Facet.TYPE, "VIDEO"),
                AssetFilter.ALL.with(Facet.STATUS, "FAILED"), AssetFilter.ALL.with(Facet.STATUS, "DELETED"),
                AssetFilter.ALL.with(Facet.TYPE, "IMAGE").with(Facet.STATUS, "PROCESSED"))) {
            assertCountsEqualGroupBy(f);
        }
    }

    @Test
    void narrowedListsCountedOverTheirRowsEqualAGroupBy() throws Exception {
        for (AssetFilter f : List.of(AssetFilter.ALL.with(Facet.TAG, "sunset"), AssetFilter.ALL.with(Facet.TAG, "DRONE").with(Facet.STATUS, "PROCESSED"),
                AssetFilter.ALL.with(Facet.CODEC, "prores"), AssetFilter.ALL.with(Facet.RESOLUTION, "UHD").with(Facet.TYPE, "VIDEO"),
                AssetFilter.ALL.with(Facet.CONDITION, "DAMAGED"), AssetFilter.ALL.withText("harbour"),
                AssetFilter.ALL.withText("harbour").with(Facet.TAG, "night"), AssetFilter.ALL.withText("harbour market"))) {
            assertCountsEqualGroupBy(f);
        }
    }

    @Test
    void aCatalogueWithWritesMadeTheCountsHaveSomethingToSay() {
        Map<Facet, List<FacetCount>> all = assets.facets(AssetFilter.ALL, 100);
        assertThat(all.get(Facet.TAG)).extracting(FacetCount::value).contains("sunset", "Drone");
        assertThat(all.get(Facet.STATUS)).extracting(FacetCount::value).contains("DELETED", "FAILED", "PROCESSED");
        assertThat(all.get(Facet.CONDITION)).extracting(FacetCount::value).contains("DAMAGED", "INTACT");
    }

    private static void assertCountsEqualGroupBy(AssetFilter filter) throws Exception {
        Map<Facet, List<FacetCount>> counted = assets.facets(filter, 1000);
        for (Facet facet : Facet.values()) {
            Map<String, Long> got = new TreeMap<>();
            counted.get(facet).forEach(fc -> got.put(fc.value(), fc.count()));
            assertThat(got).as("%s counts of %s", facet, filter).isEqualTo(groupBy(filter, facet));
        }
    }

    @Test
    void everyPageOfANarrowedListOrWordSearchHoldsWhatAPlainQueryFinds() throws Exception {
        for (AssetFilter f : List.of(AssetFilter.ALL.with(Facet.TAG, "sunset"), AssetFilter.ALL.with(Facet.TAG, "night").withText("harbour"),
                AssetFilter.ALL.with(Facet.CODEC, "hevc").with(Facet.TYPE, "IMAGE"), AssetFilter.ALL.withText("harbour market"),
                AssetFilter.ALL.withText("boats"), AssetFilter.ALL.with(Facet.RESOLUTION, "HD").withText("coast"))) {
            List<java.util.UUID> listed = new ArrayList<>();
            java.util.Optional<io.reelbase.core.asset.AssetCursor> next = java.util.Optional.empty();
            do {
                var page = assets.page(f, next, 7);
                page.items().forEach(a -> listed.add(a.id()));
                next = page.next();
            } while (next.isPresent());
            assertThat(listed).as("the list of %s, page by page", f).isEqualTo(plainQuery(f)).isNotEmpty();
        }
    }

    /** The assets a filter should list, newest first, found by a query over the original tables. */
    private static List<java.util.UUID> plainQuery(AssetFilter filter) throws Exception {
        List<Object> params = new ArrayList<>();
        String where = referenceWhere(filter, null, params);
        List<java.util.UUID> ids = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement st = c.prepareStatement("select a.id from asset a where " + where + " order by a.created_at desc, a.id desc")) {
            for (int i = 0; i < params.size(); i++) {
                st.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, java.util.UUID.class));
                }
            }
        }
        return ids;
    }

    /** The reference: a GROUP BY over the tables the application writes, not over anything kept for speed. */
    private static Map<String, Long> groupBy(AssetFilter filter, Facet facet) throws Exception {
        List<Object> params = new ArrayList<>();
        String where = referenceWhere(filter, facet, params);
        String value = switch (facet) {
            case TYPE -> "a.asset_type";
            case STATUS -> "a.status";
            case REVIEW -> "a.review_status";
            case SOURCE -> "a.source_system";
            case CODEC -> "(select coalesce(t.video_codec, t.audio_codec) from technical_metadata t where t.asset_id = a.id)";
            case RESOLUTION -> "(select t.resolution_category from technical_metadata t where t.asset_id = a.id)";
            case CONDITION -> "case when a.damage is null then 'INTACT' else 'DAMAGED' end";
            case TAG -> "n.name";
        };
        String from = facet == Facet.TAG
                ? "asset a join asset_graph_node g on g.asset_id = a.id join graph_node n on n.id = g.node_id and n.node_type = 'KEYWORD'"
                : "asset a";
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement st = c.prepareStatement("select v, count(*) from (select " + value + " as v from " + from
                     + " where " + where + ") x where v is not null group by v")) {
            for (int i = 0; i < params.size(); i++) {
                st.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return counts;
    }

    /** The filter's conditions over the original tables, leaving out {@code facet}'s own choice. */
    private static String referenceWhere(AssetFilter filter, Facet facet, List<Object> params) {
        StringBuilder where = new StringBuilder("true");
        filter.facets().forEach((f, v) -> {
            if (f != facet) {
                where.append(" and ").append(condition(f));
                params.add(v);
            }
        });
        if (filter.status().isEmpty() && facet != Facet.STATUS) {
            where.append(" and a.status <> 'DELETED'");
        }
        if (filter.hasText()) {
            String words = String.join(" & ", filter.text().split(" ")) + ":*"; // whole words, the last one a prefix
            where.append(" and (a.search_vector @@ to_tsquery('simple', ?) or a.original_filename ilike ?"
                    + " or exists (select 1 from asset_graph_node g join graph_node n on n.id = g.node_id"
                    + " where g.asset_id = a.id and n.node_type = 'KEYWORD' and lower(n.name) like lower(?)))");
            params.addAll(List.of(words, "%" + filter.text() + "%", filter.text() + "%"));
        }
        return where.toString();
    }

    private static String condition(Facet f) {
        return switch (f) {
            case TYPE -> "a.asset_type = ?";
            case STATUS -> "a.status = ?";
            case REVIEW -> "a.review_status = ?";
            case SOURCE -> "a.source_system = ?";
            case CODEC -> "exists (select 1 from technical_metadata t where t.asset_id = a.id and coalesce(t.video_codec, t.audio_codec) = ?)";
            case RESOLUTION -> "exists (select 1 from technical_metadata t where t.asset_id = a.id and t.resolution_category = ?)";
            case CONDITION -> "(a.damage is not null) = (? = 'DAMAGED')";
            case TAG -> "exists (select 1 from asset_graph_node g join graph_node n on n.id = g.node_id"
                    + " where g.asset_id = a.id and n.node_type = 'KEYWORD' and lower(n.name) = lower(?))";
        };
    }
}
