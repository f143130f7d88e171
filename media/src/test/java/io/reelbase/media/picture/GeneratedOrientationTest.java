package io.reelbase.media.picture;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.core.Progress;
import io.reelbase.core.media.Filmstrip;
import io.reelbase.core.media.Orientation;
import io.reelbase.core.media.TechnicalSummary;
import io.reelbase.media.probe.FfmpegProbe;
import io.reelbase.media.proxy.FfmpegProxy;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * All eight transforms, from each source: a JPEG with EXIF orientation 1–8 and an MP4 with each display matrix
 * (reflections included). Every picture made from them (thumbnail; for video also filmstrip and proxy) is
 * compared numerically with the upright picture, and must match it clearly better than its mirror image or any
 * other turn; the probe reports the transform and the size as shown.
 */
class GeneratedOrientationTest {
    private static final int W = 320;
    private static final int H = 200;
    private final BufferedImage upright = OrientedMedia.upright(W, H);
    private final FfmpegProbe probe = new FfmpegProbe();

    @TempDir
    Path tmp;

    static void assertUpright(BufferedImage shown, BufferedImage upright, String what) {
        assertThat(shown.getWidth() > shown.getHeight()).as(what + " is landscape, as shown").isTrue();
        double right = Likeness.correlation(shown, upright);
        assertThat(right).as(what + ": likeness to the upright picture").isGreaterThan(0.9);
        for (int tag = 2; tag <= 8; tag++) {
            BufferedImage other = OrientedMedia.stored(upright, Orientation.ofExif(tag));
            if (other.getWidth() == upright.getWidth()) {
                assertThat(right - Likeness.correlation(shown, other)).as(what + ": closer to upright than to "
                        + Orientation.ofExif(tag).describe()).isGreaterThan(0.15);
            }
        }
    }

    private static BufferedImage read(byte[] jpeg) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(jpeg));
    }

    @ParameterizedTest(name = "EXIF orientation {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void jpegWithEachExifOrientationIsShownUpright(int tag) throws IOException {
        Orientation o = Orientation.ofExif(tag);
        Path file = OrientedMedia.jpeg(tmp.resolve("o" + tag + ".jpg"), OrientedMedia.storedForExif(upright, tag), tag);
        assertUpright(read(new FfmpegThumbnailer().thumbnail(file, 320).jpeg()), upright, "thumbnail, EXIF " + tag);
        TechnicalSummary s = probe.probe(file).summary();
        assertThat(s.exifOrientation()).isEqualTo(tag);
        assertThat(new int[] {s.displayWidth(), s.displayHeight()}).containsExactly(W, H);
        assertThat(probe.probe(file).raw().get("orientation"))
                .isEqualTo(Map.of("rotate", o.clockwise(), "mirror", o.mirrored() ? "horizontal" : "none"));
    }

    @ParameterizedTest(name = "display matrix of EXIF orientation {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void videoWithEachDisplayMatrixIsShownUpright(int tag) throws IOException {
        Orientation o = Orientation.ofExif(tag);
        Path file = OrientedMedia.mp4(tmp.resolve("m" + tag + ".mp4"), OrientedMedia.storedForExif(upright, tag),
                OrientedMedia.matrixOfExif(tag));
        TechnicalSummary s = probe.probe(file).summary();
        assertThat(new Orientation(s.rotation(), s.mirrored())).as("probe").isEqualTo(o);
        assertThat(new int[] {s.displayWidth(), s.displayHeight()}).containsExactly(W, H);

        assertUpright(read(new FfmpegThumbnailer().thumbnail(file, 320).jpeg()), upright, "thumbnail, matrix " + o);
        Filmstrip strip = new FfmpegFilmstrip().filmstrip(file, 3, 320, Progress.NONE);
        assertUpright(read(strip.frames().get(1).jpeg()), upright, "filmstrip frame, matrix " + o);
        Path proxy = new FfmpegProxy().proxy(file, tmp.resolve("p" + tag + ".mp4"), Progress.NONE).file();
        try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(proxy.toFile()); Java2DFrameConverter c = new Java2DFrameConverter()) {
            g.start();
            assertUpright(c.convert(g.grabImage()), upright, "proxy, matrix " + o);
        }
    }
}
