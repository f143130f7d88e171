package io.reelbase.core.asset;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The saved versions of each asset. */
public interface AssetHistory {

    /** Oldest first. */
    List<AssetVersion> versions(UUID id);

    Optional<AssetVersion> version(UUID id, long version);
}
