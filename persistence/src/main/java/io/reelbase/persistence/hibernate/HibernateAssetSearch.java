package io.reelbase.persistence.hibernate;

import io.reelbase.core.Page;
import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetCursor;
import io.reelbase.core.asset.AssetFilter;
import io.reelbase.core.asset.AssetSearch;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.Facet;
import io.reelbase.core.asset.FacetCount;
import io.reelbase.core.asset.RelatedAsset;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Finding assets in PostgreSQL: keyset pages of a filtered list (exact matches first, near misses when
 * there are none), facet counts, related assets and tag suggestions.
 */
final class HibernateAssetSearch implements AssetSearch {
    private final Transactions tx;

    HibernateAssetSearch(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public Page<Asset, AssetCursor> page(AssetFilter filter, Optional<AssetCursor> after, int limit) {
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("page size must be 1..10000, not " + limit);
        }
        return tx.read(session -> {
            // First the ids in order (an index walk), then the rows themselves by primary key.
            Found ids = session.doReturningWork(c -> find(c, filter, after, limit));
            List<String[]> found = ids.rows();
            boolean fuzzy = ids.fuzzy();
            boolean more = found.size() > limit;
            List<String[]> shown = more ? found.subList(0, limit) : found;
            List<Asset> items = load(session, shown.stream().map(r -> UUID.fromString(r[0])).toList());
            Optional<AssetCursor> next = more
                    ? Optional.of(new AssetCursor(filter.sort(), shown.get(limit - 1)[1], UUID.fromString(shown.get(limit - 1)[0]), fuzzy))
                    : Optional.empty();
            return new Page<>(items, next);
        });
    }

    /** Ids and sort keys of a page, and whether they are near misses. */
    private record Found(List<String[]> rows, boolean fuzzy) {
    }

    private static Found find(Connection c, AssetFilter filter, Optional<AssetCursor> after, int limit) throws SQLException {
        TagLookup lookup = new TagLookup(c);
        boolean fuzzy = after.map(AssetCursor::fuzzy).orElse(false);
        List<String[]> rows = pageIds(c, lookup, filter, after, limit, fuzzy);
        // Nothing anywhere matches the words exactly: look for near misses (typos) instead. Words that are found,
        // but not in this narrowed list, are no typo: the list is rightly empty. (A list narrowed by nothing but
        // the words has just been searched everywhere.)
        if (rows.isEmpty() && after.isEmpty() && filter.hasText() && !fuzzy
                && (filter.withText("").isEverything() || !wordsFoundAnywhere(c, lookup, filter))) {
            return new Found(pageIds(c, lookup, filter, after, limit, true), true);
        }
        return new Found(rows, fuzzy);
    }

