package io.reelbase.media.hash;

import io.reelbase.core.Progress;
import io.reelbase.core.media.ContentHasher;
import io.reelbase.core.media.MediaException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Streaming SHA-256 in 1 MiB reads into a reused heap array (the JDK's SHA-256 uses the CPU's SHA
 * instructions where it has them, on arrays; a direct buffer would be copied in small pieces first and a
 * fresh one per file costs more than hashing a photo: 2 ms against 6-20 ms for a 2.5 MB JPEG). A file whose size or modification time changes while it is read fails: its
 * hash would describe bytes that no longer exist.
 */
public final class Sha256Hasher implements ContentHasher {
    private static final int CHUNK = 1024 * 1024;
    private static final ThreadLocal<byte[]> BUFFERS = ThreadLocal.withInitial(() -> new byte[CHUNK]);

    @Override
    public String sha256(Path file, Progress progress) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
        try {
            BasicFileAttributes before = Files.readAttributes(file, BasicFileAttributes.class);
            long size = before.size();
            byte[] array = BUFFERS.get();
            ByteBuffer buffer = ByteBuffer.wrap(array);
            long done = 0;
            long chunks = 0;
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                int n;
                while ((n = ch.read(buffer.clear())) >= 0) {
                    if (n == 0) {
                        continue;
                    }
                    digest.update(array, 0, n);
                    done += n;
                    if (progress.isCancelled()) {
                        throw new MediaException(file, "hashing was cancelled.", "");
                    }
                    if (++chunks % 16 == 0) {
                        progress.update(size == 0 ? -1 : Math.min(1.0, done / (double) size), "Hashing " + file.getFileName());
                    }
                }
            }
            BasicFileAttributes after = Files.readAttributes(file, BasicFileAttributes.class);
            if (after.size() != size || done != size || !after.lastModifiedTime().equals(before.lastModifiedTime())) {
                throw new MediaException(file, "the file changed while it was being read (" + size + " bytes before, "
                        + after.size() + " after).", "Wait until the copy or recording has finished, then try again.");
            }
            progress.update(1.0, "Hashed " + file.getFileName());
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchFileException e) {
            throw new MediaException(file, "the file is not there (any more).", "It may have been moved or deleted.", e);
        } catch (IOException e) {
            throw new MediaException(file, "cannot be read (" + e.getMessage() + ").", "Check the disk and the permissions.", e);
        }
    }
}
