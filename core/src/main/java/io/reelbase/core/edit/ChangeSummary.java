package io.reelbase.core.edit;

import io.reelbase.core.asset.AssetChanges;
import io.reelbase.core.asset.AssetSnapshot;
import io.reelbase.core.merge.Clash;
import io.reelbase.core.merge.FieldChange;
import io.reelbase.core.merge.VersionDiff;
import java.util.ArrayList;
import java.util.List;

/** Says in a few words what an edit changes: "title, review status, 2 tags added" (from {@link VersionDiff}). */
public final class ChangeSummary {
    private ChangeSummary() {
    }

    public static String of(AssetSnapshot before, AssetChanges c) {
        List<FieldChange> diff = VersionDiff.between(before, before.with(c));
        List<String> parts = new ArrayList<>();
        add(parts, diff, Clash.Field.TITLE, "title");
        add(parts, diff, Clash.Field.DESCRIPTION, "description");
        add(parts, diff, Clash.Field.REVIEW_STATUS, "review status");
        add(parts, diff, Clash.Field.CUSTOM_FIELD, "custom fields");
        add(parts, diff, Clash.Field.OPERATIONAL_TAG, "operational tags");
        count(parts, diff, FieldChange.Kind.ADDED, " added");
        count(parts, diff, FieldChange.Kind.REMOVED, " removed");
        return parts.isEmpty() ? "no change" : String.join(", ", parts);
    }

    private static void add(List<String> parts, List<FieldChange> diff, Clash.Field field, String words) {
        if (diff.stream().anyMatch(d -> d.field() == field)) {
            parts.add(words);
        }
    }

    /** Tags added or removed (a tag respelled in another case is the same tag). */
    private static void count(List<String> parts, List<FieldChange> diff, FieldChange.Kind kind, String words) {
        long n = diff.stream().filter(d -> d.field() == Clash.Field.TAG && d.kind() == kind).count();
        if (n > 0) {
            parts.add(n + (n == 1 ? " tag" : " tags") + words);
        }
    }
}
