package io.reelbase.persistence.offline;

import io.reelbase.core.asset.AssetRepository;
import io.reelbase.core.edit.AssetEdits;
import io.reelbase.core.offline.SyncCheckpoint;
import io.reelbase.core.offline.WorkingSetSync;
import io.reelbase.persistence.Database;

/** The sync of a working set wired to its two catalogues: the set's server and this computer's. */
public final class OfflineSyncs {
    private OfflineSyncs() {
    }

    public static WorkingSetSync between(Database server, Database local, SyncCheckpoint checkpoint) {
        var there = server.repositories().assets();
        var here = local.repositories().assets();
        return new WorkingSetSync(side(there), side(here), new WorkingSets(local.dataSource()),
                new ServerUpload(server.dataSource(), local.dataSource(), there), checkpoint);
    }

    private static WorkingSetSync.Side side(AssetRepository assets) {
        return new WorkingSetSync.Side(assets, assets, new AssetEdits(assets, assets, assets));
    }
}
