package io.reelbase.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** Plain JDBC: one transaction per piece of work, errors in a person's words. */
public final class Tx {
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    public interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private final DataSource db;

    public Tx(DataSource db) {
        this.db = db;
    }

    public <T> T write(Work<T> work) {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                T out = work.run(c);
                c.commit();
                return out;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw DatabaseErrors.translate(new IllegalStateException(e));
        }
    }

    public <T> List<T> list(String sql, Row<T> row, Object... args) {
        return write(c -> list(c, sql, row, args));
    }

    public static <T> List<T> list(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, args);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(row.read(rs));
                }
            }
            return out;
        }
    }

    public static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, args);
            return st.executeUpdate();
        }
    }

    public static void bind(PreparedStatement st, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a == null) {
                st.setNull(i + 1, Types.NULL);
            } else if (a instanceof UUID || a instanceof Enum<?>) {
                st.setObject(i + 1, a instanceof Enum<?> e ? e.name() : a, a instanceof UUID ? Types.OTHER : Types.VARCHAR);
            } else {
                st.setObject(i + 1, a);
            }
        }
    }
}
