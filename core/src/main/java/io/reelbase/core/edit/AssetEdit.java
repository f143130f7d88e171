package io.reelbase.core.edit;

import io.reelbase.core.asset.AssetChanges;
import io.reelbase.core.asset.VersionOrigin;
import java.util.Objects;
import java.util.UUID;

/**
 * A change to one asset's editable metadata, with the version it started from. {@code summary} may be
 * null: the pipeline then says what changed ("title, 2 tags added"). {@code syncMark} (the offline sync's, else
 * null) is kept with the version the edit writes.
 */
public record AssetEdit(UUID assetId, long baseVersion, AssetChanges changes, VersionOrigin origin, String summary,
                        String syncMark) {

    public AssetEdit(UUID assetId, long baseVersion, AssetChanges changes, VersionOrigin origin, String summary) {
        this(assetId, baseVersion, changes, origin, summary, null);
    }

    public AssetEdit {
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(origin, "origin");
    }

    public static AssetEdit of(UUID assetId, long baseVersion, AssetChanges changes, VersionOrigin origin) {
        return new AssetEdit(assetId, baseVersion, changes, origin, null);
    }
}
