package io.reelbase.core.asset;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The saved versions of each asset. */
public interface AssetHistory {

    /** Oldest first. */
    List<AssetVersion> versions(UUID id);

    Optional<AssetVersion> version(UUID id, long version);

    /**
     * For each of {@code ids}, the version it was at at the moment {@code at} (the newest saved no later than
     * that); an asset that did not exist yet at that moment is not in the answer.
     */
    java.util.Map<UUID, AssetVersion> versionsAt(java.util.Collection<UUID> ids, java.time.Instant at);

    /**
     * The versions of {@code ids} whose sync mark starts with {@code markPrefix} (the offline sync's record of what
     * it wrote), in one query; oldest first.
     */
    List<AssetVersion> syncMarked(java.util.Collection<UUID> ids, String markPrefix);
}
