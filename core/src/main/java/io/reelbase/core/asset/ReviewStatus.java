package io.reelbase.core.asset;

import java.util.EnumSet;
import java.util.Set;

/** The editorial review state of an asset: DRAFT, then PENDING_REVIEW, then APPROVED or REJECTED. */
public enum ReviewStatus {
    DRAFT, PENDING_REVIEW, APPROVED, REJECTED;

    /** The states a reviewer may move an asset to from this one. */
    public Set<ReviewStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(PENDING_REVIEW);
            case PENDING_REVIEW -> EnumSet.of(APPROVED, REJECTED, DRAFT);
            case APPROVED -> EnumSet.of(DRAFT);
            case REJECTED -> EnumSet.of(DRAFT, PENDING_REVIEW);
        };
    }

    public boolean canMoveTo(ReviewStatus target) {
        return target == this || next().contains(target);
    }
}
