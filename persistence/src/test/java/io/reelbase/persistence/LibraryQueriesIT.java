package io.reelbase.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelbase.core.Page;
import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetChanges;
import io.reelbase.core.asset.AssetCursor;
import io.reelbase.core.asset.AssetFilter;
import io.reelbase.core.asset.AssetRepository;
import io.reelbase.core.asset.AssetSort;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.Facet;
import io.reelbase.core.asset.FacetCount;
import io.reelbase.core.asset.NewAsset;
import io.reelbase.core.asset.ReviewStatus;
import io.reelbase.core.asset.SavedSearch;
import io.reelbase.core.asset.StaleAssetException;
import io.reelbase.core.asset.VersionOrigin;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tags, facets, the other orders, undo and saved searches, against a real catalogue. */
class LibraryQueriesIT {
    private static Database db;
    private static AssetRepository assets;
    private static Asset harbour;
    private static Asset mayor;
    private static Asset coast;
    private static Asset song;

    @BeforeAll
    static void open() throws Exception {
        db = Database.open(TestDatabases.fresh());
        assets = db.repositories().assets();
        harbour = assets.create(NewAsset.of("Harbour at dawn", AssetType.VIDEO).withFile("1".repeat(64), 5_000, "harbour.mov", "video/quicktime"), "t");
        mayor = assets.create(NewAsset.of("Mayor interview", AssetType.VIDEO).withFile("2".repeat(64), 90_000, "mayor.mxf", "application/mxf"), "t");
        coast = assets.create(NewAsset.of("coast", AssetType.IMAGE).withFile("3".repeat(64), 700, "coast.jpg", "image/jpeg"), "t");
        song = assets.create(NewAsset.of("Brass band", AssetType.AUDIO).withFile("4".repeat(64), 40_000, "band.wav", "audio/wav"), "t");
        technical(harbour.id(), "h264", null, "FHD");
        technical(mayor.id(), "prores", "pcm_s24le", "UHD");
        technical(coast.id(), "mjpeg", null, "SD");
        technical(song.id(), null, "pcm_s16le", null);
        harbour = assets.update(harbour.id(), harbour.version(), AssetChanges.none().tags(List.of("sea", "Dawn", "boats")), VersionOrigin.EDIT, "tags", "ann");
        coast = assets.update(coast.id(), coast.version(), AssetChanges.none().tags(List.of("Sea")), VersionOrigin.EDIT, "tags", "ann");
        // Durations (coast, a still, has none) for the longest-first order.
        assets.recordProcessing(harbour.id(), io.reelbase.core.asset.AssetStatus.PROCESSED, 60_000L, null, null, "probe", "worker");
        assets.recordProcessing(mayor.id(), io.reelbase.core.asset.AssetStatus.PROCESSED, 900_000L, null, null, "probe", "worker");
        assets.recordProcessing(song.id(), io.reelbase.core.asset.AssetStatus.PROCESSED, 200_000L, null, null, "probe", "worker");
    }

    private static void technical(UUID id, String video, String audio, String resolution) throws Exception {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement st = c.prepareStatement("insert into technical_metadata (asset_id, video_codec, audio_codec, resolution_category) values (?, ?, ?, ?)")) {
            st.setObject(1, id);
            st.setString(2, video);
            st.setString(3, audio);
            st.setString(4, resolution);
            st.executeUpdate();
        }
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static List<String> titles(AssetFilter f) {
        return assets.page(f, Optional.empty(), 100).items().stream().map(Asset::title).toList();
    }

    @Test
    void tagsAreKeptOncePerNameWhateverTheCaseAndAreSearchable() {
        assertThat(assets.find(harbour.id()).orElseThrow().tags()).containsExactly("boats", "Dawn", "sea");
        assertThat(assets.find(coast.id()).orElseThrow().tags()).as("the existing spelling is reused").containsExactly("sea");
        assertThat(titles(AssetFilter.ALL.with(Facet.TAG, "SEA"))).containsExactlyInAnyOrder("Harbour at dawn", "coast");
        assertThat(titles(AssetFilter.ALL.withText("boat"))).as("a tag's prefix finds the asset").containsExactly("Harbour at dawn");
        assertThat(assets.suggestTags("s", 10)).as("prefix matches first, then inner matches").containsExactly("sea", "boats");
        assertThat(assets.suggestTags("DA", 10)).containsExactly("Dawn");
        assertThat(assets.suggestTags("50%", 10)).isEmpty();
        assertThat(assets.facets(AssetFilter.ALL, 10, java.util.EnumSet.of(Facet.TAG)).get(Facet.TAG)).first().isEqualTo(new FacetCount(Facet.TAG, "sea", 2));
        assertThat(assets.versions(harbour.id())).last().satisfies(v -> assertThat(v.snapshot().tags()).isEqualTo(List.of("boats", "Dawn", "sea")));
    }

