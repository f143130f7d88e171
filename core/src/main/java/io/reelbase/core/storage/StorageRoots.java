package io.reelbase.core.storage;

import io.reelbase.core.asset.StorageTier;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The catalogue's storage roots and the copies of originals they hold. */
public interface StorageRoots {
    /** One copy of an original in a root: where it is and the checksum it was written with. */
    record Copy(UUID locationId, UUID assetId, Path path, String checksum, long sizeBytes) {
    }

    /** Files and bytes the catalogue has recorded in a root. */
    record Usage(long files, long bytes) {
    }

    /** What a check found a copy to be. */
    enum State { AVAILABLE, MISSING, CHANGED }

    StorageRoot add(String name, Path path, StorageTier tier, Long capacityBytes);

    /**
     * Records the copies the catalogue already has inside the root's folder as in the root (so they are verified,
     * and may later be moved or deleted by lifecycle rules); returns how many.
     */
    int adopt(StorageRoot root);

    List<StorageRoot> all();

    /** Records a checked copy of an asset's original in a root (a location of its own, with the root's tier). */
    void recordCopy(StorageRoot root, UUID assetId, Path path, long sizeBytes, String sha256);

    Optional<StorageRoot> named(String name);

    Usage usage(UUID rootId);

    List<Copy> copies(UUID rootId);

    /** Records what a check found a copy to be (and, when available, that it was verified now). */
    void checked(UUID locationId, State state);

    void verified(UUID rootId);

    /** The root every worker writes proxies into, if one is chosen. */
    Optional<StorageRoot> proxyRoot();

    /** Makes {@code root} the one where proxies are written (the previous one, if any, no longer is). */
    void holdProxies(StorageRoot root);
}
