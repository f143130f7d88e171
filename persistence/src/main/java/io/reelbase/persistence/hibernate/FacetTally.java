package io.reelbase.persistence.hibernate;

import io.reelbase.core.asset.AssetFilter;
import io.reelbase.core.asset.Facet;
import io.reelbase.core.asset.FacetCount;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Facet counts read from the tally the database keeps as assets change (migration V27): for the whole
 * catalogue, one type, one status, or both, in milliseconds whatever the catalogue's size.
 */
final class FacetTally {
    private static final Set<Facet> KEPT_BY = Set.of(Facet.TYPE, Facet.STATUS);

    private FacetTally() {
    }

    /** Whether the tally can answer for this filter: nothing narrows it but a type and a status. */
    static boolean answers(AssetFilter filter) {
        return !filter.hasText() && filter.addedFrom() == null && filter.addedBefore() == null && filter.collection() == null
                && filter.folder() == null && filter.workingSet() == null && KEPT_BY.containsAll(filter.facets().keySet());
    }

    static Map<Facet, List<FacetCount>> counts(Connection c, AssetFilter filter, int perFacet, Set<Facet> which)
            throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("select reelbase_fold_facet_tally()");
        }
        Map<Facet, List<FacetCount>> all = new EnumMap<>(Facet.class);
        for (Facet facet : which) {
            all.put(facet, count(c, filter, facet, perFacet));
        }
        return all;
    }

    /** One facet's values, counted as {@link AssetSql#where(AssetFilter, Facet)} would select the assets. */
    private static List<FacetCount> count(Connection c, AssetFilter filter, Facet facet, int perFacet) throws SQLException {
        StringBuilder where = new StringBuilder("facet = ?");
        List<Object> params = new ArrayList<>(List.of(facet.name()));
        Optional<String> type = facet == Facet.TYPE ? Optional.empty() : filter.value(Facet.TYPE);
        type.ifPresent(t -> {
            where.append(" and asset_type = ?");
            params.add(t);
        });
        Optional<String> status = facet == Facet.STATUS ? Optional.empty() : filter.value(Facet.STATUS);
        if (status.isPresent()) {
            where.append(" and status = ?");
            params.add(status.get());
        } else if (AssetSql.hidesDeleted(filter, facet)) {
            where.append(" and status <> 'DELETED'");
        }
        String summed = "select value, sum(n) as n from (select asset_type, status, facet, value, n from facet_tally"
                + " union all select asset_type, status, facet, value, n from facet_tally_change) t where " + where
                + " group by value having sum(n) > 0";
        String named = facet == Facet.TAG
                ? "select g.name as value, s.n from (" + summed + ") s join graph_node g on g.id::text = s.value"
                : summed;
        params.add(perFacet);
        List<FacetCount> counts = new ArrayList<>();
        try (PreparedStatement st = AssetSql.prepare(c, named + " order by 2 desc, 1 limit ?", params);
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                counts.add(new FacetCount(facet, rs.getString(1), rs.getLong(2)));
            }
        }
        return List.copyOf(counts);
    }
}
