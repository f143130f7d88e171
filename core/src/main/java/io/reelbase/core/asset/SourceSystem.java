package io.reelbase.core.asset;

/** Where an asset came from. */
public enum SourceSystem {
    USER_UPLOAD, WATCH_FOLDER, API_SUBMISSION, SYNC, IMPORT
}
