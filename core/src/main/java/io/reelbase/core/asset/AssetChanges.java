package io.reelbase.core.asset;

import io.reelbase.core.Maps;
import java.util.List;
import java.util.Map;

/**
 * An edit of an asset's editable metadata. A {@code null} field is left as it is.
 * Every change is saved against the version the edit started from.
 */
public record AssetChanges(
        String title,
        String description,
        ReviewStatus reviewStatus,
        Map<String, Object> customFields,
        Map<String, Object> operationalTags,
        List<String> tags) {

    public AssetChanges {
        if (title != null) {
            title = AssetRules.requireTitle(title);
        }
        customFields = Maps.frozenOrNull(customFields);
        operationalTags = Maps.frozenOrNull(operationalTags);
        tags = tags == null ? null : AssetRules.tags(tags);
    }

    public static AssetChanges none() {
        return new AssetChanges(null, null, null, null, null, null);
    }

    public AssetChanges title(String value) {
        return new AssetChanges(value, description, reviewStatus, customFields, operationalTags, tags);
    }

    public AssetChanges description(String value) {
        return new AssetChanges(title, value, reviewStatus, customFields, operationalTags, tags);
    }

    public AssetChanges reviewStatus(ReviewStatus value) {
        return new AssetChanges(title, description, value, customFields, operationalTags, tags);
    }

    public AssetChanges customFields(Map<String, Object> value) {
        return new AssetChanges(title, description, reviewStatus, value, operationalTags, tags);
    }

    public AssetChanges operationalTags(Map<String, Object> value) {
        return new AssetChanges(title, description, reviewStatus, customFields, value, tags);
    }

    /** The asset's whole new set of keyword tags. */
    public AssetChanges tags(List<String> value) {
        return new AssetChanges(title, description, reviewStatus, customFields, operationalTags, value);
    }

    public boolean isEmpty() {
        return title == null && description == null && reviewStatus == null && customFields == null
                && operationalTags == null && tags == null;
    }
}
