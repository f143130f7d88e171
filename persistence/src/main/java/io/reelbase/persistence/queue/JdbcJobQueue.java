package io.reelbase.persistence.queue;

import com.fasterxml.jackson.core.type.TypeReference;
import io.reelbase.core.job.Job;
import io.reelbase.core.job.JobQueue;
import io.reelbase.core.job.JobStatus;
import io.reelbase.core.job.RetryPolicy;
import io.reelbase.core.workflow.Capability;
import io.reelbase.core.workflow.Workflow;
import io.reelbase.persistence.DatabaseErrors;
import io.reelbase.persistence.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * The job queue in PostgreSQL, in plain SQL: claims use {@code FOR UPDATE SKIP LOCKED}, leases are
 * renewed by heartbeat, and every change is announced with {@code NOTIFY reelbase_jobs}.
 */
public final class JdbcJobQueue implements JobQueue {
    public static final String CHANNEL = "reelbase_jobs";
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, asset_id, workflow_id, status, priority, progress, capabilities, "
            + "capabilities_completed, capabilities_failed, attempts, max_attempts, run_after, locked_by, lease_expires_at, "
            + "error_message, created_at, finished_at";

    private static final String CLAIMED_COLUMNS = COLUMNS.replaceAll("(^|, )", "$1j.");
    private static final long EXPIRY_CHECK_NANOS = 5_000_000_000L;
    private final DataSource ds;
    private volatile long lastExpiryCheck = System.nanoTime() - EXPIRY_CHECK_NANOS - 1;

    public JdbcJobQueue(DataSource ds) {
        this.ds = ds;
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) {
        return inTransaction(false, work);
    }

