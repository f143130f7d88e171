package io.reelbase.core.audit;

/** The outcome of an audited action. */
public enum ActionStatus {
    SUCCESS, FAILED, IN_PROGRESS, INITIATED
}
