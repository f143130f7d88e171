package io.reelbase.core.edit;

import io.reelbase.core.asset.AssetChanges;
import io.reelbase.core.asset.VersionOrigin;
import java.util.Objects;
import java.util.UUID;

/**
 * A change to one asset's editable metadata, with the version it started from. {@code summary} may be
 * null: the pipeline then says what changed ("title, 2 tags added").
 */
public record AssetEdit(UUID assetId, long baseVersion, AssetChanges changes, VersionOrigin origin, String summary) {

    public AssetEdit {
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(origin, "origin");
    }

    public static AssetEdit of(UUID assetId, long baseVersion, AssetChanges changes, VersionOrigin origin) {
        return new AssetEdit(assetId, baseVersion, changes, origin, null);
    }
}
