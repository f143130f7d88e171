package io.reelbase.core.asset;

import io.reelbase.core.Maps;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An asset's editable metadata at one version, as each version keeps it: what an edit, an undo or a merge
 * works on. {@code status} is the processing status at that version (kept for the history; not editable).
 */
public record AssetSnapshot(
        String title,
        String description,
        AssetStatus status,
        ReviewStatus reviewStatus,
        Map<String, Object> customFields,
        Map<String, Object> operationalTags,
        List<String> tags) {

    public AssetSnapshot {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(reviewStatus, "reviewStatus");
        customFields = Maps.frozen(customFields);
        operationalTags = Maps.frozen(operationalTags);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** What {@code asset} holds now. */
    public static AssetSnapshot of(Asset asset) {
        return new AssetSnapshot(asset.title(), asset.description(), asset.status(), asset.reviewStatus(),
                asset.customFields(), asset.operationalTags(), asset.tags());
    }

    /** The description with "none" as the empty text, as the form shows it. */
    public String descriptionText() {
        return description == null ? "" : description;
    }
}
