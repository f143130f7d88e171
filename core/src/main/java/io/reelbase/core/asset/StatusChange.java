package io.reelbase.core.asset;

import io.reelbase.core.ReelbaseException;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Moves an asset to a status as one new version based on its newest one: status is not a person's field, so if
 * someone saves the asset meanwhile the move is simply tried again on their version (a few times). The database
 * checks the role.
 */
public final class StatusChange {
    private StatusChange() {
    }

    /** To {@code status}; an asset already there is left as it is. */
    public static Asset to(AssetCatalogue catalogue, AssetWrites writes, UUID id, AssetStatus status, String actor) {
        return when(catalogue, writes, id, now -> now != status, status, actor);
    }

    /**
     * To {@code status} only while its newest status passes {@code from}, read again after every clash: a move made
     * meanwhile by someone else (a worker that took the asset's job, say) is newer and stays. Returns the asset as it
     * is when it does not pass.
     */
    public static Asset when(AssetCatalogue catalogue, AssetWrites writes, UUID id, Predicate<AssetStatus> from,
                             AssetStatus status, String actor) {
        for (int attempt = 1; ; attempt++) {
            Asset a = catalogue.find(id).orElseThrow(() -> new ReelbaseException("The asset " + id + " is no longer in the catalogue"
                    + " (a purged asset cannot be brought back).", "'reelbase search --status DELETED' lists the deleted assets still restorable."));
            if (!from.test(a.status())) {
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
