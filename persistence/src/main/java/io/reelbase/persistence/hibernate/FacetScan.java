package io.reelbase.persistence.hibernate;

import io.reelbase.core.asset.AssetFilter;
import io.reelbase.core.asset.Facet;
import io.reelbase.core.asset.FacetCount;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Facet counts of a narrowed list, counted over its rows: every facet the filter does not choose a value
 * for in one pass over the matching rows (each facet's value is on the asset row), and each facet it does
 * choose a value for in a pass of its own (its count leaves its own choice out).
 */
final class FacetScan {
    private FacetScan() {
    }

    static Map<Facet, List<FacetCount>> counts(Connection c, AssetFilter filter, int perFacet, Set<Facet> which, boolean fuzzy)
            throws SQLException {
        TagLookup tags = new TagLookup(c);
        Map<Facet, List<FacetCount>> all = new EnumMap<>(Facet.class);
        Set<Facet> together = EnumSet.noneOf(Facet.class);
        for (Facet facet : which) {
            if (filter.facets().containsKey(facet)) {
                all.putAll(pass(c, AssetSql.where(filter, facet, fuzzy, tags), EnumSet.of(facet), perFacet, false));
            } else {
                together.add(facet);
            }
        }
        if (!together.isEmpty()) {
            // Without a status chosen, deleted assets are out of every count but the status facet's own.
            boolean deletedOnlyForStatus = together.contains(Facet.STATUS);
            AssetSql q = AssetSql.where(filter, deletedOnlyForStatus ? Facet.STATUS : null, fuzzy, tags);
            all.putAll(pass(c, q, together, perFacet, deletedOnlyForStatus));
        }
        return all;
    }

    private static Map<Facet, List<FacetCount>> pass(Connection c, AssetSql q, Set<Facet> facets, int perFacet,
                                                     boolean deletedOnlyForStatus) throws SQLException {
        List<String> values = new ArrayList<>();
        for (Facet f : facets) {
            if (f != Facet.TAG) {
                values.add("('" + f.name() + "', " + value(f) + ")");
            }
        }
        String lateral = facets.contains(Facet.TAG)
                ? (values.isEmpty() ? "" : "select * from (values " + String.join(", ", values) + ") v union all ")
                        + "select 'TAG', t::text from unnest(a.tag_ids) t"
                : "values " + String.join(", ", values);
        String counted = "select x.f, x.v, count(*) as n from asset a cross join lateral (" + lateral + ") x (f, v)"
                + " where " + q.whereRow() + " and x.v is not null"
                + (deletedOnlyForStatus ? " and (x.f = 'STATUS' or a.status <> 'DELETED')" : "") + " group by 1, 2";
        String sql = "select f, v, n from (select s.f, coalesce(g.name, s.v) as v, s.n,"
                + " row_number() over (partition by s.f order by s.n desc, coalesce(g.name, s.v)) as r"
                + " from (" + counted + ") s left join graph_node g on s.f = 'TAG' and g.id::text = s.v) ranked"
                + " where r <= ? order by f, n desc, v";
        List<Object> params = q.paramsRow();
        params.add(perFacet);
        Map<Facet, List<FacetCount>> all = new EnumMap<>(Facet.class);
        facets.forEach(f -> all.put(f, new ArrayList<>()));
        try (PreparedStatement st = AssetSql.prepare(c, sql, params); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                Facet f = Facet.valueOf(rs.getString(1));
                all.get(f).add(new FacetCount(f, rs.getString(2), rs.getLong(3)));
            }
        }
        return all.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> List.copyOf(e.getValue()),
                (a, b) -> a, () -> new EnumMap<>(Facet.class)));
    }

    /** A facet's value on the asset row, as text. */
    private static String value(Facet facet) {
        return switch (facet) {
            case TYPE -> "a.asset_type::text";
            case STATUS -> "a.status::text";
            case REVIEW -> "a.review_status::text";
            case SOURCE -> "a.source_system::text";
            case CODEC -> "a.codec::text";
            case RESOLUTION -> "a.resolution_category::text";
            case CONDITION -> "case when a.damage is null then 'INTACT' else 'DAMAGED' end";
            case TAG -> throw new IllegalArgumentException("tags are many to an asset");
        };
    }
}
