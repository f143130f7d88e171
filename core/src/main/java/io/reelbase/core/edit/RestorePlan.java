package io.reelbase.core.edit;

import io.reelbase.core.asset.AssetChanges;
import io.reelbase.core.asset.AssetSnapshot;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How to bring back an old version, whole or one field of it, as a new version: the changes from now to then. */
public final class RestorePlan {
    /** The fields that can be restored on their own, as scripts name them. */
    public static final List<String> FIELDS = List.of("title", "description", "review", "tags", "custom", "ops");

    private RestorePlan() {
    }

    /** Throws {@link IllegalArgumentException} for a field not in {@link #FIELDS}. */
    public static AssetChanges changes(AssetSnapshot now, AssetSnapshot then, Optional<String> field) {
        AssetChanges all = now.changesTo(then);
        if (field.isEmpty()) {
            return all;
        }
        String f = field.get().strip().toLowerCase(Locale.ROOT);
        AssetChanges none = AssetChanges.none();
        return switch (f) {
            case "title" -> all.title() == null ? none : none.title(all.title());
            case "description" -> all.description() == null ? none : none.description(all.description());
            case "review" -> all.reviewStatus() == null ? none : none.reviewStatus(all.reviewStatus());
            case "tags" -> all.tags() == null ? none : none.tags(all.tags());
            case "custom" -> all.customFields() == null ? none : none.customFields(all.customFields());
            case "ops" -> all.operationalTags() == null ? none : none.operationalTags(all.operationalTags());
            default -> throw new IllegalArgumentException("\u201c" + field.get() + "\u201d is not a field that can be restored; one of "
                    + String.join(", ", FIELDS) + ".");
        };
    }

    /** The restorable fields in which {@code then} differs from {@code now}, named as in {@link #FIELDS}. */
    public static List<String> differing(AssetSnapshot now, AssetSnapshot then) {
        return FIELDS.stream().filter(f -> !changes(now, then, Optional.of(f)).isEmpty()).toList();
    }
}
