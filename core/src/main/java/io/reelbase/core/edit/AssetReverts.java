package io.reelbase.core.edit;

import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetHistory;
import io.reelbase.core.asset.VersionOrigin;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * "Revert to how they were at …" for many assets: a plan first (what would change, counted), then each asset
 * through the edit pipeline as a ROLLBACK version — so an asset someone changes in between is merged, never
 * overwritten, and history is never rewritten.
 */
public final class AssetReverts {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");
    private final AssetHistory history;
    private final AssetEdits edits;

    public AssetReverts(AssetHistory history, AssetEdits edits) {
        this.history = history;
        this.edits = edits;
    }

    /** What reverting {@code assets} (as they are now) to moment {@code at} would do; writes nothing. */
    public RevertPlan plan(List<Asset> assets, Instant at) {
        return RevertPlan.of(at, assets, history.versionsAt(assets.stream().map(Asset::id).toList(), at));
    }

    /** Carries out one step of {@code plan}. Throws {@link IllegalArgumentException} where the review rules refuse. */
    public EditOutcome apply(RevertPlan plan, RevertPlan.Step step, String actor) {
        String summary = "Reverted to how it was at " + WHEN.format(plan.at().atZone(ZoneId.systemDefault()))
                + " (version " + step.thenVersion() + ")";
        return edits.save(new AssetEdit(step.asset().id(), step.asset().version(), step.changes(), VersionOrigin.ROLLBACK,
                summary), actor);
    }
}
