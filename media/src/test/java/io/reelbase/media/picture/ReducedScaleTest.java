package io.reelbase.media.picture;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.core.media.Thumbnail;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Big JPEGs are decoded at a half, a quarter or an eighth of their size (JPEG's DCT scaling) when the picture
 * asked for is small enough, and a preview and its thumbnail come from one decoded picture. What people see must
 * not change: the pictures are compared pixel by pixel with the photo decoded at full size by another decoder
 * (Java's own) and scaled down, turned as EXIF says.
 */
class ReducedScaleTest {
    private static final int W = 2400;
    private static final int H = 1600;

    @TempDir
    Path tmp;

    private static BufferedImage read(Thumbnail t) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(t.jpeg()));
    }

    /** The photo as Java's decoder reads it at full size, turned upright and area-averaged by AWT to {@code longSide}. */
    private static BufferedImage reference(Path file, int exif, int longSide) throws IOException {
        BufferedImage up = Pictures.upright(ImageIO.read(file.toFile()), io.reelbase.core.media.Orientation.ofExif(exif));
        int w = up.getWidth() >= up.getHeight() ? longSide : (int) Math.round(up.getWidth() * (double) longSide / up.getHeight());
        int h = up.getWidth() >= up.getHeight() ? (int) Math.round(up.getHeight() * (double) longSide / up.getWidth()) : longSide;
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        out.createGraphics().drawImage(up.getScaledInstance(w, h, java.awt.Image.SCALE_AREA_AVERAGING), 0, 0, null);
        return out;
    }

    @Test
    void aThumbnailDecodedAtAQuarterLooksLikeTheFullPictureScaledDown() throws IOException {
        BufferedImage upright = OrientedMedia.upright(W, H);
        Path file = OrientedMedia.jpeg(tmp.resolve("big.jpg"), OrientedMedia.storedForExif(upright, 6), 6);

        BufferedImage thumb = read(new FfmpegThumbnailer().thumbnail(file, 320));

        assertThat(thumb.getWidth()).as("landscape as shown").isEqualTo(320);
        assertThat(thumb.getHeight()).isEqualTo(213);
        GeneratedOrientationTest.assertUpright(thumb, upright, "reduced-scale thumbnail, EXIF 6");
        assertThat(Likeness.difference(thumb, reference(file, 6, 320))).as("mean difference from a full-size decode, of 255")
                .isLessThan(4.0);
    }

    @Test
    void aPreviewAndItsThumbnailComeFromOnePictureAndMatchEachMadeAlone() throws IOException {
        BufferedImage upright = OrientedMedia.upright(W, H);
        Path file = OrientedMedia.jpeg(tmp.resolve("pair.jpg"), OrientedMedia.storedForExif(upright, 3), 3);
        FfmpegThumbnailer thumbnailer = new FfmpegThumbnailer();

        List<Thumbnail> both = thumbnailer.thumbnails(file, 1280, 320);

        assertThat(both).extracting(Thumbnail::width).containsExactly(1280, 320);
        assertThat(both).extracting(Thumbnail::height).containsExactly(853, 213);
        assertThat(both).extracting(Thumbnail::source).containsOnly("still");
        BufferedImage preview = read(both.get(0));
        BufferedImage thumb = read(both.get(1));
        GeneratedOrientationTest.assertUpright(preview, upright, "preview, EXIF 3");
        GeneratedOrientationTest.assertUpright(thumb, upright, "thumbnail made with the preview, EXIF 3");
        assertThat(Likeness.difference(preview, reference(file, 3, 1280))).as("preview against a full-size decode").isLessThan(4.0);
        assertThat(Likeness.difference(thumb, read(thumbnailer.thumbnail(file, 320)))).as("against the thumbnail made alone")
                .isLessThan(3.0);
    }

    @Test
    void aPictureSmallerThanAskedIsNeverEnlarged() throws IOException {
        Path file = OrientedMedia.jpeg(tmp.resolve("small.jpg"), OrientedMedia.upright(300, 200), 1);

        List<Thumbnail> both = new FfmpegThumbnailer().thumbnails(file, 1280, 320);

        assertThat(both).extracting(Thumbnail::width).containsExactly(300, 300);
        assertThat(both).extracting(Thumbnail::height).containsExactly(200, 200);
    }
}
