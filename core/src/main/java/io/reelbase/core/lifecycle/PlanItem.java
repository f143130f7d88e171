package io.reelbase.core.lifecycle;

import io.reelbase.core.asset.StorageTier;
import java.util.UUID;

/**
 * One line of a plan: what a rule does to an asset (no reason; {@code detail} names the other rules that were due for
 * it, if any) or why it leaves it alone; with the item's progress when the plan is run.
 */
public record PlanItem(long id, UUID assetId, String assetTitle, UUID ruleId, String ruleName, LifecycleAction action,
                       StorageTier targetTier, long bytes, SpareReason reason, String detail, ItemState state, String targetPath,
                       long bytesFreed, String message) {

    public boolean acts() {
        return reason == null;
    }

    /** "move to COLD", "archive", "delete", "purge". */
    public String actionWords() {
        return action == LifecycleAction.MOVE ? "move to " + targetTier : action.verb();
    }

    /** Why it is spared, in words: "no storage root of that tier (COLD)"; for an action, the other rules due ("also due: …"). */
    public String reasonWords() {
        if (reason == null) {
            return detail == null || detail.isBlank() ? "" : "also due: " + detail;
        }
        return reason.words() + (detail == null || detail.isBlank() ? "" : " (" + detail + ")");
    }

    public PlanItem at(ItemState newState, String newTargetPath, long freed, String newMessage) {
        return new PlanItem(id, assetId, assetTitle, ruleId, ruleName, action, targetTier, bytes, reason, detail, newState, newTargetPath,
                freed, newMessage);
    }
}
