package io.reelbase.core.job;

import io.reelbase.core.workflow.Capability;
import io.reelbase.core.workflow.Workflow;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The processing queue, kept in the database so that any number of workers on any machines share it. */
public interface JobQueue {

    Job enqueue(UUID assetId, Workflow workflow, int priority, int maxAttempts, String actor);

    /**
     * Takes the next ready job for {@code worker} (QUEUED or RETRYING whose time has come, or PROCESSING
     * whose lease ran out because its worker died) and leases it for {@code lease}. Concurrent workers
     * never get the same job.
     */
    Optional<Job> claim(String worker, Duration lease);

    /** Renews the lease; false if the job is no longer this worker's (cancelled, or taken over). */
    boolean heartbeat(UUID jobId, String worker, Duration lease);

    void capabilityStarted(UUID jobId, String worker, Capability capability);

    void capabilityCompleted(UUID jobId, String worker, Capability capability, long durationMs, double progress);

    void capabilitySkipped(UUID jobId, String worker, Capability capability, String reason);

    /** The job is done: COMPLETED. */
    void complete(UUID jobId, String worker);

    /**
     * A capability failed: the job waits for a retry (RETRYING, run after the policy's delay) or, at its
     * last attempt, is FAILED with the reason. Returns the resulting status.
     */
    JobStatus fail(UUID jobId, String worker, Capability capability, String error, RetryPolicy policy);

    Optional<Job> find(UUID jobId);

    List<Job> forAsset(UUID assetId);

    Map<JobStatus, Long> countByStatus();

    /** How many jobs of these assets are not finished yet (queued, waiting to retry or running). */
    long countUnfinished(java.util.Collection<java.util.UUID> assetIds);

    /**
     * Jobs for the monitor, most recently changed first: all, or only those in {@code statuses}, whose asset
     * title or workflow name contains {@code text} (case-insensitive; empty for all).
     */
    List<JobView> list(java.util.Set<JobStatus> statuses, String text, int limit);

    /**
     * Puts FAILED or CANCELLED jobs back in the queue, to resume at the step that failed; returns the assets
     * of the jobs that were put back (see {@link JobControl}, which also moves the assets' status).
     */
    List<java.util.UUID> retry(List<java.util.UUID> jobIds, String actor);

    /** Cancels jobs that have not finished; a running one stops at its next step. Returns how many. */
    int cancel(List<java.util.UUID> jobIds, String actor);

    /** Workers holding jobs now, with their last heartbeat. */
    List<WorkerView> workers();

    /** Jobs finished (completed or failed) per minute over the last {@code minutes} minutes, oldest first. */
    List<long[]> finishedPerMinute(int minutes);
}
