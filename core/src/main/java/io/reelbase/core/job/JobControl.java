package io.reelbase.core.job;

import io.reelbase.core.asset.AssetCatalogue;
import io.reelbase.core.asset.AssetWrites;
import io.reelbase.core.asset.AssetStatus;
import io.reelbase.core.asset.StatusChange;
import java.util.List;
import java.util.UUID;

/** What people do to jobs from the monitor: retry and cancel, with the assets' status following. */
public final class JobControl {
    private final JobCommands queue;
    private final AssetCatalogue catalogue;
    private final AssetWrites assets;

    public JobControl(JobCommands queue, AssetCatalogue catalogue, AssetWrites assets) {
        this.queue = queue;
        this.catalogue = catalogue;
        this.assets = assets;
    }

    /** Puts failed or cancelled jobs back in the queue; their failed assets are QUEUED again. Returns how many. */
    public int retry(List<UUID> jobIds, String actor) {
        List<UUID> requeued = queue.retry(jobIds, actor);
        for (UUID assetId : requeued) {
            // Only from FAILED: a worker may take the job back the moment it is queued, and its PROCESSING or
            // PROCESSED is newer than this QUEUED, so it stays.
            StatusChange.when(catalogue, assets, assetId, now -> now == AssetStatus.FAILED, AssetStatus.QUEUED, actor);
        }
        return requeued.size();
    }

    /** Cancels jobs that have not finished; returns how many. */
    public int cancel(List<UUID> jobIds, String actor) {
        return queue.cancel(jobIds, actor);
    }
}
