package io.reelbase.core.lifecycle;

import io.reelbase.core.ReelbaseException;
import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetCatalogue;
import io.reelbase.core.asset.AssetStatus;
import io.reelbase.core.asset.AssetWrites;
import io.reelbase.core.asset.StaleAssetException;
import java.util.UUID;

/**
 * Moves an asset to a status as one new version based on its newest one: status is not a person's field, so if
 * someone saves the asset meanwhile the move is simply tried again on their version (a few times). An asset already
 * there is left as it is. The database checks the role.
 */
final class StatusChange {
    private StatusChange() {
    }

    static Asset to(AssetCatalogue catalogue, AssetWrites writes, UUID id, AssetStatus status, String actor) {
        for (int attempt = 1; ; attempt++) {
            Asset a = catalogue.find(id).orElseThrow(() -> new ReelbaseException("The asset " + id + " is no longer in the catalogue"
                    + " (a purged asset cannot be brought back).", "'reelbase search --status DELETED' lists the deleted assets still restorable."));
            if (a.status() == status) {
                return a;
            }
            try {
                return writes.changeStatus(id, a.version(), status, actor);
            } catch (StaleAssetException raced) {
                if (attempt >= 5) {
                    throw raced;
                }
            }
        }
    }
}
