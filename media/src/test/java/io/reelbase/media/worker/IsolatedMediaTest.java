package io.reelbase.media.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelbase.core.media.MediaException;
import io.reelbase.core.media.ProbeResult;
import io.reelbase.media.GeneratedMedia;
import io.reelbase.media.probe.FfmpegProbe;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decoding in child processes: same answers as in process; a crash or hang costs one file, not the caller. */
class IsolatedMediaTest {
    @TempDir
    static Path dir;
    private static Path clip;
    private static IsolatedMedia media;

    @BeforeAll
    static void start() throws Exception {
        clip = GeneratedMedia.mp4(dir.resolve("clip.mp4"), GeneratedMedia.Spec.basic().rotated(-90));
        media = new IsolatedMedia(WorkerLimits.defaults().withTimePerFile(Duration.ofSeconds(5)),
                List.of("-D" + MediaWorkerMain.TEST_OPS + "=true"));
    }

    @AfterAll
    static void stop() {
        media.close();
    }

    @Test
    void theWorkerAnswersLikeTheInProcessProbe() {
        ProbeResult isolated = media.probe(clip);
        ProbeResult local = new FfmpegProbe().probe(clip);
        assertThat(isolated.summary()).isEqualTo(local.summary());
        assertThat(isolated.raw().get("format")).isEqualTo(local.raw().get("format"));
        assertThat(media.thumbnail(clip, 160).height()).isEqualTo(160);
    }

    @Test
    void aPreviewAndItsThumbnailComeBackTogetherFromOneRequest() {
        var local = new io.reelbase.media.picture.FfmpegThumbnailer().thumbnails(clip, 640, 160);
        var both = media.thumbnails(clip, 640, 160);
        assertThat(both).extracting(t -> t.width() + "x" + t.height()).containsExactly("360x640", "90x160");
        assertThat(both).extracting(t -> t.timestampMs()).isEqualTo(local.stream().map(t -> t.timestampMs()).toList());
        assertThat(both.get(1).jpeg()).isEqualTo(local.get(1).jpeg());
    }

    @Test
    void aBrokenFileIsAnAnswerNotACrash() throws Exception {
        Path cut = GeneratedMedia.truncated(clip, dir.resolve("cut.mp4"), 0.3);
        assertThatThrownBy(() -> media.probe(cut)).isInstanceOf(MediaException.class)
                .hasMessageStartingWith("cut.mp4: not a media file");
        assertThat(media.probe(clip).summary().rotation()).isEqualTo(90);
    }

    @Test
    void aWorkerThatDiesFailsOnlyThatFileAndIsReplaced() {
        assertThatThrownBy(() -> media.call("test-crash", clip, 0)).isInstanceOf(MediaException.class)
                .hasMessageContaining("the decoder crashed on this file")
                .hasMessageContaining("exit 134");
        assertThat(media.probe(clip).summary().width()).isEqualTo(640);
    }

    @Test
    void aWorkerThatHangsIsStoppedAtTheTimeLimit() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> media.call("test-hang", clip, 0)).isInstanceOf(MediaException.class)
                .hasMessageContaining("took longer than 5 s");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        assertThat(media.probe(clip).summary().width()).isEqualTo(640);
    }

    @Test
    void proxiesAndFilmstripsAreMadeInTheWorkerWithProgress() throws Exception {
        java.util.List<Double> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        io.reelbase.core.Progress watch = new io.reelbase.core.Progress() {
            @Override
            public void update(double fraction, String message) {
                seen.add(fraction);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        var proxy = media.proxy(clip, dir.resolve("clip.proxy.mp4"), 2000, watch);
        assertThat(proxy.width()).isEqualTo(360);
        assertThat(proxy.height()).isEqualTo(640);
        assertThat(seen).isNotEmpty().contains(1.0);
        var strip = media.filmstrip(clip, 5, io.reelbase.core.Progress.NONE);
        assertThat(strip.frames()).hasSize(5);
        assertThat(strip.contactSheet().width()).isPositive();
    }

    @Test
    void cancellingAProxyStopsTheWorkerAndLeavesNoFile() throws Exception {
        Path longClip = GeneratedMedia.mp4(dir.resolve("long.mp4"), GeneratedMedia.Spec.basic());
        Path target = dir.resolve("cancelled.proxy.mp4");
        io.reelbase.core.Progress cancel = new io.reelbase.core.Progress() {
            @Override
            public void update(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> media.proxy(longClip, target, 2000, cancel))
                .isInstanceOf(MediaException.class).hasMessageContaining("cancelled");
        assertThat(target).doesNotExist();
        assertThat(media.probe(clip).summary().width()).as("a new worker takes over").isEqualTo(640);
    }

    @Test
    void testOperationsAreRefusedInAnOrdinaryWorker() {
        try (IsolatedMedia plain = new IsolatedMedia(WorkerLimits.defaults())) {
            assertThatThrownBy(() -> plain.call("test-crash", clip, 0)).isInstanceOf(MediaException.class)
                    .hasMessageContaining("unknown operation");
            assertThat(plain.probe(clip).summary().width()).isEqualTo(640);
        }
    }
}
