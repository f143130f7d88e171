package io.reelbase.core.edit;

import io.reelbase.core.asset.AssetChanges;
import io.reelbase.core.asset.AssetSnapshot;
import io.reelbase.core.asset.AssetVersion;
import java.util.List;
import java.util.Objects;

/**
 * How to undo the newest edit of an asset: the fields that edit changed go back to what they were on the
 * version it was based on; everything else (later processing, fields it did not touch) stays.
 */
public record UndoPlan(long undoneVersion, AssetChanges changes) {

    /** From an asset's history (oldest first). Throws {@link IllegalStateException} when there is nothing to undo. */
    public static UndoPlan from(List<AssetVersion> history) {
        AssetVersion edit = null;
        for (int i = history.size() - 1; i >= 0 && edit == null; i--) {
            if (history.get(i).isEdit()) {
                edit = history.get(i);
            }
        }
        if (edit == null) {
            throw new IllegalStateException("This asset has no edit to undo.");
        }
        long base = edit.basedOn();
        AssetSnapshot before = history.stream().filter(v -> v.version() == base).findFirst()
                .orElseThrow(() -> new IllegalStateException("The version before the last edit is missing."))
                .snapshot();
        AssetSnapshot after = edit.snapshot();
        AssetChanges c = AssetChanges.none();
        if (!before.title().equals(after.title())) {
            c = c.title(before.title());
        }
        if (!before.descriptionText().equals(after.descriptionText())) {
            c = c.description(before.descriptionText());
        }
        if (before.reviewStatus() != after.reviewStatus()) {
            c = c.reviewStatus(before.reviewStatus());
        }
        if (!Objects.equals(before.customFields(), after.customFields())) {
            c = c.customFields(before.customFields());
        }
        if (!Objects.equals(before.operationalTags(), after.operationalTags())) {
            c = c.operationalTags(before.operationalTags());
        }
        if (!before.tags().equals(after.tags())) {
            c = c.tags(before.tags());
        }
        return new UndoPlan(edit.version(), c);
    }

    public String summary() {
        return "Undid the edit of version " + undoneVersion;
    }
}
