package io.reelbase.core.collection;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Collections and their members. */
public interface CollectionRepository {
    List<Collection> all();

    Optional<Collection> find(UUID id);

    /** A new, empty collection. Names are unique regardless of case. */
    Collection create(String name, String description, UUID ownerId);

    Collection rename(UUID id, String newName);

    void delete(UUID id);

    /** Adds the assets not already in it, after the existing ones; returns how many were added. */
    int add(UUID collectionId, List<UUID> assetIds, UUID addedBy);

    int remove(UUID collectionId, List<UUID> assetIds);

    /** Member asset ids in their order. */
    List<UUID> assetIds(UUID collectionId);
}
