package io.reelbase.core.job;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** What the queue holds, as the workflow monitor, the status bar and {@code ingest --wait} read it. */
public interface JobMonitor {

    Optional<Job> find(UUID jobId);

    List<Job> forAsset(UUID assetId);

    Map<JobStatus, Long> countByStatus();

    /** How many jobs of these assets are not finished yet (queued, waiting to retry or running). */
    long countUnfinished(Collection<UUID> assetIds);

    /**
     * Jobs for the monitor, most recently changed first: all, or only those in {@code statuses}, whose asset
     * title or workflow name contains {@code text} (case-insensitive; empty for all).
     */
    List<MonitoredJob> list(Set<JobStatus> statuses, String text, int limit);

    /** Workers holding jobs now, with their last heartbeat. */
    List<WorkerActivity> workers();

    /** Jobs finished (completed or failed) in each of the last {@code minutes} minutes, oldest first. */
    List<MinuteCount> finishedPerMinute(int minutes);
}
