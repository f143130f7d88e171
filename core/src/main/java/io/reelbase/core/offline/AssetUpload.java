package io.reelbase.core.offline;

import io.reelbase.core.asset.Asset;
import java.util.UUID;

/**
 * Creates an asset made on this computer on the working set's server, with the same id: its row, metadata, tags,
 * technical metadata, derivatives and versions, in one transaction on the server (all of it or nothing).
 */
public interface AssetUpload {

    /**
     * What the server now holds ({@code server}), the local version it was copied from, and what the person should
     * know of the original file ("original not uploaded: it stays on this computer at …"), or null.
     */
    record Created(Asset server, long localVersion, String note) {
    }

    Created create(UUID assetId, String actor);
}
