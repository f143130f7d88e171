package io.reelbase.core.asset;

/** Where an asset is in its life: ingest and processing, then archive and delete. */
public enum AssetStatus {
    STAGED, QUEUED, PROCESSING, PROCESSED, FAILED, ARCHIVED, DELETED
}
