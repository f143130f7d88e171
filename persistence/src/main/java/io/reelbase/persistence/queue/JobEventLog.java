package io.reelbase.persistence.queue;

import io.reelbase.core.job.Job;
import io.reelbase.persistence.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;
import java.util.UUID;

/** What happens to jobs, told twice: a {@code job_event} row for the history, a NOTIFY for everyone listening now. */
final class JobEventLog {
    private JobEventLog() {
    }

    static void event(Connection c, UUID jobId, String phase, String status, Double progress, Long durationMs,
                              String message, Map<String, Object> details, String worker) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("insert into job_event (job_id, phase, status, progress, duration_ms,"
                + " message, error_details, worker) values (?, ?, ?, ?, ?, ?, ?::jsonb, ?)")) {
            st.setObject(1, jobId);
            st.setString(2, phase);
            st.setString(3, status);
            if (progress == null) {
                st.setNull(4, Types.DOUBLE);
            } else {
                st.setDouble(4, Math.min(100, Math.max(0, progress)));
            }
            if (durationMs == null) {
                st.setNull(5, Types.BIGINT);
            } else {
                st.setLong(5, durationMs);
            }
            st.setString(6, message);
            st.setString(7, details == null ? null : Json.write(details));
            st.setString(8, worker);
            st.executeUpdate();
        }
    }
    static void notifyChange(Connection c, Job job) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select pg_notify(?, ?)")) {
            st.setString(1, JdbcJobQueue.CHANNEL);
            st.setString(2, Json.write(Map.of("job", job.id().toString(), "asset", job.assetId().toString(),
                    "status", job.status().name())));
            st.execute();
        }
    }
    static void notifyQuietly(Connection c, Job job) {
        try {
            notifyChange(c, job);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
