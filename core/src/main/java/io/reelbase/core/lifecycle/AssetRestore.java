package io.reelbase.core.lifecycle;

import io.reelbase.core.ReelbaseException;
import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetCatalogue;
import io.reelbase.core.asset.AssetStatus;
import io.reelbase.core.asset.AssetWrites;
import io.reelbase.core.asset.StatusChange;
import java.util.UUID;

/**
 * Brings back an archived or (not yet purged) deleted asset: it is processed again and shows in the library. The
 * database checks the role (restoring a deleted asset is an admin's, an archived one a content manager's).
 */
public final class AssetRestore {
    private final AssetCatalogue catalogue;
    private final AssetWrites writes;

    public AssetRestore(AssetCatalogue catalogue, AssetWrites writes) {
        this.catalogue = catalogue;
        this.writes = writes;
    }

    /** Returns the asset as it is now; one that was neither archived nor deleted is left as it is. */
    public Asset restore(UUID id, String actor) {
        Asset a = catalogue.find(id).orElseThrow(() -> new ReelbaseException("There is no asset " + id
                + " (a purged asset cannot be restored).", "'reelbase search --status DELETED' lists the deleted assets still restorable."));
        if (a.status() != AssetStatus.ARCHIVED && a.status() != AssetStatus.DELETED) {
            return a;
        }
        return StatusChange.to(catalogue, writes, id, AssetStatus.PROCESSED, actor);
    }
}
