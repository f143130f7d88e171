package io.reelbase.core.edit;

import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetSnapshot;
import io.reelbase.core.merge.MergeResult;

/**
 * What became of an edit: saved as a new version; saved after merging with a version someone else saved
 * meanwhile; or not saved because both changed the same fields (nothing written).
 */
public sealed interface EditOutcome {

    /** The asset as it is now: the new version, or the newer one the edit clashed with. */
    Asset asset();

    record Saved(Asset asset) implements EditOutcome {
    }

    /**
     * Saved as a MERGE version: the edit was based on {@code baseVersion}, someone else had saved
     * {@code theirsVersion} (by {@code theirsAuthor}); {@code keptFromTheirs} says what of theirs was kept.
     */
    record Merged(Asset asset, long baseVersion, long theirsVersion, String theirsAuthor, String keptFromTheirs)
            implements EditOutcome {
    }

    /**
     * Not saved: {@code asset} is the current version ("theirs"), {@code base} the version the edit started from
     * ({@code baseVersion}), {@code mine} the edit applied to it; {@code merge} has the clashes and the rest merged;
     * {@code theirsAuthor} saved the current version.
     */
    record Conflict(Asset asset, long baseVersion, AssetSnapshot base, AssetSnapshot mine, MergeResult merge,
                    String theirsAuthor)
            implements EditOutcome {
        /** The other side's record. */
        public AssetSnapshot theirs() {
            return AssetSnapshot.of(asset);
        }
    }

    default boolean saved() {
        return !(this instanceof Conflict);
    }
}
