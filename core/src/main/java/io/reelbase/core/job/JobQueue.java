package io.reelbase.core.job;

import io.reelbase.core.workflow.Capability;
import io.reelbase.core.workflow.Workflow;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * The processing queue as workers and ingest use it: queue a job, claim it, report each step, finish or fail.
 * Kept in the database so that any number of workers on any machines share it.
 */
public interface JobQueue {

    default Job enqueue(UUID assetId, Workflow workflow, int priority, int maxAttempts, String actor) {
        return enqueue(assetId, workflow, priority, maxAttempts, actor, java.util.Map.of());
    }

    /**
     * As {@link #enqueue(UUID, Workflow, int, int, String)}, with the steps the ingest did already (its probe)
     * recorded as completed, with how long each took; steps the workflow does not have are ignored.
     */
    Job enqueue(UUID assetId, Workflow workflow, int priority, int maxAttempts, String actor,
                java.util.Map<Capability, Long> doneAtIngestMs);

    /**
     * Takes the next ready job for {@code worker} (QUEUED or RETRYING whose time has come, or PROCESSING
     * whose lease ran out because its worker died) and leases it for {@code lease}. Concurrent workers
     * never get the same job.
     */
    default Optional<Job> claim(String worker, Duration lease) {
        return claim(worker, lease, java.util.Set.of());
    }

    /** As {@link #claim(String, Duration)}, passing over jobs whose next step is one of {@code passOver}. */
    Optional<Job> claim(String worker, Duration lease, java.util.Set<Capability> passOver);

    /**
     * Gives a claimed job back as it is (its completed steps kept, the attempt not counted), because its next step
     * {@code waitingFor} has no free runner; another runner takes it up when one is. False if it was no longer ours.
     */
    boolean handBack(UUID jobId, String worker, Capability waitingFor);

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
}
