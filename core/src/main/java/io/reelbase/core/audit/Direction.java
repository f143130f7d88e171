package io.reelbase.core.audit;

/** Which way data moved in an audited action. */
public enum Direction {
    INBOUND, OUTBOUND, INTERNAL
}
