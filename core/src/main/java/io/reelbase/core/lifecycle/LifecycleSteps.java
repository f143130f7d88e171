package io.reelbase.core.lifecycle;

import io.reelbase.core.asset.StorageTier;
import io.reelbase.core.storage.StorageRoot;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The catalogue's side of running a plan: each step of an item is recorded as it is reached (in the same transaction
 * as what it changes), so a run started again knows where every item stopped.
 */
public interface LifecycleSteps {
    /** A copy of an asset's file: where, how big, whether it is the primary, and the root it lies in (null: none). */
    record Copy(UUID locationId, Path path, long size, boolean primary, UUID rootId, String purpose) {
        public boolean managed() {
            return rootId != null;
        }
    }

    /** An asset's checksum (from ingest) and the copies of its original still recorded, primary first. */
    record Original(UUID assetId, String title, String sha256, long size, List<Copy> copies) {
    }

    Optional<Original> original(UUID asset);

    /** The new copy is written whole at {@code target} (checksum checked before it got its name). */
    void copied(long item, Path target);

    /** The new copy's checksum was checked again where it lies; it becomes a location of the root (not yet the primary). */
    void verified(long item, UUID asset, StorageRoot root, Path target, long size, String sha256);

    /**
     * The copy at {@code target} becomes the primary and the asset's tier {@code tier}; every other copy of the
     * original inside a managed root is marked for removal. Legal hold refuses this in the database.
     */
    void switched(long item, UUID asset, Path target, StorageTier tier);

    /** Copies of the asset's files (originals, proxies) marked for removal, or with {@code all}, every one inside a root. */
    List<Copy> toRemove(UUID asset, boolean all);

    /** A copy's file is gone from its root. */
    void removed(UUID location);

    /** The item is done: its audit record (LIFECYCLE_MOVE, _ARCHIVE, _DELETE) and its state in one transaction. */
    void finish(PlanItem item, long bytesFreed, String message, String actor);

    /** The asset row goes (with its derivatives and versions; the audit trail keeps the record); the item is done. */
    void purge(PlanItem item, long bytesFreed, String actor);

    void failed(PlanItem item, String message);
}
