package io.reelbase.core.offline;

import java.util.List;
import java.util.UUID;

/** The laptop's record of its working sets' assets: what the sync reads and moves on. */
public interface WorkingSetStore {

    /** Every working set on this computer, by name, with its counts. */
    List<WorkingSet> list();

    List<OfflineAsset> members(UUID workingSet);

    /** After a sync of the asset: both sides now hold the same record, at these versions. */
    void synced(UUID workingSet, UUID assetId, long serverVersion, long localVersion);

    void serverState(UUID workingSet, UUID assetId, OfflineAsset.ServerState state);

    /** The whole set was synced (the time is the laptop's). */
    void syncFinished(UUID workingSet);
}
