package io.reelbase.persistence.hibernate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Keyword tags by name, looked up before a list's query is written, so the query holds the tags' ids as
 * values: PostgreSQL then knows from its statistics how common each tag is and plans for it, and a word no
 * tag starts with adds no condition at all.
 */
final class TagLookup {
    private final Connection c;

    TagLookup(Connection c) {
        this.c = c;
    }

    /** The tag with this name, whatever the case (empty array: no such tag). */
    UUID[] named(String name) throws SQLException {
        return ids("select id from graph_node where node_type = 'KEYWORD' and lower(name) = lower(?)", name);
    }

    /** The tags whose names start with this text, whatever the case. */
    UUID[] startingWith(String text) throws SQLException {
        String like = AssetSql.likeLiteral(text) + "%";
        return ids("select id from graph_node where node_type = 'KEYWORD' and name ilike ? escape '!'", like);
    }

    private UUID[] ids(String sql, String value) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, value);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return ids.toArray(UUID[]::new);
    }
}