    /**
     * Ids and sort keys (as text) of up to {@code limit + 1} assets. With words: first the next rows of the
     * list are tested one by one (common words fill a page at once); if that falls short, every match is found.
     */
    private static List<String[]> pageIds(Connection c, TagLookup lookup, AssetFilter filter, Optional<AssetCursor> after,
                                          int limit, boolean fuzzy) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        AssetSql q = AssetSql.where(filter, null, fuzzy, lookup);
        if (q.hasWords()) {
            read(q.page(c, filter.sort(), after, limit, AssetSql.Strategy.SCAN_AHEAD), rows);
            // Some matches among the rows tested: test as many more as should fill the page, if that is not many.
            long wanted = rows.isEmpty() ? Long.MAX_VALUE : (long) q.scanAhead() * (limit + 1) * 5 / (rows.size() * 4);
            if (rows.size() <= limit && wanted <= MOST_SCANNED_AHEAD) {
                q.scanAhead((int) wanted);
                read(q.page(c, filter.sort(), after, limit, AssetSql.Strategy.SCAN_AHEAD), rows);
            }
            if (rows.size() > limit) {
                return rows;
            }
        }
        read(q.page(c, filter.sort(), after, limit, AssetSql.Strategy.UNION), rows);
        return rows;
    }

    /** Beyond this many rows tested one by one, finding every match through the indexes is faster. */
    private static final int MOST_SCANNED_AHEAD = 30_000;

    private static void read(PreparedStatement query, List<String[]> rows) throws SQLException {
        rows.clear();
        try (PreparedStatement st = query; ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                rows.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
    }

    /** The assets with these ids, in this order, with their tags. */
    static List<Asset> load(Session session, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, AssetEntity> byId = new HashMap<>();
        session.createSelectionQuery("from AssetEntity where id in :ids", AssetEntity.class)
                .setParameter("ids", ids).getResultList().forEach(e -> byId.put(e.id, e));
        Map<UUID, List<String>> tags = KeywordTags.of(session, ids);
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull)
                .map(e -> HibernateAssetRepository.toRecord(e).withTags(tags.getOrDefault(e.id, List.of()))).toList();
    }

    @Override
    public Map<Facet, List<FacetCount>> facets(AssetFilter filter, int perFacet, java.util.Set<Facet> which) {
        return tx.read(session -> {
            Map<Facet, List<FacetCount>> all = new EnumMap<>(Facet.class);
            session.doWork(c -> {
                // A facet's count leaves its own choice out: where what is left is only a type and a status, the
                // tally answers; the others are counted over the list's rows.
                java.util.Set<Facet> tallied = java.util.EnumSet.noneOf(Facet.class);
                java.util.Set<Facet> scanned = java.util.EnumSet.noneOf(Facet.class);
                which.forEach(f -> (FacetTally.answers(filter.without(f)) ? tallied : scanned).add(f));
                if (!tallied.isEmpty()) {
                    all.putAll(FacetTally.counts(c, filter, perFacet, tallied));
                }
                if (!scanned.isEmpty()) {
                    // Counted over the same matches the list shows: exact ones, or near misses if there are none.
                    TagLookup lookup = new TagLookup(c);
                    boolean fuzzy = filter.hasText() && !wordsFoundAnywhere(c, lookup, filter);
                    all.putAll(FacetScan.counts(c, lookup, filter, perFacet, scanned, fuzzy));
                }
            });
            return all;
        });
    }

    /** Whether any asset at all matches the filter's words exactly (if none does, they are taken for a typo). */
    private static boolean wordsFoundAnywhere(Connection c, TagLookup lookup, AssetFilter filter) throws SQLException {
        return !pageIds(c, lookup, AssetFilter.ALL.withText(filter.text()), Optional.empty(), 0, false).isEmpty();
    }

    public List<RelatedAsset> related(UUID id, int limit) {
        return tx.read(session -> {
            List<RelatedAsset> related = new ArrayList<>();
            session.doWork(c -> {
                try (PreparedStatement st = AssetSql.prepare(c, "select a.id, a.title, a.asset_type,"
                        + " array_agg(n.name order by lower(n.name)),"
                        + " coalesce(array_agg(n.name order by lower(n.name)) filter (where n.node_type = 'KEYWORD'), '{}'), count(*)"
                        + " from asset_graph_node mine"
                        + " join asset_graph_node other on other.node_id = mine.node_id and other.asset_id <> mine.asset_id"
                        + " join graph_node n on n.id = mine.node_id"
                        + " join asset a on a.id = other.asset_id"
                        + " where mine.asset_id = ?"
                        + " group by a.id, a.title, a.asset_type, a.created_at"
                        + " order by count(*) desc, a.created_at desc, a.id desc limit ?", List.of(id, limit));
                     ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        related.add(new RelatedAsset(rs.getObject(1, UUID.class), rs.getString(2),
                                AssetType.valueOf(rs.getString(3)), List.of((String[]) rs.getArray(4).getArray()),
                                List.of((String[]) rs.getArray(5).getArray())));
                    }
                }
            });
            return related;
        });
    }

    @Override
    public List<String> suggestTags(String prefix, int limit) {
        String p = prefix == null ? "" : prefix.strip();
        String like = AssetSql.likeLiteral(p);
        return tx.read(session -> {
            List<String> names = new ArrayList<>();
            session.doWork(c -> {
                try (PreparedStatement st = AssetSql.prepare(c, "select n.name from graph_node n"
                        + " left join asset_graph_node g on g.node_id = n.id"
                        + " where n.node_type = 'KEYWORD' and n.name ilike ? escape '!'"
                        + " group by n.id, n.name"
                        + " order by (lower(n.name) like lower(?) escape '!') desc, count(g.asset_id) desc, lower(n.name)"
                        + " limit ?", List.of("%" + like + "%", like + "%", limit));
                     ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                    }
                }
            });
            return names;
        });
    }
}
