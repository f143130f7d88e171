package io.reelbase.core.storage;

import io.reelbase.core.Progress;
import io.reelbase.core.media.ContentHasher;
import io.reelbase.core.media.MediaException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code storage verify}: re-hashes every copy the catalogue records in a root. A file that is gone is MISSING,
 * one whose bytes no longer give its checksum is CHANGED; each is recorded on its location and listed. The root is
 * marked verified when every copy was looked at.
 */
public final class StorageCheck {
    /** What a root's check found. */
    public record Report(StorageRoot root, int checked, List<StorageRoots.Copy> missing, List<StorageRoots.Copy> changed) {
        public boolean allWell() {
            return missing.isEmpty() && changed.isEmpty();
        }
    }

    private final StorageRoots roots;
    private final ContentHasher hasher;

    public StorageCheck(StorageRoots roots, ContentHasher hasher) {
        this.roots = roots;
        this.hasher = hasher;
    }

    public Report verify(StorageRoot root, Progress progress) {
        List<StorageRoots.Copy> copies = roots.copies(root.id());
        List<StorageRoots.Copy> missing = new ArrayList<>();
        List<StorageRoots.Copy> changed = new ArrayList<>();
        int done = 0;
        for (StorageRoots.Copy c : copies) {
            if (progress.isCancelled()) {
                return new Report(root, done, missing, changed);
            }
            progress.update((double) done / Math.max(1, copies.size()), c.path().toString());
            StorageRoots.State state;
            if (!Files.isRegularFile(c.path())) {
                state = StorageRoots.State.MISSING;
                missing.add(c);
            } else {
                String now;
                try {
                    now = hasher.sha256(c.path(), Progress.NONE);
                } catch (MediaException e) {
                    now = null;
                }
                state = c.checksum() != null && c.checksum().equals(now) ? StorageRoots.State.AVAILABLE : StorageRoots.State.CHANGED;
                if (state == StorageRoots.State.CHANGED) {
                    changed.add(c);
                }
            }
            roots.checked(c.locationId(), state);
            done++;
        }
        roots.verified(root.id());
        return new Report(root, done, missing, changed);
    }
}
