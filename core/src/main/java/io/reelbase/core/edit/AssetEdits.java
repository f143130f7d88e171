package io.reelbase.core.edit;

import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetCatalogue;
import io.reelbase.core.asset.AssetChanges;
import io.reelbase.core.asset.AssetHistory;
import io.reelbase.core.asset.AssetNotFoundException;
import io.reelbase.core.asset.AssetSnapshot;
import io.reelbase.core.asset.AssetWrites;
import io.reelbase.core.asset.StaleAssetException;
import io.reelbase.core.asset.VersionOrigin;
import java.util.UUID;

/**
 * The one way people's edits reach an asset: the editor, batch edits and undo (and, later, merges and sync).
 * Each edit names the version it started from; it is checked against the rules (review transitions), saved
 * as one new version with its origin, author, base version and a summary of what changed, or reported stale
 * with the current version, with nothing written.
 */
public final class AssetEdits {
    private final AssetCatalogue catalogue;
    private final AssetHistory history;
    private final AssetWrites writes;

    public AssetEdits(AssetCatalogue catalogue, AssetHistory history, AssetWrites writes) {
        this.catalogue = catalogue;
        this.history = history;
        this.writes = writes;
    }

    /**
     * Saves {@code edit} if the asset is still at its base version. Throws {@link IllegalArgumentException}
     * for an edit the rules refuse (a review state that cannot follow the current one, a blank title).
     */
    public EditOutcome save(AssetEdit edit, String actor) {
        Asset current = current(edit.assetId());
        if (current.version() != edit.baseVersion()) {
            return new EditOutcome.Stale(current, edit.baseVersion());
        }
        AssetChanges c = edit.changes();
        ReviewRules.check(current.reviewStatus(), c.reviewStatus());
        String summary = edit.summary() != null ? edit.summary() : ChangeSummary.of(AssetSnapshot.of(current), c);
        try {
            return new EditOutcome.Saved(writes.update(edit.assetId(), edit.baseVersion(), c, edit.origin(), summary, actor));
        } catch (StaleAssetException raced) {
            return new EditOutcome.Stale(current(edit.assetId()), edit.baseVersion());
        }
    }

    /**
     * Undoes the newest edit of an asset still at {@code baseVersion}, as a new ROLLBACK version. Throws
     * {@link IllegalStateException} when the asset has no edit to undo.
     */
    public EditOutcome undoLastEdit(UUID assetId, long baseVersion, String actor) {
        Asset current = current(assetId);
        if (current.version() != baseVersion) {
            return new EditOutcome.Stale(current, baseVersion);
        }
        UndoPlan plan = UndoPlan.from(history.versions(assetId));
        return save(new AssetEdit(assetId, baseVersion, plan.changes(), VersionOrigin.ROLLBACK, plan.summary()), actor);
    }

    private Asset current(UUID id) {
        return catalogue.find(id).orElseThrow(() -> new AssetNotFoundException(id));
    }
}
