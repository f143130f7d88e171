package io.reelbase.core.edit;

import io.reelbase.core.asset.Asset;

/** What became of an edit: saved as a new version, or stale because someone saved first (nothing written). */
public sealed interface EditOutcome {

    /** The asset as it is now: the new version, or the newer one that made the edit stale. */
    Asset asset();

    record Saved(Asset asset) implements EditOutcome {
    }

    /** {@code asset} is the current version ("theirs"); the edit was based on {@code baseVersion}. */
    record Stale(Asset asset, long baseVersion) implements EditOutcome {
    }

    default boolean saved() {
        return this instanceof Saved;
    }
}
