package io.reelbase.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.core.Progress;
import io.reelbase.core.media.HdrFormat;
import io.reelbase.core.media.ProbeResult;
import io.reelbase.media.picture.FfmpegFilmstrip;
import io.reelbase.media.picture.FfmpegThumbnailer;
import io.reelbase.media.probe.FfmpegProbe;
import io.reelbase.media.proxy.FfmpegProxy;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dolby Vision AV1 in MP4 ({@code dav1} sample entry), which FFmpeg's demuxer leaves without a codec: made here
 * by encoding AV1 and rewriting the {@code av01} sample entry to {@code dav1}, as Dolby Vision profile 10 files
 * are written. It probes as AV1 with Dolby Vision beside it, and its thumbnail, filmstrip and proxy decode.
 */
class DolbyVisionTest {
    @TempDir
    Path dir;

    private Path dav1() throws Exception {
        Path av1 = dir.resolve("av1.mp4");
        FFmpegFrameRecorder r = new FFmpegFrameRecorder(av1.toFile(), 320, 240, 0);
        try (Java2DFrameConverter c = new Java2DFrameConverter()) {
            r.setFormat("mp4");
            r.setVideoCodecName("libaom-av1");
            r.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            r.setFrameRate(10);
            r.setVideoOption("cpu-used", "8");
            r.setVideoOption("usage", "realtime");
            r.start();
            for (int i = 0; i < 20; i++) {
                r.record(c.convert(GeneratedMedia.picture(320, 240, 4)), avutil.AV_PIX_FMT_BGR24);
            }
            r.stop();
        } finally {
            r.release();
        }
        byte[] b = Files.readAllBytes(av1);
        String text = new String(b, StandardCharsets.ISO_8859_1);
        int entry = text.indexOf("av01", text.indexOf("stsd"));
        assertThat(entry).as("an av01 sample entry to rewrite").isPositive();
        System.arraycopy("dav1".getBytes(StandardCharsets.ISO_8859_1), 0, b, entry, 4);
        return Files.write(dir.resolve("dolby-vision.mp4"), b);
    }

    private static double likeness(BufferedImage shown) {
        BufferedImage source = GeneratedMedia.picture(320, 240, 4);
        BufferedImage a = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        a.createGraphics().drawImage(shown, 0, 0, 32, 24, null);
        BufferedImage b = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        b.createGraphics().drawImage(source, 0, 0, 32, 24, null);
        double diff = 0;
        for (int y = 0; y < 24; y++) {
            for (int x = 0; x < 32; x++) {
                diff += Math.abs((a.getRGB(x, y) & 0xff) - (b.getRGB(x, y) & 0xff));
            }
        }
        return diff / (32 * 24);
    }

    @Test
    @SuppressWarnings("unchecked")
    void dav1ProbesAsAv1WithDolbyVisionAndDecodes() throws Exception {
        Path file = dav1();
        ProbeResult p = new FfmpegProbe().probe(file);
        Map<String, Object> stream = ((List<Map<String, Object>>) p.raw().get("streams")).get(0);
        assertThat(stream.get("codec_tag_string")).isEqualTo("dav1");
        assertThat(stream.get("codec_name")).isEqualTo("av1");
        assertThat(p.summary().videoCodec()).isEqualTo("av1");
        assertThat(p.summary().width()).isEqualTo(320);
        assertThat(p.summary().dolbyVision()).startsWith("profile 10");
        assertThat(p.summary().hdr()).isEqualTo(HdrFormat.DOLBY_VISION);

        BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(new FfmpegThumbnailer().thumbnail(file, 320).jpeg()));
        assertThat(likeness(thumb)).as("mean difference of the thumbnail from the encoded picture").isLessThan(12);
        assertThat(new FfmpegFilmstrip().filmstrip(file, 3, 160, Progress.NONE).frames()).hasSize(3);
        Path proxy = new FfmpegProxy().proxy(file, dir.resolve("proxy.mp4"), Progress.NONE).file();
        try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(proxy.toFile()); Java2DFrameConverter c = new Java2DFrameConverter()) {
            g.start();
            assertThat(g.getVideoCodecName()).isEqualTo("h264");
            assertThat(likeness(c.convert(g.grabImage()))).as("the proxy shows the picture").isLessThan(12);
        }
        assertThat(Files.readAllBytes(file)).as("the original is untouched").contains("dav1".getBytes(StandardCharsets.ISO_8859_1));
    }
}
