package io.reelbase.media.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The media worker's class archive: written by the first worker that ends well, then mapped by the next. (The JVM
 * writes archives only of classes from jars, so the writing itself is seen on the installed app, not in a build.)
 */
class WorkerArchiveTest {
    @TempDir
    Path dir;

    @AfterEach
    void forget() {
        System.clearProperty("reelbase.worker.cds");
    }

    @Test
    void aWorkerWritesToAFileOfItsOwnThatIsPutInPlaceOnlyWhenItEndedWell() throws Exception {
        Path archive = dir.resolve("worker-1.jsa");
        System.setProperty("reelbase.worker.cds", archive.toString());
        WorkerArchive first = WorkerArchive.fromSystemProperty();
        WorkerArchive second = WorkerArchive.fromSystemProperty();
        Path written = writing(first);
        assertThat(written).isNotEqualTo(writing(second)).hasParentRaw(dir);
        Files.write(written, new byte[4096]); // as the JVM would at exit
        Files.write(writing(second), new byte[4096]);
        second.settle(false); // killed, or ended badly: its file is not trusted
        first.settle(true);
        assertThat(archive).isRegularFile();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).as("no temporary file left behind").containsExactly(archive);
        }
        assertThat(WorkerArchive.fromSystemProperty().jvmOptions()).contains("-XX:SharedArchiveFile=" + archive)
                .noneMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit"));
    }

    @Test
    void aWorkerThatWroteNothingLeavesNothing() {
        System.setProperty("reelbase.worker.cds", dir.resolve("worker-2.jsa").toString());
        WorkerArchive archive = WorkerArchive.fromSystemProperty();
        archive.settle(true); // the JVM could not write one (classes from folders, as in a build)
        assertThat(dir.resolve("worker-2.jsa")).doesNotExist();
    }

    private static Path writing(WorkerArchive archive) {
        String option = archive.jvmOptions().stream().filter(o -> o.startsWith("-XX:ArchiveClassesAtExit=")).findFirst().orElseThrow();
        return Path.of(option.substring(option.indexOf('=') + 1));
    }

    @Test
    void withoutTheLaunchersWordNoArchiveIsWritten() {
        assertThat(WorkerArchive.fromSystemProperty().jvmOptions()).isEmpty();
    }
}
