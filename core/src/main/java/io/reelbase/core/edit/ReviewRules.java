package io.reelbase.core.edit;

import io.reelbase.core.asset.ReviewStatus;
import io.reelbase.core.asset.VersionOrigin;

/** Which review state may follow which: the check every edit passes before it is saved. */
public final class ReviewRules {
    private ReviewRules() {
    }

    /**
     * Throws {@link IllegalArgumentException} if an asset in {@code from} may not move to {@code to} (null: no move).
     * A SYNC version is not checked: it carries moves already checked where they were made.
     */
    public static void check(ReviewStatus from, ReviewStatus to, VersionOrigin origin) {
        if (to != null && origin != VersionOrigin.SYNC && !from.canMoveTo(to)) {
            throw new IllegalArgumentException("An asset in review state " + from + " cannot move to " + to
                    + "; allowed: " + from.next() + ".");
        }
    }
}
