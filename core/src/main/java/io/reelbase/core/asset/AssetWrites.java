package io.reelbase.core.asset;

import java.time.Instant;
import java.util.UUID;

/**
 * Writing assets, each write version-checked and kept as a version snapshot. People's edits of the
 * editable metadata do not call {@link #update} directly: they go through {@code AssetEdits}, which
 * checks the rules first.
 */
public interface AssetWrites {

    /** Records a new asset at version 1 and writes its first version snapshot (origin CREATE). */
    Asset create(NewAsset asset, String actor);

    /**
     * Saves {@code changes} if the asset is still at {@code expectedVersion}: the version goes up by one
     * and a snapshot is written. Otherwise nothing is written and {@link StaleAssetException} is thrown.
     */
    Asset update(UUID id, long expectedVersion, AssetChanges changes, VersionStamp stamp, String actor);

    /** {@link #update(UUID, long, AssetChanges, VersionStamp, String)} based on the version it is written on. */
    default Asset update(UUID id, long expectedVersion, AssetChanges changes, VersionOrigin origin, String summary, String actor) {
        return update(id, expectedVersion, changes, VersionStamp.of(origin, summary), actor);
    }

    /** Moves an asset's processing status (also version-checked). */
    Asset changeStatus(UUID id, long expectedVersion, AssetStatus status, String actor);

    /**
     * Writes what processing learned and where the asset is now (status; duration, MIME type and recording
     * time where known), as one new version with origin JOB. Retries a few times if people are editing the
     * asset at the same moment: these fields are not theirs, so the latest version is always the right base.
     */
    Asset recordProcessing(UUID id, AssetStatus status, Long durationMs, String mimeType, Instant recordedAt,
                           String summary, String actor);

    /**
     * As {@link #recordProcessing} with status PROCESSED, and what is wrong with the file ({@code damage}, e.g. "the
     * file ends at 38% of its stated duration"), or null when it is whole, which clears an earlier note.
     */
    Asset recordProcessed(UUID id, Long durationMs, String mimeType, Instant recordedAt, String damage,
                          String summary, String actor);

    /** Removes the asset and everything that hangs off it; the audit trail keeps the record. */
    void delete(UUID id);
}
