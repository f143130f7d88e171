package io.reelbase.core.asset;

import java.util.List;
import java.util.UUID;

/** An asset that shares keywords, topics, contributors or other graph nodes with another one. */
public record RelatedAsset(UUID id, String title, AssetType type, List<String> shared) {
    public RelatedAsset {
        shared = List.copyOf(shared);
    }
}
