package io.reelbase.core.asset;

/** What wrote an asset version. */
public enum VersionOrigin {
    CREATE, EDIT, BATCH_EDIT, JOB, ROLLBACK, MERGE, SYNC, IMPORT
}
