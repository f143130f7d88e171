package io.reelbase.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script's class archives: two installations on one computer (a packaged app and a newer copy, or two
 * builds compared) each keep theirs, instead of removing each other's at every start (which made every start of
 * either slow: no archive to map, a new one written at exit).
 */
class LauncherArchivesTest {
    @TempDir
    Path dir;

    @Test
    void twoInstallationsKeepTheirOwnArchives() throws Exception {
        Path java = fakeJava();
        Path first = install("first");
        Path second = install("second");

        Path firstArchive = archiveWritten(run(first, java));
        Files.writeString(firstArchive, "archive"); // as the JVM writes it at exit
        Path secondArchive = archiveWritten(run(second, java));
        Files.writeString(secondArchive, "archive");
        assertThat(secondArchive).isNotEqualTo(firstArchive);

        assertThat(firstArchive).as("the first installation's archive, after the second started").exists();
        assertThat(run(first, java)).contains("-XX:SharedArchiveFile=" + firstArchive);
        assertThat(run(second, java)).contains("-XX:SharedArchiveFile=" + secondArchive);
    }

    @Test
    void anUpdatedInstallationReplacesItsOwnArchive() throws Exception {
        Path java = fakeJava();
        Path app = install("app");
        Path before = archiveWritten(run(app, java));
        Files.writeString(before, "archive");
        Files.writeString(app.resolve("lib/reelbase-app-0.2.jar"), "a newer version"); // the libraries changed
        Path after = archiveWritten(run(app, java));
        assertThat(after).isNotEqualTo(before);
        assertThat(before).as("of no use any more").doesNotExist();
    }

    /** A java that only writes down the options it was started with. */
    private Path fakeJava() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("jdk/bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$ARGS\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return dir.resolve("jdk");
    }

    private Path install(String name) throws Exception {
        Path home = dir.resolve(name);
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("lib"));
        Files.writeString(home.resolve("lib/reelbase-app-0.1.jar"), name);
        Files.copy(Path.of("src/dist/bin/reelbase"), home.resolve("bin/reelbase"));
        return home;
    }

    /** The options the launcher gave Java for {@code reelbase probe photo.jpg} from this installation. */
    private List<String> run(Path home, Path javaHome) throws Exception {
        Path args = Files.createTempFile(dir, "args", ".txt");
        ProcessBuilder pb = new ProcessBuilder("sh", home.resolve("bin/reelbase").toString(), "probe", "photo.jpg");
        pb.environment().put("JAVA_HOME", javaHome.toString());
        pb.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        pb.environment().put("ARGS", args.toString());
        pb.environment().remove("REELBASE_CDS");
        Process p = pb.inheritIO().start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return Files.readAllLines(args);
    }

    private static Path archiveWritten(List<String> javaOptions) {
        String option = javaOptions.stream().filter(o -> o.startsWith("-XX:ArchiveClassesAtExit=")).findFirst()
                .orElseThrow(() -> new AssertionError("no archive is written: " + javaOptions));
        return Path.of(option.substring(option.indexOf('=') + 1));
    }
}
