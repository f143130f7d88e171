package io.reelbase.core.asset;

import io.reelbase.core.Maps;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** An immutable snapshot of an asset's editable metadata at one version. */
public record AssetVersion(
        UUID assetId,
        long version,
        UUID versionId,
        Map<String, Object> snapshot,
        VersionOrigin origin,
        Long baseVersion,
        String changeSummary,
        boolean conflictResolved,
        String createdByName,
        Instant createdAt) {

    public AssetVersion {
        snapshot = Maps.frozen(snapshot);
    }
}
