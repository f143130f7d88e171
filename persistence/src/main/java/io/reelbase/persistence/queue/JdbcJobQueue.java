package io.reelbase.persistence.queue;

import io.reelbase.core.job.Job;
import io.reelbase.core.job.JobCommands;
import io.reelbase.core.job.JobMonitor;
import io.reelbase.core.job.JobQueue;
import io.reelbase.core.job.MinuteCount;
import io.reelbase.core.job.MonitoredJob;
import io.reelbase.core.job.WorkerActivity;
import io.reelbase.core.job.JobStatus;
import io.reelbase.core.job.RetryPolicy;
import io.reelbase.core.workflow.Capability;
import io.reelbase.core.workflow.Workflow;
import io.reelbase.persistence.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
public final class JdbcJobQueue implements JobQueue, JobCommands, JobMonitor {
    public static final String CHANNEL = "reelbase_jobs";
    private static final long EXPIRY_CHECK_NANOS = 5_000_000_000L;
    private final DataSource ds;
    private volatile long lastExpiryCheck = System.nanoTime() - EXPIRY_CHECK_NANOS - 1;

    private final JdbcJobMonitor monitor;

    public JdbcJobQueue(DataSource ds) {
        this.ds = ds;
        this.monitor = new JdbcJobMonitor(ds);
    }

    @Override
    public Optional<Job> find(UUID jobId) {
        return monitor.find(jobId);
    }

    @Override
    public List<Job> forAsset(UUID assetId) {
        return monitor.forAsset(assetId);
    }

    @Override
    public Map<JobStatus, Long> countByStatus() {
        return monitor.countByStatus();
    }

    @Override
    public long countUnfinished(java.util.Collection<UUID> assetIds) {
        return monitor.countUnfinished(assetIds);
    }

    @Override
    public List<MonitoredJob> list(java.util.Set<JobStatus> statuses, String text, int limit) {
        return monitor.list(statuses, text, limit);
    }

    @Override
    public List<WorkerActivity> workers() {
        return monitor.workers();
    }

    @Override
    public List<MinuteCount> finishedPerMinute(int minutes) {
        return monitor.finishedPerMinute(minutes);
    }

    private <T> T inTransaction(JobRows.Work<T> work) {
        return JobRows.inTransaction(ds, false, work);
    }

    /**
     * @param relaxed commit without waiting for the disk: for claims, heartbeats and step records, whose loss
     *                in a power cut only means a job is run again (see docs/decisions/0007)
     */
    private <T> T inTransaction(boolean relaxed, JobRows.Work<T> work) {
        return JobRows.inTransaction(ds, relaxed, work);
    }

    @Override
    public Job enqueue(UUID assetId, Workflow workflow, int priority, int maxAttempts, String actor,
                       Map<Capability, Long> doneAtIngestMs) {
        List<Capability> done = workflow.capabilities().stream().filter(doneAtIngestMs::containsKey).toList();
        return inTransaction(c -> {
            UUID id = UUID.randomUUID();
            try (PreparedStatement st = c.prepareStatement("insert into processing_job (id, asset_id, workflow_id, priority,"
                    + " capabilities, capabilities_completed, progress, max_attempts) values (?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?)"
                    + " returning " + JobRows.COLUMNS)) {
                st.setObject(1, id);
                st.setObject(2, assetId);
                st.setObject(3, workflow.id());
                st.setInt(4, priority);
                st.setString(5, Json.write(workflow.capabilities().stream().map(Enum::name).toList()));
                st.setString(6, Json.write(done.stream().map(Enum::name).toList()));
                st.setDouble(7, workflow.capabilities().isEmpty() ? 0 : 100.0 * done.size() / workflow.capabilities().size());
                st.setInt(8, maxAttempts);
                Job job = JobRows.single(st).orElseThrow();
                JobEventLog.event(c, id, "JOB", "STARTED", 0.0, null, "Queued for " + workflow.name(), null, actor);
                for (Capability cap : done) {
                    JobEventLog.event(c, id, cap.name(), "COMPLETED", null, doneAtIngestMs.get(cap), "done at ingest", null, actor);
                }
                JobEventLog.notifyChange(c, job);
                return job;
            }
        });
    }

