package io.reelbase.core.asset;

import java.util.Optional;

/**
 * Which assets a list shows: words to search for (in title, description and file name; partial words
 * and small typos match), and/or a type and a status; empty means any.
 */
public record AssetFilter(Optional<AssetType> type, Optional<AssetStatus> status, String text) {
    public static final AssetFilter ALL = new AssetFilter(Optional.empty(), Optional.empty(), "");

    public AssetFilter {
        type = type == null ? Optional.empty() : type;
        status = status == null ? Optional.empty() : status;
        text = text == null ? "" : text.strip();
    }

    public AssetFilter(Optional<AssetType> type, Optional<AssetStatus> status) {
        this(type, status, "");
    }

    public static AssetFilter ofType(AssetType type) {
        return new AssetFilter(Optional.of(type), Optional.empty(), "");
    }

    public AssetFilter withText(String words) {
        return new AssetFilter(type, status, words);
    }

    public boolean hasText() {
        return !text.isEmpty();
    }
}
