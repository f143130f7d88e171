package io.reelbase.core.asset;

import java.time.Instant;
import java.util.UUID;

/**
 * One saved version of an asset: its editable metadata then, what wrote it, on which version it was based, and the
 * offline sync's mark where a sync wrote it.
 */
public record AssetVersion(
        UUID assetId,
        long version,
        UUID versionId,
        AssetSnapshot snapshot,
        VersionOrigin origin,
        Long baseVersion,
        String changeSummary,
        boolean conflictResolved,
        String createdByName,
        Instant createdAt,
        String syncMark) {

    public AssetVersion(UUID assetId, long version, UUID versionId, AssetSnapshot snapshot, VersionOrigin origin, Long baseVersion,
                        String changeSummary, boolean conflictResolved, String createdByName, Instant createdAt) {
        this(assetId, version, versionId, snapshot, origin, baseVersion, changeSummary, conflictResolved, createdByName, createdAt, null);
    }

    /** The version this one was made from: its recorded base, else the one before it. */
    public long basedOn() {
        return baseVersion != null ? baseVersion : version - 1;
    }

    /** Written by a person's edit (one asset, several together, or an undo), not by processing. */
    public boolean isEdit() {
        return origin == VersionOrigin.EDIT || origin == VersionOrigin.BATCH_EDIT || origin == VersionOrigin.ROLLBACK;
    }
}
