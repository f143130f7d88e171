package io.reelbase.persistence.queue;

import com.fasterxml.jackson.core.type.TypeReference;
import io.reelbase.core.job.Job;
import io.reelbase.core.job.JobQueue;
import io.reelbase.core.job.JobStatus;
import io.reelbase.core.job.JobView;
import io.reelbase.core.job.WorkerView;
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
                    + " audit as (insert into action_record (action_type, asset_id, component, actor, metadata)"
                    + " select 'JOB_COMPLETED', asset_id, 'job-queue', ?, json_build_object('job', id)::jsonb from done),"
                    + " note as (select pg_notify('" + CHANNEL + "', json_build_object('job', id, 'asset', asset_id,"
                    + " 'status', status)::text) from done)"
                    + " select (select count(*) from done), (select count(*) from note)")) {
                st.setObject(1, jobId);
                st.setString(2, worker);
                st.setString(3, worker);
                st.setString(4, worker);
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
                if (last) {
                    try (PreparedStatement audit = c.prepareStatement("insert into action_record (action_type, status, asset_id,"
                            + " component, actor, metadata) values ('JOB_FAILED', 'FAILED', ?, 'job-queue', ?, ?::jsonb)")) {
                        audit.setObject(1, job.assetId());
                        audit.setString(2, worker);
                        audit.setString(3, Json.write(Map.of("job", jobId.toString(), "error", error == null ? "" : error,
                                "step", cap == null ? "" : cap)));
                        audit.executeUpdate();
                    }
                }
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

    @Override
    public long countUnfinished(java.util.Collection<UUID> assetIds) {
        if (assetIds.isEmpty()) {
            return 0;
        }
        return inTransaction(c -> {
            try (PreparedStatement st = c.prepareStatement("select count(*) from processing_job where asset_id = any (?)"
                    + " and status in ('QUEUED', 'RETRYING', 'PROCESSING')")) {
                st.setArray(1, c.createArrayOf("uuid", assetIds.toArray()));
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Override
    public List<JobView> list(java.util.Set<JobStatus> statuses, String text, int limit) {
        return inTransaction(c -> {
            StringBuilder sql = new StringBuilder("select " + CLAIMED_COLUMNS + ", j.current_capability, j.updated_at,"
                    + " j.heartbeat_at, a.title, w.name from processing_job j join asset a on a.id = j.asset_id"
                    + " join workflow_definition w on w.id = j.workflow_id where 1 = 1");
            if (!statuses.isEmpty()) {
                sql.append(" and j.status = any (?)");
            }
            String q = text == null ? "" : text.strip();
            if (!q.isEmpty()) {
                sql.append(" and (a.title ilike ? or w.name ilike ? or a.original_filename ilike ?)");
            }
            sql.append(" order by j.updated_at desc limit ?");
            try (PreparedStatement st = c.prepareStatement(sql.toString())) {
                int i = 1;
                if (!statuses.isEmpty()) {
                    st.setArray(i++, c.createArrayOf("text", statuses.stream().map(Enum::name).toArray()));
                }
                if (!q.isEmpty()) {
                    String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                    st.setString(i++, like);
                    st.setString(i++, like);
                    st.setString(i++, like);
                }
                st.setInt(i, limit);
                List<JobView> out = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        Job job = job(rs);
                        String cur = rs.getString("current_capability");
                        out.add(new JobView(job, rs.getString("title"), rs.getString("name"),
                                cur == null ? null : Capability.valueOf(cur), instant(rs.getTimestamp("updated_at")),
                                instant(rs.getTimestamp("heartbeat_at"))));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public List<UUID> retry(List<UUID> jobIds, String actor) {
        return changeMany(jobIds, actor, "update processing_job set status = 'QUEUED', attempts = 0, run_after = now(),"
                + " capabilities_failed = '[]'::jsonb, finished_at = null, locked_by = null, lease_expires_at = null"
                + " where id = ? and status in ('FAILED', 'CANCELLED') returning " + COLUMNS, "JOB_RETRY", "QUEUED");
    }

    @Override
    public int cancel(List<UUID> jobIds, String actor) {
        return changeMany(jobIds, actor, "update processing_job set status = 'CANCELLED', finished_at = now(),"
                + " locked_by = null, lease_expires_at = null, current_capability = null"
                + " where id = ? and status in ('QUEUED', 'RETRYING', 'PROCESSING') returning " + COLUMNS, "JOB_CANCEL", "CANCELLED").size();
    }

    /** Applies {@code sql} to each job, with an event, an audit record and a notification; returns the changed jobs' assets. */
    private List<UUID> changeMany(List<UUID> jobIds, String actor, String sql, String action, String newStatus) {
        return inTransaction(c -> {
            if (actor != null) {
                try (PreparedStatement st = c.prepareStatement("select set_config('reelbase.actor', ?, true)")) {
                    st.setString(1, actor);
                    st.execute();
                }
            }
            List<UUID> changed = new ArrayList<>();
            for (UUID id : jobIds) {
                try (PreparedStatement st = c.prepareStatement(sql)) {
                    st.setObject(1, id);
                    Optional<Job> job = single(st);
                    if (job.isEmpty()) {
                        continue;
                    }
                    changed.add(job.get().assetId());
                    event(c, id, "JOB", newStatus.equals("QUEUED") ? "STARTED" : "CANCELLED", null, null,
                            (newStatus.equals("QUEUED") ? "Retried" : "Cancelled") + " by " + actor, null, actor);
                    try (PreparedStatement audit = c.prepareStatement("insert into action_record (action_type, asset_id,"
                            + " component, metadata) values (?, ?, 'job-queue', ?::jsonb)")) {
                        audit.setString(1, action);
                        audit.setObject(2, job.get().assetId());
                        audit.setString(3, Json.write(Map.of("job", id.toString())));
                        audit.executeUpdate();
                    }
                    notifyChange(c, job.get());
                }
            }
            return changed;
        });
    }

    @Override
    public List<WorkerView> workers() {
        return inTransaction(c -> {
            List<WorkerView> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("select j.locked_by, max(j.heartbeat_at), count(*),"
                    + " (array_agg(a.title order by j.heartbeat_at desc))[1] from processing_job j join asset a on a.id = j.asset_id"
                    + " where j.status = 'PROCESSING' and j.locked_by is not null group by j.locked_by order by 1");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new WorkerView(rs.getString(1), instant(rs.getTimestamp(2)), rs.getInt(3), rs.getString(4)));
                }
            }
            return out;
        });
    }

    @Override
    public List<long[]> finishedPerMinute(int minutes) {
        return inTransaction(c -> {
            List<long[]> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("select extract(epoch from m.minute)::bigint * 1000,"
                    + " count(j.id) from generate_series(date_trunc('minute', now()) - (? || ' minutes')::interval,"
                    + " date_trunc('minute', now()), interval '1 minute') as m(minute)"
                    + " left join processing_job j on j.finished_at >= m.minute and j.finished_at < m.minute + interval '1 minute'"
                    + " and j.status in ('COMPLETED', 'FAILED') group by m.minute order by m.minute")) {
                st.setString(1, String.valueOf(Math.max(1, minutes - 1)));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.add(new long[] {rs.getLong(1), rs.getLong(2)});
                    }
                }
            }
            return out;
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
                jobs.add(job(rs));
            }
        }
        return jobs;
    }

    private static Job job(ResultSet rs) throws SQLException {
        return new Job(rs.getObject("id", UUID.class), rs.getObject("asset_id", UUID.class),
                rs.getObject("workflow_id", UUID.class), JobStatus.valueOf(rs.getString("status")),
                rs.getInt("priority"), rs.getDouble("progress"), caps(rs.getString("capabilities")),
                caps(rs.getString("capabilities_completed")), caps(rs.getString("capabilities_failed")),
                rs.getInt("attempts"), rs.getInt("max_attempts"), instant(rs.getTimestamp("run_after")),
                rs.getString("locked_by"), instant(rs.getTimestamp("lease_expires_at")), rs.getString("error_message"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("finished_at")));
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
