package io.reelbase.persistence;

import io.reelbase.core.user.AppRole;
import io.reelbase.core.user.People;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.postgresql.util.PasswordUtil;

/**
 * People through the SECURITY DEFINER functions of V14, which check the caller and do the role work as the
 * schema's owner. The password typed becomes a SCRAM-SHA-256 verifier here, so it never reaches the server (nor
 * its log) as text; the array is wiped once used.
 */
public final class JdbcPeople implements People {
    private final DataSource db;

    public JdbcPeople(DataSource db) {
        this.db = db;
    }

    @Override
    public void add(String login, String displayName, AppRole role, char[] password) {
        call("select reelbase_add_person(?, ?, ?, ?)", login, displayName, role.name(), verifier(password));
    }

    @Override
    public void setRole(String login, AppRole role) {
        call("select reelbase_set_person_role(?, ?)", login, role.name());
    }

    @Override
    public void setEnabled(String login, boolean enabled) {
        call("select reelbase_set_person_enabled(?, ?)", login, enabled);
    }

    @Override
    public void setPassword(String login, char[] password) {
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("An empty password cannot be set.");
        }
        call("select reelbase_set_person_password(?, ?)", login, verifier(password));
    }

    @Override
    public List<Person> list() {
        try (Connection c = db.getConnection();
             PreparedStatement st = c.prepareStatement("select login, display_name, app_role, active, can_login, last_login_at"
                     + " from reelbase_people()");
             ResultSet rs = st.executeQuery()) {
            List<Person> out = new ArrayList<>();
            while (rs.next()) {
                Timestamp last = rs.getTimestamp(6);
                out.add(new Person(rs.getString(1), rs.getString(2), AppRole.valueOf(rs.getString(3).toUpperCase(Locale.ROOT)),
                        rs.getBoolean(4), rs.getBoolean(5), last == null ? null : last.toInstant()));
            }
            return out;
        } catch (SQLException e) {
            throw refused(e);
        }
    }

    private static String verifier(char[] password) {
        if (password == null) {
            return null;
        }
        try {
            return PasswordUtil.encodeScramSha256(password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private void call(String sql, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            st.execute();
        } catch (SQLException e) {
            throw refused(e);
        }
    }

    /** The functions say what was wrong and what to do; {@link DatabaseErrors} reads it. */
    private static RuntimeException refused(SQLException e) {
        return DatabaseErrors.translate(new IllegalStateException(e));
    }
}
