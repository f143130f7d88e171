package io.reelbase.core.offline;

import io.reelbase.core.edit.EditOutcome;
import java.util.UUID;

/**
 * An asset of a working set changed in the same fields here and on the server: {@code conflict} is the server's
 * answer to this computer's changes up to local version {@code localVersion} (nothing of it was written).
 */
public record SyncClash(UUID workingSet, long localVersion, EditOutcome.Conflict conflict) {

    public UUID assetId() {
        return conflict.asset().id();
    }
}
