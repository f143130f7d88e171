package io.reelbase.persistence;

import io.reelbase.core.lifecycle.LegalHolds;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** Legal holds (V19) in plain SQL: the flag and its audit record in one transaction; the database checks the role. */
public final class JdbcLegalHolds implements LegalHolds {
    private final DataSource db;

    public JdbcLegalHolds(DataSource db) {
        this.db = db;
    }

    @Override
    public int hold(List<UUID> assets, boolean on, String actor) {
        return inTransaction(c -> {
            int changed = 0;
            try (PreparedStatement st = c.prepareStatement("update asset set legal_hold = ? where id = any(?) and legal_hold <> ? returning id")) {
                st.setBoolean(1, on);
                st.setArray(2, c.createArrayOf("uuid", assets.toArray()));
                st.setBoolean(3, on);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        record(c, actor, rs.getObject(1, UUID.class), on, null);
                        changed++;
                    }
                }
            }
            return changed;
        });
    }

    @Override
    public void holdCollection(String name, boolean on, String actor) {
        inTransaction(c -> {
            try (PreparedStatement st = c.prepareStatement("update collection set legal_hold = ? where lower(name) = lower(?) returning name")) {
                st.setBoolean(1, on);
                st.setString(2, name.strip());
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalArgumentException("There is no collection named \u201c" + name + "\u201d.");
                    }
                    record(c, actor, null, on, rs.getString(1));
                }
            }
            return null;
        });
    }

    private static void record(Connection c, String actor, UUID asset, boolean on, String collection) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select reelbase_record_action('ADMIN_CHANGE', null, null, ?, ?, 'legal hold', null,"
                + " jsonb_strip_nulls(jsonb_build_object('legal_hold', ?::boolean, 'collection', ?::text)),"
                + " jsonb_build_object('legal_hold', not ?::boolean), jsonb_build_object('legal_hold', ?::boolean))")) {
            st.setString(1, actor);
            st.setObject(2, asset, Types.OTHER);
            st.setBoolean(3, on);
            st.setString(4, collection);
            st.setBoolean(5, on);
            st.setBoolean(6, on);
            st.execute();
        }
    }

    private <T> T inTransaction(Tx.Work<T> work) {
        return new Tx(db).write(work);
    }
}
