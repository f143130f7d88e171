package io.reelbase.core.media;

import io.reelbase.core.Progress;
import java.nio.file.Path;

/** SHA-256 of a file's bytes, the catalogue's identity of content (duplicates share it). */
public interface ContentHasher {
    /**
     * @return 64 lower-case hex digits
     * @throws MediaException if the file cannot be read, changes while it is read, or the work is cancelled
     */
    String sha256(Path file, Progress progress);
}
