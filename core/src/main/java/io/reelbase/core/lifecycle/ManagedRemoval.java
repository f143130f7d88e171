package io.reelbase.core.lifecycle;

import io.reelbase.core.storage.StorageRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The one place a lifecycle run deletes files: a copy is removed only when it lies inside the storage root its
 * location names. The file goes first, then its location is marked removed, so a run stopped in between finds a
 * location still to remove (whose file is already gone) and finishes it.
 */
final class ManagedRemoval {
    private ManagedRemoval() {
    }

    /** Removes those of {@code copies} inside their root, except {@code keep} (may be null); returns the bytes freed. */
    static long remove(LifecycleSteps steps, List<StorageRoot> roots, List<LifecycleSteps.Copy> copies, Path keep) throws IOException {
        long freed = 0;
        for (LifecycleSteps.Copy c : copies) {
            if (c.path().equals(keep) || roots.stream().noneMatch(r -> r.id().equals(c.rootId()) && r.holds(c.path()))) {
                continue;
            }
            Files.deleteIfExists(c.path());
            steps.removed(c.locationId());
            freed += c.size();
        }
        return freed;
    }
}
