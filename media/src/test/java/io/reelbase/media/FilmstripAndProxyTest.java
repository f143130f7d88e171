package io.reelbase.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelbase.core.Progress;
import io.reelbase.core.media.Filmstrip;
import io.reelbase.core.media.MediaException;
import io.reelbase.core.media.Proxy;
import io.reelbase.core.media.TechnicalSummary;
import io.reelbase.media.picture.FfmpegFilmstrip;
import io.reelbase.media.probe.FfmpegProbe;
import io.reelbase.media.proxy.FfmpegProxy;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilmstripAndProxyTest {
    @TempDir
    Path dir;

    @Test
    void aFilmstripSpreadsUprightFramesOverTheVideoWithTheirTimes() throws Exception {
        Path clip = GeneratedMedia.mp4(dir.resolve("clip.mp4"),
                new GeneratedMedia.Spec(640, 360, 4.0, -90, 1.0, org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P, 2,
                        org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_H264, 0.5));
        List<Double> progress = new ArrayList<>();
        Filmstrip strip = new FfmpegFilmstrip().filmstrip(clip, 8, 160, new Progress() {
            @Override
            public void update(double fraction, String message) {
                progress.add(fraction);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertThat(strip.frames()).hasSize(8);
        // Frames at (i + 0.5) / 8 of 4 s: 250 ms, 750 ms, ... exact to a frame (40 ms at 25 fps).
        for (int i = 0; i < 8; i++) {
            assertThat(strip.frames().get(i).timestampMs()).isBetween(250L + 500L * i - 40, 250L + 500L * i + 40);
            assertThat(strip.frames().get(i).height()).isEqualTo(160);
            assertThat(strip.frames().get(i).width()).isEqualTo(90);
        }
        assertThat(progress).last().isEqualTo(1.0);
        BufferedImage sheet = ImageIO.read(new ByteArrayInputStream(strip.contactSheet().jpeg()));
        assertThat(sheet.getWidth()).isGreaterThan(5 * 90);
        assertThat(sheet.getHeight()).isGreaterThan(2 * 160);
        Files.createDirectories(Path.of("target", "thumbnails"));
        Files.write(Path.of("target", "thumbnails", "generated-contact-sheet.jpg"), strip.contactSheet().jpeg());
    }

    @Test
    void scenesAreFoundAtTheCuts() throws Exception {
        Path clip = GeneratedMedia.shots(dir.resolve("shots.mp4"), java.awt.Color.RED, java.awt.Color.BLUE,
                new java.awt.Color(20, 120, 20), java.awt.Color.ORANGE);
        Filmstrip scenes = new FfmpegFilmstrip().scenes(clip, 20, 160, Progress.NONE);
        assertThat(scenes.frames()).extracting(Filmstrip.Frame::timestampMs).containsExactly(0L, 1000L, 2000L, 3000L);
        BufferedImage second = ImageIO.read(new ByteArrayInputStream(scenes.frames().get(1).jpeg()));
        int rgb = second.getRGB(5, 5);
        assertThat(rgb & 0xff).as("the second scene is the blue shot").isGreaterThan(180);
        assertThat((rgb >> 16) & 0xff).isLessThan(80);
    }

    @Test
    void aProxyIsUprightSquarePixelH264AndAacWithinSevenTwentyP() throws Exception {
        Path clip = GeneratedMedia.mp4(dir.resolve("source.mp4"),
                GeneratedMedia.Spec.basic().rotated(-90).anamorphic(2.0).channels(6));
        AtomicInteger updates = new AtomicInteger();
        Proxy proxy = new FfmpegProxy().proxy(clip, dir.resolve("proxies/source.proxy.mp4"), new Progress() {
            @Override
            public void update(double fraction, String message) {
                updates.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertThat(proxy.file()).exists();
        assertThat(dir.resolve("proxies/source.proxy.mp4.part")).doesNotExist();
        assertThat(updates.get()).isPositive();
        TechnicalSummary p = new FfmpegProbe().probe(proxy.file()).summary();
        assertThat(p.videoCodec()).isEqualTo("h264");
        assertThat(p.pixelFormat()).isEqualTo("yuv420p");
        assertThat(p.rotation()).as("the turn is baked into the pixels").isZero();
        // 640x360 with 2:1 pixels shows as 1280x360; turned upright 360x1280; fitted into 720x1280.
        assertThat(p.width()).isEqualTo(360);
        assertThat(p.height()).isEqualTo(1280);
        assertThat(p.sampleAspectRatio()).isIn(null, "1:1");
        assertThat(p.audioCodec()).isEqualTo("aac");
        assertThat(p.audioChannels()).isEqualTo(2);
        assertThat(p.durationMs()).isBetween(1900L, 2200L);
    }

    @Test
    void aCancelledProxyLeavesNothingBehind() throws Exception {
        Path clip = GeneratedMedia.mp4(dir.resolve("long.mp4"), GeneratedMedia.Spec.basic());
        Path target = dir.resolve("long.proxy.mp4");
        assertThatThrownBy(() -> new FfmpegProxy().proxy(clip, target, new Progress() {
            @Override
            public void update(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        })).isInstanceOf(MediaException.class).hasMessageContaining("cancelled");
        assertThat(target).doesNotExist();
        assertThat(dir.resolve("long.proxy.mp4.part")).doesNotExist();
    }

    @Test
    void proxySizesFitSevenTwentyPAndAreNeverEnlarged() {
        assertThat(proxySize(3840, 2160)).containsExactly(1280, 720);
        assertThat(proxySize(2160, 3840)).containsExactly(720, 1280);
        assertThat(proxySize(640, 360)).containsExactly(640, 360);
        assertThat(proxySize(768, 576)).containsExactly(768, 576);
        assertThat(proxySize(1998, 1080)).containsExactly(1280, 692);
    }

    private static int[] proxySize(int w, int h) {
        return FfmpegProxy.fit(w, h);
    }
}
