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

    /**
     * What reverting {@code assets} (as they are now) to moment {@code at} would do; writes nothing. Throws
     * {@link IllegalArgumentException} for a moment still to come.
     */
    public RevertPlan plan(List<Asset> assets, Instant at) {
        if (at.isAfter(Instant.now())) {
            throw new IllegalArgumentException(WHEN.format(at.atZone(ZoneId.systemDefault()))
                    + " is still to come: assets can only be reverted to a moment in the past.");
        }
        return RevertPlan.of(at, assets, history.versionsAt(assets.stream().map(Asset::id).toList(), at));
    }

    /** Carries out one step of {@code plan}. Throws {@link IllegalArgumentException} where the review rules refuse. */
    public EditOutcome apply(RevertPlan plan, RevertPlan.Step step, String actor) {
        String summary = "Reverted to how it was at " + WHEN.format(plan.at().atZone(ZoneId.systemDefault()))
                + " (version " + step.thenVersion() + ")";
        return edits.save(new AssetEdit(step.asset().id(), step.asset().version(), step.changes(), VersionOrigin.ROLLBACK,
                summary), actor);
    }

    /** What a run did: how many assets were reverted, and each one that was not, with why. */
    public record Report(int reverted, List<String> notReverted, boolean cancelled) {
        public Report {
            notReverted = List.copyOf(notReverted);
        }

        /** "Reverted 12 assets; 1 not reverted." */
        public String describe() {
            return "Reverted " + reverted + (reverted == 1 ? " asset" : " assets") + (cancelled ? " before it was cancelled" : "")
                    + (notReverted.isEmpty() ? "." : "; " + notReverted.size() + " not: " + String.join("; ", notReverted) + ".");
        }
    }

    /**
     * Carries out every step of {@code plan}, one ROLLBACK version each; a clash or a refusal is reported, not fatal.
     * Cancelling stops between assets: each is reverted whole or not at all.
     */
    public Report run(RevertPlan plan, String actor, io.reelbase.core.Progress progress) {
        int done = 0;
        int reverted = 0;
        List<String> not = new java.util.ArrayList<>();
        for (RevertPlan.Step s : plan.steps()) {
            String name = "\u201c" + s.asset().title() + "\u201d (" + s.asset().id() + ")";
            try {
                EditOutcome out = apply(plan, s, actor);
                if (out instanceof EditOutcome.Conflict c) {
                    not.add(name + ": changed at the same moment in " + c.merge().clashes().stream().map(x -> x.describe()).toList());
                } else {
                    reverted++;
                }
            } catch (IllegalArgumentException | IllegalStateException e) {
                not.add(name + ": " + e.getMessage());
            }
            int total = plan.steps().size();
            progress.update(++done / (double) total, done + " of " + total);
            if (progress.isCancelled()) {
                return new Report(reverted, not, done < total);
            }
        }
        return new Report(reverted, not, false);
    }
}
