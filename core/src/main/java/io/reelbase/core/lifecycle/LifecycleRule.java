package io.reelbase.core.lifecycle;

import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.ReviewStatus;
import io.reelbase.core.asset.SourceSystem;
import io.reelbase.core.asset.StorageTier;
import java.util.UUID;

/**
 * Archive after N days, delete after M, move to a storage tier: for the assets that pass the filters
 * (a null filter passes everything). Legal hold always wins.
 */
public record LifecycleRule(
        UUID id,
        String name,
        String description,
        AssetType assetType,
        SourceSystem sourceSystem,
        ReviewStatus reviewStatus,
        UUID collectionId,
        Integer archiveAfterDays,
        Integer deleteAfterDays,
        StorageTier moveToTier,
        int priority,
        boolean active) {

    public LifecycleRule {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A lifecycle rule needs a name.");
        }
        name = name.strip();
        if (archiveAfterDays != null && archiveAfterDays <= 0) {
            throw new IllegalArgumentException("'Archive after' must be at least one day.");
        }
        if (deleteAfterDays != null && deleteAfterDays <= 0) {
            throw new IllegalArgumentException("'Delete after' must be at least one day.");
        }
        if (archiveAfterDays != null && deleteAfterDays != null && deleteAfterDays <= archiveAfterDays) {
            throw new IllegalArgumentException("'Delete after' (" + deleteAfterDays
                    + " days) must come later than 'archive after' (" + archiveAfterDays + " days).");
        }
        if (archiveAfterDays == null && deleteAfterDays == null && moveToTier == null) {
            throw new IllegalArgumentException("Rule '" + name + "' does nothing: give it an archive, delete or move action.");
        }
    }
}
