package io.reelbase.core.edit;

import io.reelbase.core.asset.AssetChanges;
import io.reelbase.core.asset.AssetSnapshot;
import io.reelbase.core.asset.AssetVersion;
import java.util.List;

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
        // The fields the edit changed go back; a field it did not touch is left as the asset has it now.
        return new UndoPlan(edit.version(), edit.snapshot().changesTo(before));
    }

    public String summary() {
        return "Undid the edit of version " + undoneVersion;
    }
}
