package io.reelbase.persistence.offline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Copies the rows of one table for some assets from the server's database into the laptop's, column for
 * column (the two have the same migrations), leaving out generated columns and the ones that point at rows
 * the laptop does not have ({@code nulled}, written as null). Ids stay the same.
 */
final class TableCopy {
    private TableCopy() {
    }

    /**
     * Rows of {@code table} selected by {@code select} (with the asset ids as its one array parameter) on the
     * server, inserted on the laptop with {@code onConflict} ("on conflict (id) do nothing", …). Returns the
     * number of rows read and the bytes of bytea columns.
     */
    static long[] copy(Connection server, Connection local, String table, String select, List<UUID> ids, Set<String> nulled,
                       String onConflict) throws SQLException {
        List<String> columns = insertable(local, table);
        long rows = 0;
        long bytes = 0;
        try (PreparedStatement read = server.prepareStatement(select)) {
            read.setArray(1, server.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = read.executeQuery()) {
                Set<String> labels = new java.util.HashSet<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    labels.add(rs.getMetaData().getColumnLabel(i));
                }
                List<String> present = new ArrayList<>(columns.stream().filter(labels::contains).toList());
                String sql = "insert into " + table + " (" + String.join(", ", present) + ") values ("
                        + String.join(", ", present.stream().map(c -> "?").toList()) + ") " + onConflict;
                try (PreparedStatement write = local.prepareStatement(sql)) {
                    while (rs.next()) {
                        for (int i = 0; i < present.size(); i++) {
                            String c = present.get(i);
                            Object v = nulled.contains(c) ? null : rs.getObject(c);
                            if (v instanceof byte[] b) {
                                bytes += b.length;
                            }
                            if (v == null) {
                                write.setNull(i + 1, java.sql.Types.OTHER);
                            } else {
                                write.setObject(i + 1, v);
                            }
                        }
                        write.addBatch();
                        rows++;
                    }
                    write.executeBatch();
                }
            }
        }
        return new long[] {rows, bytes};
    }

    /** The laptop's columns of {@code table} that an insert may set (not generated). */
    private static List<String> insertable(Connection local, String table) throws SQLException {
        Set<String> out = new LinkedHashSet<>();
        try (PreparedStatement st = local.prepareStatement("select column_name from information_schema.columns"
                + " where table_schema = current_schema() and table_name = ? and is_generated = 'NEVER' order by ordinal_position")) {
            st.setString(1, table);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return List.copyOf(out);
    }
}
