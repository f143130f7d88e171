package io.reelbase.core.edit;

import io.reelbase.core.asset.AssetRules;
import io.reelbase.core.asset.AssetSnapshot;
import io.reelbase.core.asset.ReviewStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Edits as scripts write them: {@code FIELD=VALUE} assignments (title, description, review, custom.NAME,
 * ops.NAME; an empty value takes a custom field or operational tag away) and tags to add and remove, applied to
 * one version's record. Throws {@link IllegalArgumentException} naming the problem for an unknown field, a
 * missing "=", an unknown review status or a blank title.
 */
public final class FieldAssignments {
    private FieldAssignments() {
    }

    public static AssetSnapshot apply(AssetSnapshot base, List<String> sets, List<String> addTags, List<String> removeTags) {
        String title = base.title();
        String description = base.description();
        ReviewStatus review = base.reviewStatus();
        Map<String, Object> custom = new LinkedHashMap<>(base.customFields());
        Map<String, Object> ops = new LinkedHashMap<>(base.operationalTags());
        for (String set : sets) {
            int eq = set.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("\u201c" + set + "\u201d is not FIELD=VALUE (for example title=Harbour at dawn).");
            }
            String field = set.substring(0, eq).strip();
            String value = set.substring(eq + 1);
            String lower = field.toLowerCase(Locale.ROOT);
            if (lower.equals("title")) {
                title = AssetRules.requireTitle(value);
            } else if (lower.equals("description")) {
                description = value.isBlank() ? null : value.strip();
            } else if (lower.equals("review")) {
                review = ReviewStatus.parse(value);
            } else if (lower.startsWith("custom.") && field.length() > 7) {
                put(custom, field.substring(7), value);
            } else if (lower.startsWith("ops.") && field.length() > 4) {
                put(ops, field.substring(4), value);
            } else {
                throw new IllegalArgumentException("\u201c" + field + "\u201d is not a field that can be set: use title, description,"
                        + " review, custom.NAME or ops.NAME.");
            }
        }
        List<String> tags = new ArrayList<>(base.tags());
        for (String r : AssetRules.tags(removeTags)) {
            tags.removeIf(t -> t.equalsIgnoreCase(r));
        }
        tags.addAll(addTags);
        return new AssetSnapshot(title, description, base.status(), review, custom, ops, AssetRules.tags(tags));
    }

    private static void put(Map<String, Object> map, String key, String value) {
        if (value.isBlank()) {
            map.remove(key.strip());
        } else {
            map.put(key.strip(), value.strip());
        }
    }
}
