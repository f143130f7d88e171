package io.reelbase.core.storage;

import io.reelbase.core.Progress;
import io.reelbase.core.ReelbaseException;
import io.reelbase.core.media.ContentHasher;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Copies an original into a storage root safely: written as a part file, flushed to the disk, its checksum checked
 * against the original's, then moved into place and only then recorded. A copy that is already there with the right
 * bytes is kept. Where it goes: {@code ROOT/yyyy/mm/<asset id>/<file name>}.
 */
public final class ManagedCopy {
    private final StorageRoots roots;
    private final ContentHasher hasher;

    public ManagedCopy(StorageRoots roots, ContentHasher hasher) {
        this.roots = roots;
        this.hasher = hasher;
    }

    /** Where the asset's original goes in the root. */
    public static Path target(StorageRoot root, UUID assetId, Path original) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return root.path().resolve(String.format("%04d/%02d", today.getYear(), today.getMonthValue())).resolve(assetId.toString())
                .resolve(original.getFileName().toString());
    }

    /** Copies, checks and records; returns the copy. Throws with what went wrong, leaving no part file behind. */
    public Path copy(StorageRoot root, UUID assetId, Path original, long size, String sha256) {
        Path target = target(root, assetId, original);
        try {
            if (!(Files.isRegularFile(target) && sha256.equals(hasher.sha256(target, Progress.NONE)))) {
                write(original, target, sha256);
            }
        } catch (IOException e) {
            throw new ReelbaseException("Could not copy " + original.getFileName() + " into the storage root \u201c" + root.name() + "\u201d: "
                    + e.getMessage(), "The original is untouched where it was. Free some space or fix the root's folder, then ingest it again.", e);
        }
        roots.recordCopy(root, assetId, target, size, sha256);
        return target;
    }

    /**
     * Writes {@code original} to {@code target} whole: a part file, flushed to the disk, its checksum compared with
     * {@code sha256}, then renamed into place. A failure leaves no part file and nothing at {@code target}.
     */
    public void write(Path original, Path target, String sha256) throws IOException {
        Files.createDirectories(target.getParent());
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            // Channel to channel: the kernel copies (copy_file_range or sendfile), no bytes pass through Java.
            try (FileChannel in = FileChannel.open(original, StandardOpenOption.READ);
                 FileChannel ch = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                long size = in.size();
                for (long done = 0; done < size; ) {
                    long n = in.transferTo(done, size - done, ch);
                    if (n <= 0 && in.size() <= done) {
                        break;
                    }
                    done += n;
                }
                ch.force(true);
            }
            String written = hasher.sha256(part, Progress.NONE);
            if (!sha256.equals(written)) {
                throw new IOException("the copy's bytes differ from the original's (checksum " + written.substring(0, 12) + "\u2026, not "
                        + sha256.substring(0, 12) + "\u2026)");
            }
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
