package io.reelbase.persistence.hibernate;

import io.reelbase.persistence.DatabaseErrors;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.SessionFactory;
import org.postgresql.util.PSQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the audit trail's record of a write the database refused for want of a role ("denied: Approving needs
 * the Content manager role, asset X, by ann"), in a transaction of its own: the refused one has rolled back.
 * Best effort: a failure to record is logged, and the person still gets the refusal's message.
 */
final class Denials {
    private static final Logger LOG = LoggerFactory.getLogger(Denials.class);
    private static final Pattern ASSET = Pattern.compile("asset ([0-9a-f-]{36})");

    private Denials() {
    }

    static void recordIfRefused(SessionFactory sessions, String actor, RuntimeException error) {
        Optional<SQLException> sql = DatabaseErrors.sqlCause(error);
        if (sql.isEmpty() || !"42501".equals(sql.get().getSQLState())) {
            return;
        }
        String what = sql.get().getMessage();
        UUID asset = null;
        if (sql.get() instanceof PSQLException p && p.getServerErrorMessage() != null) {
            what = p.getServerErrorMessage().getMessage();
            Matcher m = ASSET.matcher(String.valueOf(p.getServerErrorMessage().getDetail()));
            asset = m.find() ? UUID.fromString(m.group(1)) : null;
        }
        String said = what;
        UUID about = asset;
        try {
            sessions.inTransaction(s -> s.doWork(c -> {
                try (PreparedStatement st = c.prepareStatement("select reelbase_record_denial(?, ?, ?)")) {
                    st.setString(1, said);
                    st.setObject(2, about, Types.OTHER);
                    st.setString(3, actor);
                    st.execute();
                }
            }));
        } catch (RuntimeException e) {
            LOG.warn("Could not record the refusal \"{}\" in the audit trail: {}", said, e.getMessage());
        }
    }
}
