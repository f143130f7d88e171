package io.reelbase.core.job;

import io.reelbase.core.workflow.Capability;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A job as the workflow monitor lists it: with its asset's title and its workflow's name. */
public record MonitoredJob(Job job, String assetTitle, String workflowName, Capability currentCapability, Instant updatedAt,
                      Instant heartbeatAt) {
    public UUID id() {
        return job.id();
    }

    public List<Capability> capabilities() {
        return job.capabilities();
    }
}
