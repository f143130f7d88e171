package io.reelbase.core.lifecycle;

/**
 * How far a plan item got. A move goes PLANNED → COPIED (the new copy written whole) → VERIFIED (its checksum checked
 * and recorded) → SWITCHED (the new copy is the primary) → DONE (old managed copies removed); the other actions go
 * straight to DONE. A run started again carries on from the state each item reached.
 */
public enum ItemState {
    PLANNED, COPIED, VERIFIED, SWITCHED, DONE, FAILED, SKIPPED
}
