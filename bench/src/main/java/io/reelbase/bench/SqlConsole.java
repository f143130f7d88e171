package io.reelbase.bench;

import io.reelbase.persistence.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;

/**
 * For looking into the benchmark catalogue by hand: runs the SQL statements of a file (separated by a line
 * holding only ";") on it, and prints what each returns, e.g. an {@code EXPLAIN (ANALYZE, BUFFERS)} of a case.
 * Usage: {@code SqlConsole FILE [-] [DATA_DIR]}.
 */
public final class SqlConsole {
    private SqlConsole() {
    }

    public static void main(String[] args) throws Exception {
        String script = Files.readString(Path.of(args[0]));
        try (Database db = CatalogueGenerator.open(args); Connection c = db.dataSource().getConnection();
             Statement st = c.createStatement()) {
            for (String sql : script.split("(?m)^;\\s*$")) {
                if (sql.isBlank()) {
                    continue;
                }
                System.out.println("=== " + sql.strip());
                long t = System.nanoTime();
                if (st.execute(sql)) {
                    try (ResultSet rs = st.getResultSet()) {
                        ResultSetMetaData md = rs.getMetaData();
                        while (rs.next()) {
                            StringBuilder row = new StringBuilder();
                            for (int i = 1; i <= md.getColumnCount(); i++) {
                                row.append(i > 1 ? " | " : "").append(rs.getString(i));
                            }
                            System.out.println(row);
                        }
                    }
                } else {
                    System.out.println("(" + st.getUpdateCount() + " rows)");
                }
                System.out.printf("--- %.1f ms%n", (System.nanoTime() - t) / 1e6);
            }
        }
    }
}
