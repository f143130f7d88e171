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

    /** What is wrong with the root's folder right now ("missing", "not a folder", "read-only"), or null when it is usable. */
    public String problem() {
        return problem(path);
    }

    /** What is wrong with {@code dir} as a storage root's folder right now, or null when it is usable. */
    public static String problem(Path dir) {
        if (!java.nio.file.Files.exists(dir)) {
            return "missing";
        }
        if (!java.nio.file.Files.isDirectory(dir)) {
            return "not a folder";
        }
        return java.nio.file.Files.isWritable(dir) ? null : "read-only";
    }

    /** True when {@code file} lies inside this root (the only files Reelbase may ever delete). */
    public boolean holds(Path file) {
        return file.toAbsolutePath().normalize().startsWith(path.toAbsolutePath().normalize());
    }
}
