package io.reelbase.core.offline;

import java.util.List;
import java.util.UUID;

/** The laptop's record of its working sets' assets: what the sync reads and moves on, and its journal of runs. */
public interface WorkingSetStore {

    /** Every working set on this computer, by name, with its counts. */
    List<WorkingSet> list();

    List<OfflineAsset> members(UUID workingSet);

    /** Adds assets of this computer (not from any server) to a set: the next sync creates them on its server. */
    int addNew(UUID workingSet, java.util.Collection<UUID> assetIds);

    /** After a sync of the asset: both sides now hold the same record, at these versions. */
    void synced(UUID workingSet, UUID assetId, long serverVersion, long localVersion);

    void serverState(UUID workingSet, UUID assetId, OfflineAsset.ServerState state);

    /** A sync of the set begins; says whether the one before it stopped before its end. */
    SyncRun startRun(UUID workingSet);

    /** The run ended (the whole set was gone through; the time is the laptop's). */
    void finishRun(SyncRun run, WorkingSetSync.Report report);

    /** One sync of a set, as the journal has it. */
    record SyncRun(long id, UUID workingSet, boolean resumed) {
    }
}
