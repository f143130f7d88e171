package io.reelbase.media.picture;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.core.asset.AssetType;
import io.reelbase.core.media.TechnicalSummary;
import io.reelbase.core.media.Thumbnail;
import io.reelbase.media.probe.FfmpegProbe;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Animated WebP, APNG and GIF made here with FFmpeg's encoders: 30 frames at 10 per second, a white block moving
 * right by 9 pixels a frame. The probe reports the real size, frame count, running time and loop; the thumbnail
 * is the frame about 10% in (frame 3), told by where the block is.
 */
class AnimatedStillsTest {
    private static final int FRAMES = 30;

    @TempDir
    Path dir;

    private static BufferedImage frame(int i) {
        BufferedImage img = new BufferedImage(320, 240, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(20, 60, 120));
        g.fillRect(0, 0, 320, 240);
        g.setColor(Color.WHITE);
        g.fillRect(10 + 9 * i, 80, 24, 80);
        g.dispose();
        return img;
    }

    private Path make(String name, String format, String encoder, int pixelFormat) throws Exception {
        Path f = dir.resolve(name);
        FFmpegFrameRecorder r = new FFmpegFrameRecorder(f.toFile(), 320, 240, 0);
        try (Java2DFrameConverter c = new Java2DFrameConverter()) {
            r.setFormat(format);
            r.setVideoCodecName(encoder);
            r.setPixelFormat(pixelFormat);
            r.setFrameRate(10);
            // loop for ever: the WebP and GIF muxers' "loop", the APNG muxer's "plays"
            r.setOption(format.equals("apng") ? "plays" : "loop", "0");
            r.start();
            for (int i = 0; i < FRAMES; i++) {
                r.record(c.convert(frame(i)), avutil.AV_PIX_FMT_BGR24);
            }
            r.stop();
        } finally {
            r.release();
        }
        return f;
    }

    /** The x of the block's middle: the mean column of bright pixels on the middle row. */
    private static double blockAt(BufferedImage img) {
        double sum = 0;
        int n = 0;
        int y = img.getHeight() / 2;
        for (int x = 0; x < img.getWidth(); x++) {
            int rgb = img.getRGB(x, y);
            if (((rgb >> 16) & 0xff) > 180 && (rgb & 0xff) > 180) {
                sum += x;
                n++;
            }
        }
        return n == 0 ? -1 : sum / n;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"moving.webp, webp, libwebp_anim, " + avutil.AV_PIX_FMT_YUV420P,
                "moving.apng, apng, apng, " + avutil.AV_PIX_FMT_RGB24,
                "moving.gif, gif, gif, " + avutil.AV_PIX_FMT_RGB8})
    void animatedStillsHaveTheirRealSizeFramesAndRunningTimeAndAThumbnailTenPercentIn(String name, String format,
                                                                                      String encoder, int pixels) throws Exception {
        Path file = make(name, format, encoder, pixels);
        TechnicalSummary s = new FfmpegProbe().probe(file).summary();
        assertThat(s.assetType()).isEqualTo(AssetType.IMAGE);
        assertThat(new int[] {s.width(), s.height()}).containsExactly(320, 240);
        assertThat(s.frameCount()).isEqualTo(FRAMES);
        assertThat(s.durationMs()).isBetween(2900L, 3100L);
        assertThat(s.loopCount()).as("loops for ever").isZero();

        Thumbnail t = new FfmpegThumbnailer().thumbnail(file, 320);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(t.jpeg()));
        assertThat(t.source()).isEqualTo("animation frame");
        assertThat(t.timestampMs()).isEqualTo(300L);
        // frame 3's block is centred at 10 + 27 + 12 = 49; frame 0's at 22, frame 4's at 58
        assertThat(blockAt(img)).isBetween(44.0, 54.0);
    }
}
