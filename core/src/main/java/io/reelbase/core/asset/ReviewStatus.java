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

    /** As people and scripts write it ("approved", "pending review"); throws {@link IllegalArgumentException} naming the choices. */
    public static ReviewStatus parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(java.util.Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\u201c" + text.strip() + "\u201d is not a review status: use one of "
                    + java.util.Arrays.toString(values()) + ".");
        }
    }
}
