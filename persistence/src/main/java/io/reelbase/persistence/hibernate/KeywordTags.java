package io.reelbase.persistence.hibernate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/** Assets' keyword tags: graph nodes of type KEYWORD linked to the asset, each name kept once whatever its case. */
final class KeywordTags {
    private KeywordTags() {
    }

    /** Keyword tags of these assets, each asset's in alphabetical order. */
    static Map<UUID, List<String>> of(Session session, java.util.Collection<UUID> ids) {
        Map<UUID, List<String>> tags = new HashMap<>();
        if (ids.isEmpty()) {
            return tags;
        }
        session.doWork(c -> {
            // From the asset rows' own copy of their tag ids (kept by the database, V27): one row each.
            try (PreparedStatement st = c.prepareStatement("select a.id, n.name from asset a cross join unnest(a.tag_ids) t (id)"
                    + " join graph_node n on n.id = t.id where a.id = any(?) order by lower(n.name)")) {
                st.setArray(1, c.createArrayOf("uuid", ids.toArray()));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        tags.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                                .add(InternedText.text(rs.getString(2)));
                    }
                }
            }
        });
        return tags;
    }

    static List<String> of(Session session, UUID id) {
        return of(session, List.of(id)).getOrDefault(id, List.of());
    }

    /** Links the asset to exactly these keyword tags, creating the ones nobody used before. */
    static void replace(Session session, UUID assetId, List<String> tags) {
        session.doWork(c -> {
            String[] names = tags.toArray(String[]::new);
            try (PreparedStatement st = c.prepareStatement("insert into graph_node (node_type, name)"
                    + " select 'KEYWORD', t from unnest(?::text[]) t on conflict do nothing")) {
                st.setArray(1, c.createArrayOf("text", names));
                st.executeUpdate();
            }
            link(c, "delete from asset_graph_node g using graph_node n"
                    + " where g.asset_id = ? and n.id = g.node_id and n.node_type = 'KEYWORD'"
                    + " and lower(n.name) <> all (select lower(t) from unnest(?::text[]) t)", assetId, names);
            link(c, "insert into asset_graph_node (asset_id, node_id, origin)"
                    + " select ?, n.id, 'USER' from graph_node n where n.node_type = 'KEYWORD'"
                    + " and lower(n.name) in (select lower(t) from unnest(?::text[]) t) on conflict do nothing", assetId, names);
        });
    }

    private static void link(Connection c, String sql, UUID assetId, String[] names) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setObject(1, assetId);
            st.setArray(2, c.createArrayOf("text", names));
            st.executeUpdate();
        }
    }
}
