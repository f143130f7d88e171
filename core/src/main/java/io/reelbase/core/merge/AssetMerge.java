package io.reelbase.core.merge;

import io.reelbase.core.asset.AssetSnapshot;
import io.reelbase.core.asset.AssetStatus;
import io.reelbase.core.asset.ReviewStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The three-way merge of an asset's editable metadata: {@code base} is the version both edits started from,
 * {@code mine} and {@code theirs} the two edits. A field changed on one side only takes that change; the same
 * change on both sides agrees; different changes clash. Tags merge one by one (names compared whatever their
 * case), custom fields and operational tags key by key, the description by lines or words where the two
 * sides touched different parts. The result does not depend on which side is "mine": swapping them swaps the
 * clashes' sides and nothing else. Pure: no database, no clock.
 */
public final class AssetMerge {
    private AssetMerge() {
    }

    public static MergeResult merge(AssetSnapshot base, AssetSnapshot mine, AssetSnapshot theirs) {
        List<Clash> clashes = new ArrayList<>();
        String title = scalar(Clash.Field.TITLE, base.title(), mine.title(), theirs.title(), clashes);
        String description = description(base, mine, theirs, clashes);
        ReviewStatus review = scalar(Clash.Field.REVIEW_STATUS, base.reviewStatus(), mine.reviewStatus(),
                theirs.reviewStatus(), clashes);
        List<String> tags = tags(base.tags(), mine.tags(), theirs.tags(), clashes);
        Map<String, Object> custom = keys(Clash.Field.CUSTOM_FIELD, base.customFields(), mine.customFields(),
                theirs.customFields(), clashes);
        Map<String, Object> ops = keys(Clash.Field.OPERATIONAL_TAG, base.operationalTags(), mine.operationalTags(),
                theirs.operationalTags(), clashes);
        // The processing status is not a person's to edit: the newer side's, or the base's when both differ.
        ThreeWay.Outcome<AssetStatus> status = ThreeWay.merge(base.status(), mine.status(), theirs.status());
        return new MergeResult(new AssetSnapshot(title, description, status.value(), review, custom, ops, tags), clashes);
    }

    /** {@code s} as the merge writes records: tags sorted whatever their case, keys sorted, no empty description. */
    public static AssetSnapshot normalised(AssetSnapshot s) {
        return new AssetSnapshot(s.title(), blankToNull(s.description()), s.status(), s.reviewStatus(),
                new TreeMap<>(s.customFields()), new TreeMap<>(s.operationalTags()), sorted(s.tags()));
    }

    private static <T> T scalar(Clash.Field field, T base, T mine, T theirs, List<Clash> clashes) {
        ThreeWay.Outcome<T> o = ThreeWay.merge(base, mine, theirs);
        if (o.clash()) {
            clashes.add(new Clash(field, "", base, mine, theirs));
        }
        return o.value();
    }

    private static String description(AssetSnapshot base, AssetSnapshot mine, AssetSnapshot theirs, List<Clash> clashes) {
        String b = base.descriptionText();
        String m = mine.descriptionText();
        String t = theirs.descriptionText();
        ThreeWay.Outcome<String> o = ThreeWay.merge(b, m, t);
        if (!o.clash()) {
            return blankToNull(o.value());
        }
        Optional<String> text = TextMerge.merge(b, m, t);
        if (text.isPresent()) {
            return blankToNull(text.get());
        }
        clashes.add(new Clash(Clash.Field.DESCRIPTION, "", base.description(), blankToNull(m), blankToNull(t)));
        return base.description();
    }

    /** Tag by tag: each is there or not (in one spelling) on each side; a removal against a respelling clashes. */
    private static List<String> tags(List<String> base, List<String> mine, List<String> theirs, List<Clash> clashes) {
        Map<String, String> b = byName(base);
        Map<String, String> m = byName(mine);
        Map<String, String> t = byName(theirs);
        TreeSet<String> names = new TreeSet<>(b.keySet());
        names.addAll(m.keySet());
        names.addAll(t.keySet());
        List<String> merged = new ArrayList<>();
        for (String name : names) {
            ThreeWay.Outcome<String> o = ThreeWay.merge(b.get(name), m.get(name), t.get(name));
            if (o.clash()) {
                clashes.add(new Clash(Clash.Field.TAG, name, b.get(name), m.get(name), t.get(name)));
            }
            if (o.value() != null) {
                merged.add(o.value());
            }
        }
        return merged;
    }

    private static Map<String, Object> keys(Clash.Field field, Map<String, Object> base, Map<String, Object> mine,
                                            Map<String, Object> theirs, List<Clash> clashes) {
        TreeSet<String> names = new TreeSet<>(base.keySet());
        names.addAll(mine.keySet());
        names.addAll(theirs.keySet());
        Map<String, Object> merged = new LinkedHashMap<>();
        for (String key : names) {
            ThreeWay.Outcome<Object> o = ThreeWay.merge(value(base, key), value(mine, key), value(theirs, key));
            if (o.clash()) {
                clashes.add(new Clash(field, key, value(base, key), value(mine, key), value(theirs, key)));
            }
            if (o.value() != null) {
                merged.put(key, o.value() == ABSENT_NULL ? null : o.value());
            }
        }
        return merged;
    }

    /** A key that is there with the value null, told apart from a key that is not there. */
    static final Object ABSENT_NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private static Object value(Map<String, Object> map, String key) {
        if (!map.containsKey(key)) {
            return null;
        }
        Object v = map.get(key);
        return v == null ? ABSENT_NULL : v;
    }

    /** Tags by their name in lower case, each in the spelling the side has. */
    static Map<String, String> byName(List<String> tags) {
        Map<String, String> m = new TreeMap<>();
        tags.forEach(t -> m.putIfAbsent(t.toLowerCase(Locale.ROOT), t));
        return m;
    }

    private static List<String> sorted(List<String> tags) {
        return List.copyOf(byName(tags).values());
    }

    static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
