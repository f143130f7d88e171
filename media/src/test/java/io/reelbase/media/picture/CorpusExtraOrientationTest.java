package io.reelbase.media.picture;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.core.media.ProbeResult;
import io.reelbase.core.media.Thumbnail;
import io.reelbase.media.Corpus;
import io.reelbase.media.probe.FfmpegProbe;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The files of ../shared/corpus-extra come out upright and unmirrored with their real size. Each thumbnail is
 * compared numerically with the upright picture made here with plain pixel loops from the stored pixels and the
 * transform the corpus README names, and must match it clearly better than its mirror image. The thumbnails are
 * laid out on a contact sheet in target/corpus-extra-sheet.png to look at.
 */
class CorpusExtraOrientationTest {
    private static final Map<String, BufferedImage> SHEET = new LinkedHashMap<>();
    private static Path dir;
    private final FfmpegThumbnailer thumbnailer = new FfmpegThumbnailer();
    private final FfmpegProbe probe = new FfmpegProbe();

    @BeforeAll
    static void corpus() {
        dir = Corpus.requireExtra();
    }

    @AfterAll
    static void contactSheet() throws IOException {
        if (!SHEET.isEmpty()) {
            Path out = Path.of("target", "corpus-extra-sheet.png");
            ImageIO.write(ContactSheets.of(SHEET, 240), "png", out.toFile());
        }
    }

