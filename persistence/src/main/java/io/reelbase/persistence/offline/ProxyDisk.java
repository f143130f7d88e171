package io.reelbase.persistence.offline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The disk proxies are copied to: this computer's, or in a test one that fills up as a real one does. */
public interface ProxyDisk {
    /** The operating system's words for a full disk (Linux, macOS), as {@link IOException#getMessage} carries them. */
    String NO_SPACE = "No space left on device";

    void copy(Path from, Path to) throws IOException;

    /** Bytes that may still be written under {@code dir}. */
    long usable(Path dir) throws IOException;

    ProxyDisk LOCAL = new ProxyDisk() {
        @Override
        public void copy(Path from, Path to) throws IOException {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        }

        @Override
        public long usable(Path dir) throws IOException {
            return Files.getFileStore(dir).getUsableSpace();
        }
    };

    /** True when {@code e} says the disk (or the person's quota on it) is full. */
    static boolean isFull(IOException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains(NO_SPACE) || m.contains("Disk quota exceeded") || m.contains("There is not enough space on the disk");
    }
}
