package io.reelbase.core.edit;

import io.reelbase.core.asset.AssetChanges;
import io.reelbase.core.asset.AssetSnapshot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** Says in a few words what an edit changes: "title, review status, 2 tags added". */
public final class ChangeSummary {
    private ChangeSummary() {
    }

    public static String of(AssetSnapshot before, AssetChanges c) {
        List<String> parts = new ArrayList<>();
        if (c.title() != null && !c.title().equals(before.title())) {
            parts.add("title");
        }
        if (c.description() != null && !c.description().strip().equals(before.descriptionText().strip())) {
            parts.add("description");
        }
        if (c.reviewStatus() != null && c.reviewStatus() != before.reviewStatus()) {
            parts.add("review status");
        }
        if (c.customFields() != null && !Objects.equals(c.customFields(), before.customFields())) {
            parts.add("custom fields");
        }
        if (c.operationalTags() != null && !Objects.equals(c.operationalTags(), before.operationalTags())) {
            parts.add("operational tags");
        }
        if (c.tags() != null) {
            Set<String> old = lower(before.tags());
            Set<String> now = lower(c.tags());
            long added = now.stream().filter(t -> !old.contains(t)).count();
            long removed = old.stream().filter(t -> !now.contains(t)).count();
            if (added > 0) {
                parts.add(added + (added == 1 ? " tag added" : " tags added"));
            }
            if (removed > 0) {
                parts.add(removed + (removed == 1 ? " tag removed" : " tags removed"));
            }
        }
        return parts.isEmpty() ? "no change" : String.join(", ", parts);
    }

    private static Set<String> lower(List<String> tags) {
        Set<String> s = new HashSet<>();
        tags.forEach(t -> s.add(t.toLowerCase(Locale.ROOT)));
        return s;
    }
}
