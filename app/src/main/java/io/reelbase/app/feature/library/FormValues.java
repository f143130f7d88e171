package io.reelbase.app.feature.library;

import io.reelbase.core.asset.ReviewStatus;
import java.util.List;

/**
 * What the edit form holds: as typed, before it is checked. For several assets, {@code tags} are the tags
 * they all get and {@code removeTags} the tags taken off all of them; custom fields and operational tags
 * are "name: value" lines (one asset only).
 */
record FormValues(String title, String description, ReviewStatus review, List<String> tags, List<String> removeTags,
                  String customFields, String operationalTags) {

    FormValues {
        title = title == null ? "" : title;
        description = description == null ? "" : description;
        tags = List.copyOf(tags);
        removeTags = List.copyOf(removeTags);
        customFields = customFields == null ? "" : customFields;
        operationalTags = operationalTags == null ? "" : operationalTags;
    }
}
