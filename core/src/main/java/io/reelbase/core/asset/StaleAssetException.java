package io.reelbase.core.asset;

import io.reelbase.core.ReelbaseException;
import java.util.UUID;

/**
 * A save was based on a version that is no longer current: someone else saved first.
 * Nothing was written; the caller merges against {@link #currentVersion()} or asks the person.
 */
public class StaleAssetException extends ReelbaseException {
    private static final long serialVersionUID = 1L;
    private final UUID assetId;
    private final long expectedVersion;
    private final long currentVersion;

    public StaleAssetException(UUID assetId, String title, long expectedVersion, long currentVersion) {
        super("\"" + title + "\" was changed by someone else (now version " + currentVersion
                        + ", your edit started from version " + expectedVersion + "). Your change was not saved.",
                "Reload the asset to see the other change, then make your edit again.");
        this.assetId = assetId;
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    public UUID assetId() {
        return assetId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
