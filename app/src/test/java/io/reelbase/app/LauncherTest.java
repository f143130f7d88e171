package io.reelbase.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which command lines start a media worker before anything else: those that will decode in one. */
class LauncherTest {
    @Test
    void commandsThatDecodeStartTheirWorkerFirst() {
        assertThat(Launcher.decodesInWorker(new String[] {"probe", "a.mp4", "b.jpg"})).isTrue();
        assertThat(Launcher.decodesInWorker(new String[] {"ingest", "--wait", "photos"})).isTrue();
        assertThat(Launcher.decodesInWorker(new String[] {"thumbnail", "a.mp4", "--size", "320"})).isTrue();
    }

    @Test
    void othersDoNot() {
        assertThat(Launcher.decodesInWorker(new String[] {})).as("the window").isFalse();
        assertThat(Launcher.decodesInWorker(new String[] {"search", "harbour"})).isFalse();
        assertThat(Launcher.decodesInWorker(new String[] {"probe", "--in-process", "a.mp4"})).isFalse();
        assertThat(Launcher.decodesInWorker(new String[] {"probe", "--help"})).isFalse();
        assertThat(Launcher.decodesInWorker(new String[] {"db", "info"})).isFalse();
    }
}
