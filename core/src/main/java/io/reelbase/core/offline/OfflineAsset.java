package io.reelbase.core.offline;

import java.util.UUID;

/**
 * One asset of a working set as the laptop keeps it: the server version its copy is based on (null for an asset
 * made here that the server does not have yet), the local version holding that same record (a higher local
 * version is a local change), and what the server said of it at the last sync.
 */
public record OfflineAsset(UUID assetId, Long baseVersion, long localBaseVersion, ServerState serverState) {

    /** What became of the asset on the server. */
    public enum ServerState { PRESENT, ARCHIVED, DELETED, MISSING }

    /** Made on this computer and not on the server yet. */
    public boolean isNew() {
        return baseVersion == null;
    }
}
