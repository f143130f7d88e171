package io.reelbase.core.job;

/** Where a processing job is. */
public enum JobStatus {
    QUEUED, PROCESSING, COMPLETED, FAILED, RETRYING, CANCELLED
}
