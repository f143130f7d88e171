package io.reelbase.core.job;

import io.reelbase.core.workflow.Capability;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One workflow run for one asset. */
public record Job(
        UUID id,
        UUID assetId,
        UUID workflowId,
        JobStatus status,
        int priority,
        double progress,
        List<Capability> capabilities,
        List<Capability> completed,
        List<Capability> failed,
        int attempts,
        int maxAttempts,
        Instant runAfter,
        String lockedBy,
        Instant leaseExpiresAt,
        String errorMessage,
        Instant createdAt,
        Instant finishedAt) {

    public Job {
        capabilities = List.copyOf(capabilities);
        completed = List.copyOf(completed);
        failed = List.copyOf(failed);
    }

    /** The capabilities still to run, in workflow order (a retry resumes where the last attempt failed). */
    public List<Capability> remaining() {
        return capabilities.stream().filter(c -> !completed.contains(c)).toList();
    }
}
