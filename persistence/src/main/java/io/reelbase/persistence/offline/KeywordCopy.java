package io.reelbase.persistence.offline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * The keyword tags (and topics, contributors …) of some assets, from the server to the laptop. The nodes have
 * their own ids on each side: they are matched by type and name, whatever the case, as the catalogue keeps them.
 */
final class KeywordCopy {
    private KeywordCopy() {
    }

    static void copy(Connection server, Connection local, List<UUID> ids) throws SQLException {
        try (PreparedStatement read = server.prepareStatement("select x.asset_id, n.node_type, n.name, x.confidence, x.origin"
                + " from asset_graph_node x join graph_node n on n.id = x.node_id where x.asset_id = any(?)");
             PreparedStatement node = local.prepareStatement("insert into graph_node (node_type, name) values (?, ?)"
                     + " on conflict (node_type, lower(name)) do update set name = graph_node.name returning id");
             PreparedStatement link = local.prepareStatement("insert into asset_graph_node (asset_id, node_id, confidence, origin)"
                     + " values (?, ?, ?, ?) on conflict do nothing")) {
            read.setArray(1, server.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    node.setString(1, rs.getString(2));
                    node.setString(2, rs.getString(3));
                    UUID nodeId;
                    try (ResultSet n = node.executeQuery()) {
                        n.next();
                        nodeId = n.getObject(1, UUID.class);
                    }
                    link.setObject(1, rs.getObject(1, UUID.class));
                    link.setObject(2, nodeId);
                    link.setObject(3, rs.getObject(4));
                    link.setString(4, rs.getString(5));
                    link.addBatch();
                }
            }
            link.executeBatch();
        }
    }
}
