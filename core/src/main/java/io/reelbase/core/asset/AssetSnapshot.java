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

    /** This snapshot with {@code c} applied (a null field of {@code c} leaves the field as it is). */
    public AssetSnapshot with(AssetChanges c) {
        return new AssetSnapshot(c.title() != null ? c.title() : title,
                c.description() != null ? (c.description().isBlank() ? null : c.description()) : description, status,
                c.reviewStatus() != null ? c.reviewStatus() : reviewStatus,
                c.customFields() != null ? c.customFields() : customFields,
                c.operationalTags() != null ? c.operationalTags() : operationalTags, c.tags() != null ? c.tags() : tags);
    }

    /** The changes that turn this snapshot into {@code target} (only the fields that differ). */
    public AssetChanges changesTo(AssetSnapshot target) {
        AssetChanges c = AssetChanges.none();
        if (!title.equals(target.title)) {
            c = c.title(target.title);
        }
        if (!descriptionText().equals(target.descriptionText())) {
            c = c.description(target.descriptionText());
        }
        if (reviewStatus != target.reviewStatus) {
            c = c.reviewStatus(target.reviewStatus);
        }
        if (!customFields.equals(target.customFields)) {
            c = c.customFields(target.customFields);
        }
        if (!operationalTags.equals(target.operationalTags)) {
            c = c.operationalTags(target.operationalTags);
        }
        if (!new java.util.HashSet<>(tags).equals(new java.util.HashSet<>(target.tags))) {
            c = c.tags(target.tags);
        }
        return c;
    }

    /** The description with "none" as the empty text, as the form shows it. */
    public String descriptionText() {
        return description == null ? "" : description;
    }
}
