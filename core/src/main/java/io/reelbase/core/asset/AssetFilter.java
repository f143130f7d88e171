package io.reelbase.core.asset;

import java.util.Optional;

/** Which assets a list shows: by type and/or status; empty means any. */
public record AssetFilter(Optional<AssetType> type, Optional<AssetStatus> status) {
    public static final AssetFilter ALL = new AssetFilter(Optional.empty(), Optional.empty());

    public AssetFilter {
        type = type == null ? Optional.empty() : type;
        status = status == null ? Optional.empty() : status;
    }

    public static AssetFilter ofType(AssetType type) {
        return new AssetFilter(Optional.of(type), Optional.empty());
    }
}
