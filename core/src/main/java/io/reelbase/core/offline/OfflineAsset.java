package io.reelbase.core.offline;

import java.util.UUID;

/**
 * One asset of a working set as the laptop keeps it: the server version its copy is based on, the local
 * version holding that same record (a higher local version is a local change), and what the server said of it
 * at the last sync.
 */
public record OfflineAsset(UUID assetId, long baseVersion, long localBaseVersion, ServerState serverState) {

    /** What became of the asset on the server. */
    public enum ServerState { PRESENT, ARCHIVED, DELETED, MISSING }
}