    private BufferedImage thumb(String name) throws IOException {
        Thumbnail t = thumbnailer.thumbnail(dir.resolve(name), 480);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(t.jpeg()));
        SHEET.put(name, img);
        return img;
    }

    /** The stored pixels, no transform: ImageIO for JPEG (a decoder independent of ours), else FFmpeg as stored. */
    private BufferedImage stored(String name) throws IOException {
        Path file = dir.resolve(name);
        if (name.endsWith(".jpg")) {
            return ImageIO.read(file.toFile());
        }
        try (FrameGrab grab = new FrameGrab(file)) {
            assertThat(grab.openVideo(true)).isTrue();
            return grab.grab(0, 1024).image();
        }
    }

    private static void assertLooksLike(BufferedImage shown, BufferedImage expected, String what) {
        assertLooksLike(shown, expected, what, 0.1);
    }

    /** Closer to the expected picture than to any other of the same shape (mirrored, upside down, both) by {@code margin}. */
    private static void assertLooksLike(BufferedImage shown, BufferedImage expected, String what, double margin) {
        assertThat(shown.getWidth() > shown.getHeight()).as(what + ": landscape or portrait")
                .isEqualTo(expected.getWidth() > expected.getHeight());
        double right = Likeness.correlation(shown, expected);
        double mirror = Likeness.correlation(shown, Likeness.mirrored(expected));
        double upsideDown = Likeness.correlation(shown, Likeness.turned(expected, 2));
        double both = Likeness.correlation(shown, Likeness.turned(Likeness.mirrored(expected), 2));
        assertThat(right).as(what + ": likeness to the upright picture").isGreaterThan(0.9);
        assertThat(right - mirror).as(what + ": closer to upright than to its mirror image").isGreaterThan(margin);
        assertThat(right - upsideDown).as(what + ": closer to upright than upside down").isGreaterThan(margin);
        assertThat(right - both).as(what + ": closer to upright than mirrored upside down").isGreaterThan(margin);
    }

    private Map<String, Object> probed(String name) {
        ProbeResult r = probe.probe(dir.resolve(name));
        return r.raw();
    }

    @Test
    void exifTransverseAndTransposeJpegsAreUprightAndUnmirrored() throws IOException {
        BufferedImage reference = stored("Landscape_1.jpg");
        assertLooksLike(thumb("Landscape_1.jpg"), reference, "Landscape_1 (orientation 1)");
        // orientation 7: mirror, then a quarter turn clockwise; shown exactly as Landscape_1
        assertLooksLike(thumb("Landscape_7.jpg"), reference, "Landscape_7 (orientation 7) against Landscape_1");
        assertLooksLike(thumb("Landscape_7.jpg"), Likeness.turned(Likeness.mirrored(stored("Landscape_7.jpg")), 1),
                "Landscape_7 from its own pixels");
        // orientation 5: mirror, then three quarter turns clockwise
        assertLooksLike(thumb("Portrait_5.jpg"), Likeness.turned(Likeness.mirrored(stored("Portrait_5.jpg")), 3),
                "Portrait_5 (orientation 5)");
        var summary = probe.probe(dir.resolve("Portrait_5.jpg")).summary();
        assertThat(summary.displayWidth()).isEqualTo(1200);
        assertThat(summary.displayHeight()).isEqualTo(1800);
        assertThat(probed("Landscape_7.jpg").get("orientation")).isEqualTo(Map.of("rotate", 90, "mirror", "horizontal"));
        assertThat(probed("Portrait_5.jpg").get("orientation")).isEqualTo(Map.of("rotate", 270, "mirror", "horizontal"));
    }

    @Test
    void avifRotationAndMirrorPropertiesAreApplied() throws IOException {
        // imir axis 1: left-right mirror
        assertLooksLike(thumb("rot0mir1.avif"), Likeness.mirrored(stored("rot0mir1.avif")), "rot0mir1");
        // irot 180° then imir axis 0 (top-bottom): a left-right mirror altogether
        assertLooksLike(thumb("rot2mir0.avif"), Likeness.mirrored(stored("rot2mir0.avif")), "rot2mir0");
        // irot 270° anticlockwise (a quarter clockwise), then a left-right mirror
        assertLooksLike(thumb("rot3mir1.avif"), Likeness.mirrored(Likeness.turned(stored("rot3mir1.avif"), 1)), "rot3mir1");
        // the three are one picture
        assertLooksLike(thumb("rot3mir1.avif"), thumb("rot0mir1.avif"), "rot3mir1 against rot0mir1");
        for (String name : new String[] {"rot0mir1.avif", "rot2mir0.avif", "rot3mir1.avif"}) {
            var s = probe.probe(dir.resolve(name)).summary();
            assertThat(s.displayWidth()).as(name).isEqualTo(640);
            assertThat(s.displayHeight()).as(name).isEqualTo(427);
        }
        assertThat(probed("rot3mir1.avif").get("orientation")).isEqualTo(Map.of("rotate", 270, "mirror", "horizontal"));
    }

    @Test
    void tiledIphonePhotoIsTheWholePictureAtItsRealSizeTurnedByExif() throws IOException {
        var s = probe.probe(dir.resolve("iphone_7.heic")).summary();
        assertThat(s.width()).isEqualTo(4032);
        assertThat(s.height()).isEqualTo(3024);
        assertThat(s.displayWidth()).isEqualTo(3024);
        assertThat(s.displayHeight()).isEqualTo(4032);
        BufferedImage shown = thumb("iphone_7.heic");
        assertThat(shown.getHeight()).isEqualTo(480);
        assertThat(shown.getWidth()).isEqualTo(360);
        // the whole grid, turned a quarter clockwise (no irot; EXIF orientation 6)
        assertLooksLike(shown, Likeness.turned(stored("iphone_7.heic"), 1), "iphone_7");
        // sky at the top: the top fifth is brighter than the bottom fifth
        assertThat(Pictures.lumaStats(shown.getSubimage(0, 0, 360, 96))[0])
                .isGreaterThan(Pictures.lumaStats(shown.getSubimage(0, 384, 360, 96))[0]);
    }

    @Test
    void tiledSamsungPhotoMatchesItsOwnSmallPreviewTurnedByIrot() throws Exception {
        var s = probe.probe(dir.resolve("samsung-one-ui-6.heic")).summary();
        assertThat(s.motionClip()).as("a motion photo: the clip is kept beside the still").isTrue();
        assertThat(probe.probe(dir.resolve("iphone_7.heic")).summary().motionClip()).isFalse();
        assertThat(s.width()).isEqualTo(4000);
        assertThat(s.displayWidth()).isEqualTo(3000);
        assertThat(s.displayHeight()).isEqualTo(4000);
        BufferedImage shown = thumb("samsung-one-ui-6.heic");
        // the file's own 512x384 preview item (the last stream) is an independent picture of the whole grid
        BufferedImage preview;
        try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(dir.resolve("samsung-one-ui-6.heic").toFile());
             Java2DFrameConverter c = new Java2DFrameConverter()) {
            g.setVideoStream(48);
            g.start();
            preview = c.convert(g.grabImage());
            assertThat(preview.getWidth()).isEqualTo(512);
        }
        // a grey wall lit by a flash: nearly symmetric, so the margins are small but must still be there
        assertLooksLike(shown, Likeness.turned(preview, 1), "samsung-one-ui-6 against its preview item", 0.02);
    }
}
