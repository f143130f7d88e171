package io.reelbase.core.edit;

import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetCatalogue;
import io.reelbase.core.asset.AssetChanges;
import io.reelbase.core.asset.AssetHistory;
import io.reelbase.core.asset.AssetNotFoundException;
import io.reelbase.core.asset.AssetSnapshot;
import io.reelbase.core.asset.AssetVersion;
import io.reelbase.core.asset.AssetWrites;
import io.reelbase.core.asset.StaleAssetException;
import io.reelbase.core.asset.VersionOrigin;
import io.reelbase.core.asset.VersionStamp;
import io.reelbase.core.merge.AssetMerge;
import io.reelbase.core.merge.MergeResult;
import java.util.Optional;
import java.util.UUID;

/**
 * The one way edits of editable metadata reach an asset: the editor, batch edits, undo, restore, revert, resolved
 * conflicts and the offline sync. Each edit
 * names the version it started from. Still current: checked against the rules (review transitions) and
 * saved as one new version with its origin, author, base version and a summary of what changed. Someone
 * else saved meanwhile: the edit is merged with theirs ({@link AssetMerge}) and saved as a MERGE version,
 * or, where both changed the same fields, reported as a conflict with nothing written. Never overwrites.
 */
public final class AssetEdits {
    private static final int RACES = 50;

    private final AssetCatalogue catalogue;
    private final AssetHistory history;
    private final AssetWrites writes;
    private final AssetTurns turns = new AssetTurns();

    public AssetEdits(AssetCatalogue catalogue, AssetHistory history, AssetWrites writes) {
        this.catalogue = catalogue;
        this.history = history;
        this.writes = writes;
    }

    /**
     * Saves {@code edit}. Throws {@link IllegalArgumentException} for an edit the rules refuse (a review state
     * that cannot follow the current one, a blank title).
     */
    public EditOutcome save(AssetEdit edit, String actor) {
        return inTurn(edit.assetId(), current -> current.version() == edit.baseVersion() ? saveOnCurrent(edit, current, actor)
                : merge(edit, current, actor));
    }

    /**
     * Runs {@code step} on the current version of the asset, in this process's turn for it; when another process
     * saved between the read and the write, reads again and runs it again (a merge with the newer version),
     * after a short random pause.
     */
    private EditOutcome inTurn(UUID assetId, java.util.function.Function<Asset, EditOutcome> step) {
        return turns.inTurn(assetId, () -> {
            for (int attempt = 1; ; attempt++) {
                try {
                    return step.apply(current(assetId));
                } catch (StaleAssetException raced) {
                    if (attempt >= RACES) {
                        throw raced;
                    }
                    backOff(attempt);
                }
            }
        });
    }

    private EditOutcome saveOnCurrent(AssetEdit edit, Asset current, String actor) {
        AssetChanges c = AssetSnapshot.of(current).changesTo(AssetSnapshot.of(current).with(edit.changes()));
        String summary = edit.summary() != null ? edit.summary() : ChangeSummary.of(AssetSnapshot.of(current), c);
        return write(current, c, new VersionStamp(edit.origin(), summary, false, edit.syncMark()), actor)
                .map(a -> (EditOutcome) new EditOutcome.Saved(a)).orElse(new EditOutcome.Saved(current));
    }

    /**
     * Writes {@code c} (only what really differs from {@code current}) as one new version, after the rules;
     * empty when there is nothing to write, so an edit that changes nothing makes no version.
     */
    private Optional<Asset> write(Asset current, AssetChanges c, VersionStamp stamp, String actor) {
        if (c.isEmpty()) {
            return Optional.empty();
        }
        ReviewRules.check(current.reviewStatus(), c.reviewStatus(), stamp.origin());
        return Optional.of(writes.update(current.id(), current.version(), c, stamp, actor));
    }

    private EditOutcome merge(AssetEdit edit, Asset current, String actor) {
        AssetSnapshot base = snapshot(current, edit.baseVersion());
        return mergeOnto(current, edit.baseVersion(), base, base.with(edit.changes()), false, edit.syncMark(), actor);
    }

