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

    static Map<Facet, List<FacetCount>> counts(Connection c, TagLookup tags, AssetFilter filter, int perFacet, Set<Facet> which,
                                               boolean fuzzy) throws SQLException {
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
            // Without a status chosen, deleted assets are out of every count but the status facet's own
            // (AssetSql.hidesDeleted): counted here in one pass, then left out of the other facets.
            boolean deletedOnlyForStatus = together.contains(Facet.STATUS);
            AssetSql q = AssetSql.where(filter, deletedOnlyForStatus ? Facet.STATUS : null, fuzzy, tags);
            all.putAll(pass(c, q, together, perFacet, deletedOnlyForStatus));
        }
        return all;
    }

    private static Map<Facet, List<FacetCount>> pass(Connection c, AssetSql q, Set<Facet> facets, int perFacet,
                                                     boolean deletedOnlyForStatus) throws SQLException {
        // The matching rows' facet columns once, into memory; then every facet counted from there.
        String matching = "with m as materialized (select a.asset_type, a.status, a.review_status, a.source_system, a.codec,"
                + " a.resolution_category, case when a.damage is null then 'INTACT' else 'DAMAGED' end as condition, a.tag_ids"
                + " from asset a where " + q.whereRow() + ")";
        String live = deletedOnlyForStatus ? " where status <> 'DELETED'" : "";
        List<String> parts = new ArrayList<>();
        List<Facet> grouped = facets.stream().filter(f -> f != Facet.TAG && f != Facet.STATUS).toList();
        if (!grouped.isEmpty()) {
            String which = grouped.stream().map(f -> "when grouping(" + column(f) + ") = 0 then '" + f.name() + "'")
                    .collect(Collectors.joining(" ", "case ", " end"));
            String value = grouped.stream().map(f -> column(f) + "::text").collect(Collectors.joining(", ", "coalesce(", ")"));
            String sets = grouped.stream().map(f -> "(" + column(f) + ")").collect(Collectors.joining(", "));
            parts.add("select " + which + " as f, " + value + " as v, count(*) as n from m" + live + " group by grouping sets (" + sets + ")");
        }
        if (facets.contains(Facet.STATUS)) {
            parts.add("select 'STATUS' as f, status::text as v, count(*) as n from m group by 2");
        }
        if (facets.contains(Facet.TAG)) {
            parts.add("select 'TAG' as f, t::text as v, count(*) as n from m cross join unnest(m.tag_ids) t" + live + " group by 2");
        }
        String counted = "select * from (" + String.join(" union all ", parts) + ") c where v is not null";
        String sql = matching + " select f, v, n from (select s.f, coalesce(g.name, s.v) as v, s.n,"
                + " row_number() over (partition by s.f order by s.n desc, coalesce(g.name, s.v)) as r"
                + " from (" + counted + ") s left join graph_node g on s.f = 'TAG' and g.id::text = s.v) ranked"
                + " where r <= ? order by f, n desc, v";
        List<Object> params = q.paramsRow();
        params.add(perFacet);
        Map<Facet, List<FacetCount>> all = new EnumMap<>(Facet.class);
        facets.forEach(f -> all.put(f, new ArrayList<>()));
        try (PreparedStatement st = AssetSql.prepare(c, sql, params)) {
            // Planned for its own values every time: a generic plan (which PostgreSQL tries from the sixth run of a
            // prepared statement) ignores how rare the chosen tag or status is and took one count in ten to 0.5-2 s.
            st.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(0);
            try (ResultSet rs = st.executeQuery()) {
                read(rs, all);
            }
        }
        all.replaceAll((facet, counts) -> List.copyOf(counts));
        return all;
    }

    private static void read(ResultSet rs, Map<Facet, List<FacetCount>> all) throws SQLException {
        while (rs.next()) {
            Facet f = Facet.valueOf(rs.getString(1));
            all.get(f).add(new FacetCount(f, rs.getString(2), rs.getLong(3)));
        }
    }

    /** A facet's column among the matching rows. */
    private static String column(Facet facet) {
        return switch (facet) {
            case TYPE -> "asset_type";
            case STATUS -> "status";
            case REVIEW -> "review_status";
            case SOURCE -> "source_system";
            case CODEC -> "codec";
            case RESOLUTION -> "resolution_category";
            case CONDITION -> "condition";
            case TAG -> "tag_ids";
        };
    }
}
