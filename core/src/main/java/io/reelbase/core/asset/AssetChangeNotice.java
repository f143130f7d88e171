package io.reelbase.core.asset;

import java.util.UUID;

/** Another client saved a new version of an asset: which, who, how, and what changed (the version's summary). */
public record AssetChangeNotice(UUID assetId, long version, VersionOrigin origin, String author, String summary) {
}