    @Override
    public Optional<Job> claim(String worker, Duration lease, java.util.Set<Capability> passOver) {
        String next = JobHandBack.passingOver(passOver);
        long now = System.nanoTime();
        if (now - lastExpiryCheck > EXPIRY_CHECK_NANOS) {
            lastExpiryCheck = now;
            failExpiredLastAttempts();
        }
        // One round trip each: pick, lease, record the event and announce it. Ready jobs first (the
        // claim index serves them in order); only when there are none, jobs whose worker stopped.
        return inTransaction(true, c -> claimWhere(c, worker, lease,
                        "status in ('QUEUED', 'RETRYING') and run_after <= now()" + next))
                .or(() -> inTransaction(true, c -> claimWhere(c, worker, lease,
                        "status = 'PROCESSING' and lease_expires_at < now() and attempts < max_attempts" + next)));
    }

    @Override
    public boolean handBack(UUID jobId, String worker, Capability waitingFor) {
        return inTransaction(true, c -> JobHandBack.handBack(c, jobId, worker, waitingFor)).isPresent();
    }

    private static Optional<Job> claimWhere(Connection c, String worker, Duration lease, String condition) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("with next as (select id from processing_job where " + condition
                + " order by priority, created_at for update skip locked limit 1),"
                + " claimed as (update processing_job j set status = 'PROCESSING', locked_by = ?, attempts = j.attempts + 1,"
                + " lease_expires_at = now() + ?::interval, heartbeat_at = now(), started_at = coalesce(j.started_at, now())"
                + " from next where j.id = next.id returning " + JobRows.CLAIMED_COLUMNS + "),"
                + " ev as (insert into job_event (job_id, phase, status, progress, message, worker)"
                + " select id, 'JOB', 'STARTED', progress, 'Attempt ' || attempts || ' of ' || max_attempts, ? from claimed),"
                + " note as (select pg_notify('" + CHANNEL + "', json_build_object('job', id, 'asset', asset_id,"
                + " 'status', status)::text) from claimed)"
                + " select claimed.*, (select count(*) from note) as notified from claimed")) {
            st.setString(1, worker);
            st.setString(2, lease.toMillis() + " milliseconds");
            st.setString(3, worker);
            return JobRows.single(st);
        }
    }

    /** Jobs whose worker vanished on their last attempt fail instead of running again (checked every few seconds). */
    private void failExpiredLastAttempts() {
        inTransaction(c -> {
            try (PreparedStatement st = c.prepareStatement("update processing_job set status = 'FAILED', finished_at = now(),"
                    + " locked_by = null, lease_expires_at = null,"
                    + " error_message = coalesce(error_message || ' / ', '') || 'its worker (' || locked_by || ') stopped responding'"
                    + " where status = 'PROCESSING' and lease_expires_at < now() and attempts >= max_attempts returning " + JobRows.COLUMNS)) {
                for (Job failed : JobRows.list(st)) {
                    JobEventLog.notifyChange(c, failed);
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
                    + " where id = ? and locked_by = ? returning " + JobRows.COLUMNS)) {
                st.setString(1, capability.name());
                st.setObject(2, jobId);
                st.setString(3, worker);
                JobRows.single(st).ifPresent(j -> JobEventLog.notifyQuietly(c, j));
            }
            JobEventLog.event(c, jobId, capability.name(), "STARTED", null, null, null, null, worker);
            return null;
        });
    }

    @Override
    public void capabilityCompleted(UUID jobId, String worker, Capability capability, long durationMs, double progress) {
        inTransaction(true, c -> {
            try (PreparedStatement st = c.prepareStatement("update processing_job set capabilities_completed ="
                    + " capabilities_completed || to_jsonb(?::text), progress = ?, current_capability = null"
                    + " where id = ? and locked_by = ? and not capabilities_completed ?? ? returning " + JobRows.COLUMNS)) {
                st.setString(1, capability.name());
                st.setDouble(2, Math.min(100, Math.max(0, progress)));
                st.setObject(3, jobId);
                st.setString(4, worker);
                st.setString(5, capability.name());
                JobRows.single(st).ifPresent(j -> JobEventLog.notifyQuietly(c, j));
            }
            JobEventLog.event(c, jobId, capability.name(), "COMPLETED", progress, durationMs, null, null, worker);
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
            JobEventLog.event(c, jobId, capability.name(), "SKIPPED", null, null, reason, null, worker);
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
                    + " audit as (select reelbase_record_action('JOB_COMPLETED', null, null, ?, asset_id, 'job-queue', null,"
                    + " json_build_object('job', id)::jsonb, null, null) from done),"
                    + " note as (select pg_notify('" + CHANNEL + "', json_build_object('job', id, 'asset', asset_id,"
                    + " 'status', status)::text) from done)"
                    + " select (select count(*) from done), (select count(*) from note), (select count(*) from audit)")) {
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
            try (PreparedStatement st = c.prepareStatement("select " + JobRows.COLUMNS + " from processing_job where id = ? for update")) {
                st.setObject(1, jobId);
                job = JobRows.single(st).orElseThrow(() -> new IllegalStateException("job " + jobId + " is gone"));
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
                    + " finished_at = case when ? then now() else null end where id = ? returning " + JobRows.COLUMNS)) {
                String cap = capability == null ? null : capability.name();
                st.setString(1, last ? "FAILED" : "RETRYING");
                st.setString(2, error);
                st.setString(3, cap);
                st.setString(4, cap);
                st.setString(5, cap);
                st.setString(6, wait.toMillis() + " milliseconds");
                st.setBoolean(7, last);
                st.setObject(8, jobId);
                Job updated = JobRows.single(st).orElseThrow();
                JobEventLog.event(c, jobId, cap == null ? "JOB" : cap, last ? "FAILED" : "RETRY_SCHEDULED", null, null, error,
                        last ? null : Map.of("retry_in_ms", wait.toMillis(), "attempt", job.attempts()), worker);
                if (last) {
                    try (PreparedStatement audit = c.prepareStatement("select reelbase_record_action('JOB_FAILED', null, 'FAILED', ?,"
                            + " ?, 'job-queue', null, ?::jsonb, null, null)")) {
                        audit.setString(1, worker);
                        audit.setObject(2, job.assetId());
                        audit.setString(3, Json.write(Map.of("job", jobId.toString(), "error", error == null ? "" : error,
                                "step", cap == null ? "" : cap)));
                        audit.execute();
                    }
                }
                JobEventLog.notifyChange(c, updated);
                return updated.status();
            }
        });
    }






    @Override
    public List<UUID> retry(List<UUID> jobIds, String actor) {
        return changeMany(jobIds, actor, "update processing_job set status = 'QUEUED', attempts = 0, run_after = now(),"
                + " capabilities_failed = '[]'::jsonb, finished_at = null, locked_by = null, lease_expires_at = null"
                + " where id = ? and status in ('FAILED', 'CANCELLED') returning " + JobRows.COLUMNS, "JOB_RETRY", "QUEUED");
    }

    @Override
    public int cancel(List<UUID> jobIds, String actor) {
        return changeMany(jobIds, actor, "update processing_job set status = 'CANCELLED', finished_at = now(),"
                + " locked_by = null, lease_expires_at = null, current_capability = null"
                + " where id = ? and status in ('QUEUED', 'RETRYING', 'PROCESSING') returning " + JobRows.COLUMNS, "JOB_CANCEL", "CANCELLED").size();
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
                    Optional<Job> job = JobRows.single(st);
                    if (job.isEmpty()) {
                        continue;
                    }
                    changed.add(job.get().assetId());
                    JobEventLog.event(c, id, "JOB", newStatus.equals("QUEUED") ? "STARTED" : "CANCELLED", null, null,
                            (newStatus.equals("QUEUED") ? "Retried" : "Cancelled") + " by " + actor, null, actor);
                    try (PreparedStatement audit = c.prepareStatement("select reelbase_record_action(?, null, null, null, ?,"
                            + " 'job-queue', null, ?::jsonb, null, null)")) {
                        audit.setString(1, action);
                        audit.setObject(2, job.get().assetId());
                        audit.setString(3, Json.write(Map.of("job", id.toString())));
                        audit.execute();
                    }
                    JobEventLog.notifyChange(c, job.get());
                }
            }
            return changed;
        });
    }










}