    /**
     * {@code mine} (made from version {@code baseVersion}, {@code base}) merged with {@code current}: saved as a
     * MERGE version (marked resolved when {@code resolved}), or a conflict with nothing written.
     */
    private EditOutcome mergeOnto(Asset current, long baseVersion, AssetSnapshot base, AssetSnapshot mine,
                                  boolean resolved, String syncMark, String actor) {
        AssetSnapshot theirs = AssetSnapshot.of(current);
        MergeResult result = AssetMerge.merge(base, mine, theirs);
        String author = authorOf(current);
        if (!result.clean()) {
            return new EditOutcome.Conflict(current, baseVersion, base, mine, result, author);
        }
        AssetChanges onTheirs = theirs.changesTo(result.merged());
        String kept = ChangeSummary.of(base, base.changesTo(theirs));
        String summary = (resolved ? "Resolved a conflict with" : "Merged with") + " version " + current.version() + " by " + author
                + ": " + ChangeSummary.of(theirs, onTheirs) + (current.version() == baseVersion ? "" : " (kept theirs: " + kept + ")");
        // Nothing left to write: they saved what this edit would have (or the answer was theirs everywhere).
        return write(current, onTheirs, new VersionStamp(VersionOrigin.MERGE, summary, resolved, syncMark), actor)
                .map(saved -> (EditOutcome) new EditOutcome.Merged(saved, baseVersion, current.version(), author, kept))
                .orElse(new EditOutcome.Saved(current));
    }

    /**
     * Saves what a person made of a conflict: {@code resolved} is the whole record they chose, against the other
     * side's version {@code theirsVersion} (the one the conflict screen showed). Still current: saved as a MERGE
     * version marked conflict-resolved. Changed again meanwhile: their answer is merged with the newer version
     * like any edit (never overwriting it), or is a new conflict with nothing written. An answer equal to theirs
     * writes nothing.
     */
    public EditOutcome resolve(UUID assetId, long theirsVersion, AssetSnapshot resolved, String actor) {
        return resolve(assetId, theirsVersion, resolved, null, actor);
    }

    /** {@link #resolve(UUID, long, AssetSnapshot, String)} with the offline sync's mark on the version it writes. */
    public EditOutcome resolve(UUID assetId, long theirsVersion, AssetSnapshot resolved, String syncMark, String actor) {
        // The answer is an edit of the version the screen showed as theirs: merged with whatever is current now.
        return inTurn(assetId, current -> mergeOnto(current, theirsVersion, snapshot(current, theirsVersion), resolved, true,
                syncMark, actor));
    }

    private AssetSnapshot snapshot(Asset current, long version) {
        return history.version(current.id(), version).orElseThrow(() -> new IllegalStateException(
                "Version " + version + " of \u201c" + current.title() + "\u201d is not in its history.")).snapshot();
    }

    private String authorOf(Asset current) {
        return history.version(current.id(), current.version()).map(AssetVersion::createdByName).orElse("someone");
    }

    /**
     * Undoes the newest edit of an asset still at {@code baseVersion}, as a new ROLLBACK version; an asset
     * someone changed meanwhile is a conflict (undo works on the version the person saw). Throws
     * {@link IllegalStateException} when the asset has no edit to undo.
     */
    public EditOutcome undoLastEdit(UUID assetId, long baseVersion, String actor) {
        Asset current = current(assetId);
        if (current.version() != baseVersion) {
            AssetSnapshot now = AssetSnapshot.of(current);
            return new EditOutcome.Conflict(current, baseVersion, now, now, new MergeResult(now, java.util.List.of()),
                    authorOf(current));
        }
        UndoPlan plan = UndoPlan.from(history.versions(assetId));
        return save(new AssetEdit(assetId, baseVersion, plan.changes(), VersionOrigin.ROLLBACK, plan.summary()), actor);
    }

    /** A short random pause after losing a race, longer each time, so that many writers take turns. */
    private static void backOff(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 2L + Math.min(attempt, 10) * 3L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Saving was interrupted.", e);
        }
    }

    /**
     * Brings back version {@code version} (or only its {@code field}) as a new ROLLBACK version of the current
     * one; history is never rewritten. Throws {@link IllegalArgumentException} for an unknown version or field,
     * or a review state the rules do not allow from the current one.
     */
    public EditOutcome restore(UUID assetId, long version, Optional<String> field, String actor) {
        Asset current = current(assetId);
        AssetVersion then = history.version(assetId, version).orElseThrow(() -> new IllegalArgumentException(
                "\u201c" + current.title() + "\u201d has versions 1 to " + current.version() + "; there is no version " + version + "."));
        AssetChanges changes = RestorePlan.changes(AssetSnapshot.of(current), then.snapshot(), field);
        String summary = "Restored " + field.map(f -> f + " of ").orElse("") + "version " + version;
        return save(new AssetEdit(assetId, current.version(), changes, VersionOrigin.ROLLBACK, summary), actor);
    }

    private Asset current(UUID id) {
        return catalogue.find(id).orElseThrow(() -> new AssetNotFoundException(id));
    }
}
