package io.reelbase.core.asset;

import java.util.List;
import java.util.UUID;

/**
 * An asset that shares keywords, topics, contributors or other graph nodes with another one: the names
 * of all it shares, and which of them are keyword tags.
 */
public record RelatedAsset(UUID id, String title, AssetType type, List<String> shared, List<String> sharedKeywords) {
    public RelatedAsset {
        shared = List.copyOf(shared);
        sharedKeywords = List.copyOf(sharedKeywords);
    }
}
