package io.reelbase.core.merge;

import io.reelbase.core.asset.AssetSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/** What differs between two versions of an asset, field by field: tags as set differences, key-value fields key by key. */
public final class VersionDiff {
    private VersionDiff() {
    }

    public static List<FieldChange> between(AssetSnapshot from, AssetSnapshot to) {
        List<FieldChange> changes = new ArrayList<>();
        scalar(changes, Clash.Field.TITLE, from.title(), to.title());
        scalar(changes, Clash.Field.DESCRIPTION, AssetMerge.blankToNull(from.description()), AssetMerge.blankToNull(to.description()));
        scalar(changes, Clash.Field.REVIEW_STATUS, from.reviewStatus(), to.reviewStatus());
        keys(changes, Clash.Field.TAG, new TreeMap<>(AssetMerge.byName(from.tags())), new TreeMap<>(AssetMerge.byName(to.tags())));
        keys(changes, Clash.Field.CUSTOM_FIELD, from.customFields(), to.customFields());
        keys(changes, Clash.Field.OPERATIONAL_TAG, from.operationalTags(), to.operationalTags());
        return changes;
    }

    private static void scalar(List<FieldChange> out, Clash.Field field, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            out.add(new FieldChange(field, "", a, b));
        }
    }

    private static void keys(List<FieldChange> out, Clash.Field field, Map<String, Object> a, Map<String, Object> b) {
        TreeSet<String> names = new TreeSet<>(a.keySet());
        names.addAll(b.keySet());
        for (String k : names) {
            if (!Objects.equals(a.get(k), b.get(k)) || a.containsKey(k) != b.containsKey(k)) {
                out.add(new FieldChange(field, k, a.containsKey(k) ? String.valueOf(a.get(k)) : null,
                        b.containsKey(k) ? String.valueOf(b.get(k)) : null));
            }
        }
    }
}