    @Test
    void relatedAssetsShareTagsMostSharedFirst() throws Exception {
        Asset boat = assets.create(NewAsset.of("Boat show", AssetType.IMAGE), "t");
        boat = assets.update(boat.id(), boat.version(), AssetChanges.none().tags(List.of("boats", "sea")), VersionOrigin.EDIT, "tags", "ann");
        var related = assets.related(harbour.id(), 10);
        assertThat(related).extracting(io.reelbase.core.asset.RelatedAsset::title).containsExactly("Boat show", "coast");
        assertThat(related.get(0).shared()).containsExactly("boats", "sea");
        assertThat(related.get(1).shared()).containsExactly("sea");
        assertThat(related.get(0).sharedKeywords()).containsExactly("boats", "sea");
        assertThat(assets.related(mayor.id(), 10)).as("no tags, nothing related").isEmpty();
        assets.delete(boat.id());

        // A shared topic relates too, and is told apart from keyword tags.
        try (Connection c = db.dataSource().getConnection(); var st = c.createStatement()) {
            st.execute("insert into graph_node (node_type, name) values ('TOPIC', 'Coastline')");
            st.execute("insert into asset_graph_node (asset_id, node_id) select a, n.id from graph_node n,"
                    + " unnest(array['" + mayor.id() + "'::uuid, '" + song.id() + "'::uuid]) a where n.name = 'Coastline'");
        }
        assertThat(assets.related(mayor.id(), 10)).singleElement().satisfies(r -> {
            assertThat(r.title()).isEqualTo("Brass band");
            assertThat(r.shared()).containsExactly("Coastline");
            assertThat(r.sharedKeywords()).isEmpty();
        });
        try (Connection c = db.dataSource().getConnection(); var st = c.createStatement()) {
            st.execute("delete from graph_node where name = 'Coastline'");
        }
    }

    @Test
    void facetsCountTheListWithoutTheirOwnChoice() {
        Map<Facet, List<FacetCount>> all = assets.facets(AssetFilter.ALL, 20);
        assertThat(all.get(Facet.TYPE)).containsExactly(new FacetCount(Facet.TYPE, "VIDEO", 2),
                new FacetCount(Facet.TYPE, "AUDIO", 1), new FacetCount(Facet.TYPE, "IMAGE", 1));
        assertThat(all.get(Facet.CODEC)).extracting(FacetCount::value).containsExactlyInAnyOrder("h264", "prores", "mjpeg", "pcm_s16le");
        assertThat(all.get(Facet.RESOLUTION)).extracting(FacetCount::value).containsExactlyInAnyOrder("FHD", "UHD", "SD");
        assertThat(all.get(Facet.REVIEW)).containsExactly(new FacetCount(Facet.REVIEW, "DRAFT", 4));

        AssetFilter videos = AssetFilter.ofType(AssetType.VIDEO);
        Map<Facet, List<FacetCount>> narrowed = assets.facets(videos, 20);
        assertThat(narrowed.get(Facet.TYPE)).as("the other types stay visible").hasSize(3);
        assertThat(narrowed.get(Facet.RESOLUTION)).extracting(FacetCount::value).containsExactlyInAnyOrder("FHD", "UHD");
        assertThat(narrowed.get(Facet.TAG)).containsExactlyInAnyOrder(new FacetCount(Facet.TAG, "boats", 1),
                new FacetCount(Facet.TAG, "Dawn", 1), new FacetCount(Facet.TAG, "sea", 1));
        assertThat(titles(videos.with(Facet.RESOLUTION, "UHD"))).containsExactly("Mayor interview");
        Map<Facet, List<FacetCount>> searched = assets.facets(AssetFilter.ALL.withText("dawn").with(Facet.TYPE, "IMAGE"), 20);
        assertThat(searched.get(Facet.TYPE)).as("words counted once for all facets").containsExactly(new FacetCount(Facet.TYPE, "VIDEO", 1));
        assertThat(searched.get(Facet.CODEC)).as("narrowed by words and type: nothing").isEmpty();
        assertThat(assets.facets(AssetFilter.ALL.withText("harbr"), 20).get(Facet.TAG)).as("near misses counted too")
                .contains(new FacetCount(Facet.TAG, "sea", 1));
        assertThat(titles(AssetFilter.ALL.with(Facet.CODEC, "pcm_s16le"))).containsExactly("Brass band");
        assertThat(titles(AssetFilter.ALL.withText("dawn").with(Facet.TYPE, "image"))).isEmpty();
        assertThatThrownBy(() -> AssetFilter.ALL.with(Facet.TYPE, "film")).hasMessageContaining("is not a type");
    }

