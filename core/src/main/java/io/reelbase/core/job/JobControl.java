package io.reelbase.core.job;

import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetCatalogue;
import io.reelbase.core.asset.AssetWrites;
import io.reelbase.core.asset.AssetStatus;
import io.reelbase.core.asset.StaleAssetException;
import java.util.List;
import java.util.Optional;
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
            queueAgain(assetId, actor);
        }
        return requeued.size();
    }

    /**
     * FAILED becomes QUEUED, written on the version that was read as FAILED: a worker may take the job back the moment
     * it is queued and finish it, and its PROCESSING or PROCESSED is newer than this QUEUED, so it stays.
     */
    private void queueAgain(UUID assetId, String actor) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Optional<Asset> failed = catalogue.find(assetId).filter(a -> a.status() == AssetStatus.FAILED);
            if (failed.isEmpty()) {
                return;
            }
            try {
                assets.changeStatus(assetId, failed.get().version(), AssetStatus.QUEUED, actor);
                return;
            } catch (StaleAssetException changedMeanwhile) {
                // read it again: still FAILED (someone edited its title, say) or taken up by a worker
            }
        }
    }

    /** Cancels jobs that have not finished; returns how many. */
    public int cancel(List<UUID> jobIds, String actor) {
        return queue.cancel(jobIds, actor);
    }
}
