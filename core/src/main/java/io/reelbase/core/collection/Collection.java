package io.reelbase.core.collection;

import java.time.Instant;
import java.util.UUID;

/** A person's named set of assets; also what an archivist takes offline. */
public record Collection(UUID id, String name, String description, UUID ownerId, boolean offline,
                         long assetCount, Instant createdAt, Instant updatedAt) {
    public Collection {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A collection needs a name.");
        }
        name = name.strip();
    }
}
