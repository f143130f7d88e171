package io.reelbase.core.storage;

import io.reelbase.core.asset.StorageTier;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A directory or mount Reelbase manages: copies of originals go there, and only there may Reelbase delete a file. */
public record StorageRoot(UUID id, String name, Path path, StorageTier tier, Long capacityBytes, Instant verifiedAt) {
    public StorageRoot {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A storage root needs a name.");
        }
        name = name.strip();
        Objects.requireNonNull(path, "path");
        if (!path.isAbsolute()) {
            throw new IllegalArgumentException("A storage root's folder must be an absolute path, not " + path + ".");
        }
        Objects.requireNonNull(tier, "tier");
        if (capacityBytes != null && capacityBytes <= 0) {
            throw new IllegalArgumentException("A capacity must be more than nothing.");
        }
    }

    /** True when {@code file} lies inside this root (the only files Reelbase may ever delete). */
    public boolean holds(Path file) {
        return file.toAbsolutePath().normalize().startsWith(path.toAbsolutePath().normalize());
    }
}
