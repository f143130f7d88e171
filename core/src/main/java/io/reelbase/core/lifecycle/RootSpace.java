package io.reelbase.core.lifecycle;

import io.reelbase.core.Bytes;
import io.reelbase.core.storage.StorageRoot;
import java.io.IOException;
import java.nio.file.Files;

/** Whether a storage root can take a file now: its folder there and writable, the disk and the root's capacity with room. */
final class RootSpace {
    private RootSpace() {
    }

    static long free(StorageRoot r) {
        try {
            return Files.getFileStore(r.path()).getUsableSpace();
        } catch (IOException e) {
            return 0;
        }
    }

    /** What stops the root taking {@code size} more bytes (it holds {@code used}), or null. */
    static String problem(StorageRoot r, long size, long used) {
        String wrong = r.problem();
        if (wrong != null) {
            return "is " + wrong + " (" + r.path() + ")";
        }
        long free = free(r);
        if (free < size) {
            return "is full (" + Bytes.human(free) + " free)";
        }
        if (r.capacityBytes() != null && used + size > r.capacityBytes()) {
            return "would pass its capacity (" + Bytes.human(used) + " of " + Bytes.human(r.capacityBytes()) + " used)";
        }
        return null;
    }
}