    @Test
    void dateRangeAndCollectionNarrowTheList() {
        Instant now = Instant.now();
        assertThat(titles(AssetFilter.ALL.addedBetween(now.minus(1, ChronoUnit.HOURS), now.plus(1, ChronoUnit.HOURS)))).hasSize(4);
        assertThat(titles(AssetFilter.ALL.addedBetween(now.plus(1, ChronoUnit.HOURS), null))).isEmpty();
        var picks = db.repositories().collections().create("Picks " + UUID.randomUUID(), null, null);
        db.repositories().collections().add(picks.id(), List.of(song.id(), coast.id()), null);
        assertThat(titles(AssetFilter.ofCollection(picks.id()))).containsExactlyInAnyOrder("Brass band", "coast");
        assertThat(assets.facets(AssetFilter.ofCollection(picks.id()), 10).get(Facet.TYPE)).hasSize(2);
    }

    @Test
    void everyOrderPagesThroughAllAssetsOnceInOrder() {
        for (AssetSort sort : AssetSort.values()) {
            List<Asset> seen = new ArrayList<>();
            Optional<AssetCursor> next = Optional.empty();
            do {
                Page<Asset, AssetCursor> page = assets.page(AssetFilter.ALL.sortedBy(sort), next, 1);
                seen.addAll(page.items());
                next = page.next();
            } while (next.isPresent());
            List<String> titles = seen.stream().map(Asset::title).toList();
            assertThat(titles).as(sort.name()).hasSize(4).doesNotHaveDuplicates();
            switch (sort) {
                case TITLE -> assertThat(titles).containsExactly("Brass band", "coast", "Harbour at dawn", "Mayor interview");
                case TITLE_DESC -> assertThat(titles).containsExactly("Mayor interview", "Harbour at dawn", "coast", "Brass band");
                case LARGEST -> assertThat(titles).containsExactly("Mayor interview", "Brass band", "Harbour at dawn", "coast");
                case NEWEST -> assertThat(titles).containsExactly("Brass band", "coast", "Mayor interview", "Harbour at dawn");
                case OLDEST -> assertThat(titles).containsExactly("Harbour at dawn", "Mayor interview", "coast", "Brass band");
                case LONGEST -> assertThat(titles).containsExactly("Mayor interview", "Brass band", "Harbour at dawn", "coast");
            }
        }
    }

    @Test
    void savedSearchesKeepWordsFacetsAndOrder() {
        var searches = db.repositories().savedSearches();
        AssetFilter f = AssetFilter.ALL.withText("dawn").with(Facet.TYPE, "VIDEO").with(Facet.TAG, "sea").sortedBy(AssetSort.TITLE);
        SavedSearch saved = searches.save("Sea videos", f);
        assertThat(searches.all()).extracting(SavedSearch::name).contains("Sea videos");
        SavedSearch read = searches.all().stream().filter(s -> s.id().equals(saved.id())).findFirst().orElseThrow();
        assertThat(read.filter()).isEqualTo(f);
        assertThat(titles(read.filter())).containsExactly("Harbour at dawn");
        SavedSearch replaced = searches.save("sea VIDEOS", f.without(Facet.TAG));
        assertThat(replaced.id()).as("same name, any case: replaced").isEqualTo(saved.id());
        searches.delete(saved.id());
        assertThat(searches.all()).extracting(SavedSearch::id).doesNotContain(saved.id());
    }
}
