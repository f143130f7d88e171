package io.reelbase.core.merge;

import io.reelbase.core.asset.AssetSnapshot;
import io.reelbase.core.asset.ReviewStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The record a person makes of a conflict: the merge's result (everything that merged by itself) with each
 * clashing field as they answered it. Pure, so the conflict screen's preview is exactly what is saved.
 */
public final class ConflictResolution {
    private ConflictResolution() {
    }

    /** {@code merge}'s record with {@code answers} applied; throws {@link IllegalArgumentException} for a bad typed value. */
    public static AssetSnapshot apply(MergeResult merge, List<ClashAnswer> answers) {
        AssetSnapshot s = merge.merged();
        String title = s.title();
        String description = s.description();
        ReviewStatus review = s.reviewStatus();
        List<String> tags = new ArrayList<>(s.tags());
        Map<String, Object> custom = new LinkedHashMap<>(s.customFields());
        Map<String, Object> ops = new LinkedHashMap<>(s.operationalTags());
        for (ClashAnswer a : answers) {
            Clash c = a.clash();
            Object v = a.value();
            switch (c.field()) {
                case TITLE -> title = (String) v;
                case DESCRIPTION -> description = v == null ? null : v.toString();
                case REVIEW_STATUS -> review = (ReviewStatus) v;
                case TAG -> {
                    tags.removeIf(t -> t.toLowerCase(Locale.ROOT).equals(c.key()));
                    if (v != null) {
                        tags.add(v.toString());
                    }
                }
                case CUSTOM_FIELD -> put(custom, c.key(), a);
                case OPERATIONAL_TAG -> put(ops, c.key(), a);
            }
        }
        return new AssetSnapshot(title, description, s.status(), review, custom, ops, tags);
    }

    /** A key chosen from a side that has it (even with no value) stays; a side without it removes it. */
    private static void put(Map<String, Object> map, String key, ClashAnswer a) {
        Object raw = switch (a.choice()) {
            case MINE -> a.clash().mine();
            case THEIRS -> a.clash().theirs();
            case TYPED -> a.value();
        };
        if (raw == null) {
            map.remove(key);
        } else {
            map.put(key, a.value());
        }
    }
}
