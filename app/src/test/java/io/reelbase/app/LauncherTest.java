package io.reelbase.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Which command lines start a media worker before anything else: those that will decode in one. */
class LauncherTest {
    @Test
    void commandsThatDecodeStartTheirWorkerFirst() {
        assertThat(Launcher.decodesInWorker(null, new String[] {"probe", "a.mp4", "b.jpg"})).isTrue();
        assertThat(Launcher.decodesInWorker(null, new String[] {"thumbnail", "a.mp4", "--size", "320"})).isTrue();
        // root options first, as on a team's server: the launcher script names the command
        assertThat(Launcher.decodesInWorker("ingest", new String[] {"--db", "jdbc:postgresql://h/db", "--user", "ann",
                "ingest", "--wait", "photos"})).isTrue();
    }

    @Test
    void ingestThatWaitsGetsWorkersMadeForLongRuns() {
        assertThat(Launcher.decodesForLong("ingest", new String[] {"--data-dir", "d", "ingest", "--wait", "photos"})).isTrue();
        assertThat(Launcher.decodesForLong(null, new String[] {"ingest", "photos", "--wait"})).isTrue();
        assertThat(Launcher.decodesForLong("ingest", new String[] {"ingest", "photos"})).as("adding only: probes").isFalse();
        assertThat(Launcher.decodesForLong("probe", new String[] {"probe", "--wait"})).isFalse();
    }

    @Test
    void othersDoNot() {
        assertThat(Launcher.decodesInWorker(null, new String[] {})).as("the window").isFalse();
        assertThat(Launcher.decodesInWorker("search", new String[] {"search", "harbour"})).isFalse();
        assertThat(Launcher.decodesInWorker("db", new String[] {"--data-dir", "probe", "db", "info"}))
                .as("a folder named like a command is not one").isFalse();
        assertThat(Launcher.decodesInWorker("probe", new String[] {"probe", "--in-process", "a.mp4"})).isFalse();
        assertThat(Launcher.decodesInWorker("probe", new String[] {"probe", "--help"})).isFalse();
    }

    @Test
    void everyCommandNamedIsOneTheLauncherScriptKnows() throws Exception {
        String script = Files.readString(Path.of("src/dist/bin/reelbase"));
        String names = script.substring(script.indexOf("# the names of the commands"));
        int line = names.indexOf('\n') + 1;
        names = names.substring(line, names.indexOf(')', line));
        assertThat(java.util.List.of(names.strip().split("\\|"))).containsAll(Launcher.DECODING);
    }
}