    /**
     * @param relaxed commit without waiting for the disk: for claims, heartbeats and step records, whose loss
     *                in a power cut only means a job is run again (see docs/decisions/0007)
     */
    private <T> T inTransaction(boolean relaxed, Work<T> work) {
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

    @Override
    public Job enqueue(UUID assetId, Workflow workflow, int priority, int maxAttempts, String actor) {
        return inTransaction(c -> {
            UUID id = UUID.randomUUID();
            try (PreparedStatement st = c.prepareStatement("insert into processing_job (id, asset_id, workflow_id, priority,"
                    + " capabilities, max_attempts) values (?, ?, ?, ?, ?::jsonb, ?) returning " + COLUMNS)) {
                st.setObject(1, id);
                st.setObject(2, assetId);
                st.setObject(3, workflow.id());
                st.setInt(4, priority);
                st.setString(5, Json.write(workflow.capabilities().stream().map(Enum::name).toList()));
                st.setInt(6, maxAttempts);
                Job job = single(st).orElseThrow();
                event(c, id, "JOB", "STARTED", 0.0, null, "Queued for " + workflow.name(), null, actor);
                notifyChange(c, job);
                return job;
            }
        });
    }

    @Override
    public Optional<Job> claim(String worker, Duration lease) {
        long now = System.nanoTime();
        if (now - lastExpiryCheck > EXPIRY_CHECK_NANOS) {
            lastExpiryCheck = now;
            failExpiredLastAttempts();
        }
        // One round trip each: pick, lease, record the event and announce it. Ready jobs first (the
        // claim index serves them in order); only when there are none, jobs whose worker stopped.
        return inTransaction(true, c -> claimWhere(c, worker, lease,
                        "status in ('QUEUED', 'RETRYING') and run_after <= now()"))
                .or(() -> inTransaction(true, c -> claimWhere(c, worker, lease,
                        "status = 'PROCESSING' and lease_expires_at < now() and attempts < max_attempts")));
    }

    private static Optional<Job> claimWhere(Connection c, String worker, Duration lease, String condition) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("with next as (select id from processing_job where " + condition
                + " order by priority, created_at for update skip locked limit 1),"
                + " claimed as (update processing_job j set status = 'PROCESSING', locked_by = ?, attempts = j.attempts + 1,"
                + " lease_expires_at = now() + ?::interval, heartbeat_at = now(), started_at = coalesce(j.started_at, now())"
                + " from next where j.id = next.id returning " + CLAIMED_COLUMNS + "),"
                + " ev as (insert into job_event (job_id, phase, status, progress, message, worker)"
                + " select id, 'JOB', 'STARTED', progress, 'Attempt ' || attempts || ' of ' || max_attempts, ? from claimed),"
                + " note as (select pg_notify('" + CHANNEL + "', json_build_object('job', id, 'asset', asset_id,"
                + " 'status', status)::text) from claimed)"
                + " select claimed.*, (select count(*) from note) as notified from claimed")) {
            st.setString(1, worker);
            st.setString(2, lease.toMillis() + " milliseconds");
            st.setString(3, worker);
            return single(st);
        }
    }

    /** Jobs whose worker vanished on their last attempt fail instead of running again (checked every few seconds). */
    private void failExpiredLastAttempts() {
        inTransaction(c -> {
            try (PreparedStatement st = c.prepareStatement("update processing_job set status = 'FAILED', finished_at = now(),"
                    + " locked_by = null, lease_expires_at = null,"
                    + " error_message = coalesce(error_message || ' / ', '') || 'its worker (' || locked_by || ') stopped responding'"
                    + " where status = 'PROCESSING' and lease_expires_at < now() and attempts >= max_attempts returning " + COLUMNS)) {
                for (Job failed : list(st)) {
                    notifyChange(c, failed);
                }
            }
            return null;
        });
    }

    @Override
    public boolean heartbeat(UUID jobId, String worker, Duration lease) {
        return inTransaction(true, c -> {
            try (PreparedStatement st = c.prepareStatement("update processing_job set lease_expires_at = now() + ?::interval,"
                    + " heartbeat_at = now() where id = ? and locked_by = ? and status = 'PROCESSING'")) {
                st.setString(1, lease.toMillis() + " milliseconds");
                st.setObject(2, jobId);
                st.setString(3, worker);
                return st.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void capabilityStarted(UUID jobId, String worker, Capability capability) {
        inTransaction(true, c -> {
            try (PreparedStatement st = c.prepareStatement("update processing_job set current_capability = ?"
                    + " where id = ? and locked_by = ? returning " + COLUMNS)) {
                st.setString(1, capability.name());
                st.setObject(2, jobId);
                st.setString(3, worker);
                single(st).ifPresent(j -> notifyQuietly(c, j));
            }
            event(c, jobId, capability.name(), "STARTED", null, null, null, null, worker);
            return null;
        });
    }

    @Override
    public void capabilityCompleted(UUID jobId, String worker, Capability capability, long durationMs, double progress) {
        inTransaction(true, c -> {
            try (PreparedStatement st = c.prepareStatement("update processing_job set capabilities_completed ="
                    + " capabilities_completed || to_jsonb(?::text), progress = ?, current_capability = null"
                    + " where id = ? and locked_by = ? and not capabilities_completed ?? ? returning " + COLUMNS)) {
                st.setString(1, capability.name());
                st.setDouble(2, Math.min(100, Math.max(0, progress)));
                st.setObject(3, jobId);
                st.setString(4, worker);
                st.setString(5, capability.name());
                single(st).ifPresent(j -> notifyQuietly(c, j));
            }
            event(c, jobId, capability.name(), "COMPLETED", progress, durationMs, null, null, worker);
            return null;
        });
    }

    @Override
    public void capabilitySkipped(UUID jobId, String worker, Capability capability, String reason) {
        inTransaction(true, c -> {
            try (PreparedStatement st = c.prepareStatement("update processing_job set capabilities_completed ="
                    + " capabilities_completed || to_jsonb(?::text) where id = ? and locked_by = ?"
                    + " and not capabilities_completed ?? ?")) {
                st.setString(1, capability.name());
                st.setObject(2, jobId);
                st.setString(3, worker);
                st.setString(4, capability.name());
                st.executeUpdate();
            }
            event(c, jobId, capability.name(), "SKIPPED", null, null, reason, null, worker);
            return null;
        });
    }

    @Override
    public void complete(UUID jobId, String worker) {
        inTransaction(true, c -> {
            try (PreparedStatement st = c.prepareStatement("with done as (update processing_job set status = 'COMPLETED',"
                    + " progress = 100, finished_at = now(), locked_by = null, lease_expires_at = null, current_capability = null,"
                    + " error_message = null where id = ? and locked_by = ? and status = 'PROCESSING' returning id, asset_id, status),"
                    + " ev as (insert into job_event (job_id, phase, status, progress, worker)"
                    + " select id, 'JOB', 'COMPLETED', 100, ? from done),"
                    + " note as (select pg_notify('" + CHANNEL + "', json_build_object('job', id, 'asset', asset_id,"
                    + " 'status', status)::text) from done)"
                    + " select (select count(*) from done), (select count(*) from note)")) {
                st.setObject(1, jobId);
                st.setString(2, worker);
                st.setString(3, worker);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        throw new IllegalStateException("job " + jobId + " is no longer leased to " + worker);
                    }
                }
            }
            return null;
        });
    }

    @Override
    public JobStatus fail(UUID jobId, String worker, Capability capability, String error, RetryPolicy policy) {
        return inTransaction(c -> {
            Job job;
            try (PreparedStatement st = c.prepareStatement("select " + COLUMNS + " from processing_job where id = ? for update")) {
                st.setObject(1, jobId);
                job = single(st).orElseThrow(() -> new IllegalStateException("job " + jobId + " is gone"));
            }
            if (!worker.equals(job.lockedBy()) || job.status() != JobStatus.PROCESSING) {
                return job.status();
            }
            boolean last = job.attempts() >= job.maxAttempts();
            Duration wait = policy.delayAfter(job.attempts(), ThreadLocalRandom.current()::nextDouble);
            try (PreparedStatement st = c.prepareStatement("update processing_job set status = ?, error_message = ?,"
                    + " capabilities_failed = case when ?::text is null or capabilities_failed ?? ?::text then capabilities_failed"
                    + " else capabilities_failed || to_jsonb(?::text) end,"
                    + " run_after = now() + ?::interval, locked_by = null, lease_expires_at = null, current_capability = null,"
                    + " finished_at = case when ? then now() else null end where id = ? returning " + COLUMNS)) {
                String cap = capability == null ? null : capability.name();
                st.setString(1, last ? "FAILED" : "RETRYING");
                st.setString(2, error);
                st.setString(3, cap);
                st.setString(4, cap);
                st.setString(5, cap);
                st.setString(6, wait.toMillis() + " milliseconds");
                st.setBoolean(7, last);
                st.setObject(8, jobId);
                Job updated = single(st).orElseThrow();
                event(c, jobId, cap == null ? "JOB" : cap, last ? "FAILED" : "RETRY_SCHEDULED", null, null, error,
                        last ? null : Map.of("retry_in_ms", wait.toMillis(), "attempt", job.attempts()), worker);
                notifyChange(c, updated);
                return updated.status();
            }
        });
    }

    @Override
    public Optional<Job> find(UUID jobId) {
        return inTransaction(c -> {
            try (PreparedStatement st = c.prepareStatement("select " + COLUMNS + " from processing_job where id = ?")) {
                st.setObject(1, jobId);
                return single(st);
            }
        });
    }

    @Override
    public List<Job> forAsset(UUID assetId) {
        return inTransaction(c -> {
            try (PreparedStatement st = c.prepareStatement("select " + COLUMNS
                    + " from processing_job where asset_id = ? order by created_at desc")) {
                st.setObject(1, assetId);
                return list(st);
            }
        });
    }

    @Override
    public Map<JobStatus, Long> countByStatus() {
        return inTransaction(c -> {
            Map<JobStatus, Long> counts = new EnumMap<>(JobStatus.class);
            try (PreparedStatement st = c.prepareStatement("select status, count(*) from processing_job group by status");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    counts.put(JobStatus.valueOf(rs.getString(1)), rs.getLong(2));
                }
            }
            return counts;
        });
    }

    private static void event(Connection c, UUID jobId, String phase, String status, Double progress, Long durationMs,
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

    private static void notifyChange(Connection c, Job job) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select pg_notify(?, ?)")) {
            st.setString(1, CHANNEL);
            st.setString(2, Json.write(Map.of("job", job.id().toString(), "asset", job.assetId().toString(),
                    "status", job.status().name())));
            st.execute();
        }
    }

    private static void notifyQuietly(Connection c, Job job) {
        try {
            notifyChange(c, job);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Job> single(PreparedStatement st) throws SQLException {
        List<Job> jobs = list(st);
        return jobs.isEmpty() ? Optional.empty() : Optional.of(jobs.get(0));
    }

    private static List<Job> list(PreparedStatement st) throws SQLException {
        List<Job> jobs = new ArrayList<>();
        st.execute();
        try (ResultSet rs = st.getResultSet()) {
            while (rs != null && rs.next()) {
                jobs.add(new Job(rs.getObject("id", UUID.class), rs.getObject("asset_id", UUID.class),
                        rs.getObject("workflow_id", UUID.class), JobStatus.valueOf(rs.getString("status")),
                        rs.getInt("priority"), rs.getDouble("progress"), caps(rs.getString("capabilities")),
                        caps(rs.getString("capabilities_completed")), caps(rs.getString("capabilities_failed")),
                        rs.getInt("attempts"), rs.getInt("max_attempts"), instant(rs.getTimestamp("run_after")),
                        rs.getString("locked_by"), instant(rs.getTimestamp("lease_expires_at")), rs.getString("error_message"),
                        instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("finished_at"))));
            }
        }
        return jobs;
    }

    private static List<Capability> caps(String json) {
        try {
            return Json.MAPPER.readValue(json, STRINGS).stream().map(Capability::valueOf).toList();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("bad capability list " + json, e);
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
