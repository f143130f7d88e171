package io.reelbase.persistence.queue;

import com.fasterxml.jackson.core.type.TypeReference;
import io.reelbase.core.job.Job;
import io.reelbase.core.job.JobStatus;
import io.reelbase.core.workflow.Capability;
import io.reelbase.persistence.DatabaseErrors;
import io.reelbase.persistence.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Rows of {@code processing_job} as {@link Job} records, and the transactions the queue's statements run in. */
final class JobRows {
    static final String COLUMNS = "id, asset_id, workflow_id, status, priority, progress, capabilities, "
            + "capabilities_completed, capabilities_failed, attempts, max_attempts, run_after, locked_by, lease_expires_at, "
            + "error_message, created_at, finished_at";
    static final String CLAIMED_COLUMNS = COLUMNS.replaceAll("(^|, )", "$1j.");
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private JobRows() {
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} in one transaction; {@code relaxed}: commit without waiting for the disk (decision 0007). */
    static <T> T inTransaction(DataSource ds, boolean relaxed, Work<T> work) {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (relaxed) {
                    try (Statement st = c.createStatement()) {
                        st.execute("set local synchronous_commit = off");
                    }
                }
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw DatabaseErrors.translate(new IllegalStateException("job queue: " + e.getMessage(), e));
        }
    }

    static Optional<Job> single(PreparedStatement st) throws SQLException {
        List<Job> jobs = list(st);
        return jobs.isEmpty() ? Optional.empty() : Optional.of(jobs.get(0));
    }
    static List<Job> list(PreparedStatement st) throws SQLException {
        List<Job> jobs = new ArrayList<>();
        st.execute();
        try (ResultSet rs = st.getResultSet()) {
            while (rs != null && rs.next()) {
                jobs.add(job(rs));
            }
        }
        return jobs;
    }
    static Job job(ResultSet rs) throws SQLException {
        return new Job(rs.getObject("id", UUID.class), rs.getObject("asset_id", UUID.class),
                rs.getObject("workflow_id", UUID.class), JobStatus.valueOf(rs.getString("status")),
                rs.getInt("priority"), rs.getDouble("progress"), caps(rs.getString("capabilities")),
                caps(rs.getString("capabilities_completed")), caps(rs.getString("capabilities_failed")),
                rs.getInt("attempts"), rs.getInt("max_attempts"), instant(rs.getTimestamp("run_after")),
                rs.getString("locked_by"), instant(rs.getTimestamp("lease_expires_at")), rs.getString("error_message"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("finished_at")));
    }
    static List<Capability> caps(String json) {
        try {
            return Json.MAPPER.readValue(json, STRINGS).stream().map(Capability::valueOf).toList();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("bad capability list " + json, e);
        }
    }
    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
