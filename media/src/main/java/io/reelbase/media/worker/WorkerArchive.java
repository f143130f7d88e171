package io.reelbase.media.worker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;

/**
 * A class data archive for the media worker's JVM, as the launcher keeps one for the window and each command
 * (decision 0009): the launcher names it in {@code -Dreelbase.worker.cds=FILE}. While it is missing, a worker
 * writes its loaded classes to a file of its own when it ends, and the first worker that ends well puts that
 * file in place (a rename, so a worker never starts from a half-written archive); later workers map it and
 * start in about half the time.
 */
final class WorkerArchive {
    private final Path archive;
    private final Path writing;

    private WorkerArchive(Path archive, Path writing) {
        this.archive = archive;
        this.writing = writing;
    }

    /** The archive the launcher named, or none (started some other way, or archives switched off). */
    static WorkerArchive fromSystemProperty() {
        String name = System.getProperty("reelbase.worker.cds");
        if (name == null || name.isBlank()) {
            return new WorkerArchive(null, null);
        }
        Path archive = Path.of(name);
        return Files.isRegularFile(archive) ? new WorkerArchive(archive, null)
                : new WorkerArchive(archive, archive.resolveSibling(archive.getFileName() + "." + UUID.randomUUID() + ".tmp"));
    }

    /** The JVM options that map the archive, or write one at exit. */
    List<String> jvmOptions() {
        if (archive == null) {
            return List.of();
        }
        if (writing == null) {
            return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        }
        return List.of("-XX:ArchiveClassesAtExit=" + writing, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    /** Whether the worker writes an archive as it ends (it then takes a moment longer to end). */
    boolean writesAtExit() {
        return writing != null;
    }

    /** After the worker ended: the archive it wrote put in place if it ended well, else thrown away. */
    void settle(boolean endedWell) {
        if (writing == null) {
            return;
        }
        try {
            if (endedWell && Files.size(writing) > 0 && !Files.exists(archive)) {
                Files.move(writing, archive, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(writing);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(writing);
            } catch (IOException ignored) {
                // a stray temporary file in the cache; the next start tries again
            }
        }
    }
}
