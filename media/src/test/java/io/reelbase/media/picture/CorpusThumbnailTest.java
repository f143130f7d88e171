package io.reelbase.media.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelbase.core.media.MediaException;
import io.reelbase.core.media.Thumbnail;
import io.reelbase.media.Corpus;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Thumbnails of real files come out upright, at the asked size, and not black. PNGs land in target/thumbnails to look at. */
class CorpusThumbnailTest {
    private Path dir;
    private final FfmpegThumbnailer thumbnailer = new FfmpegThumbnailer();

    @BeforeEach
    void corpus() {
        dir = Corpus.require();
    }

    private BufferedImage thumb(String name, int size) throws IOException {
        Thumbnail t = thumbnailer.thumbnail(dir.resolve(name), size);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(t.jpeg()));
        assertThat(img.getWidth()).isEqualTo(t.width());
        assertThat(img.getHeight()).isEqualTo(t.height());
        assertThat(Math.max(t.width(), t.height())).as("long side of " + name).isLessThanOrEqualTo(size);
        Path out = Path.of("target", "thumbnails");
        Files.createDirectories(out);
        Files.write(out.resolve(name + ".jpg"), t.jpeg());
        return img;
    }

    private static double aspect(BufferedImage img) {
        return img.getWidth() / (double) img.getHeight();
    }

    @Test
    void rotatedPhoneVideosComeOutUpright() throws IOException {
        assertThat(aspect(thumb("rotate-buck-bunny.mp4", 320))).isCloseTo(1080 / 1920.0, org.assertj.core.data.Offset.offset(0.02));
        assertThat(aspect(thumb("portrait_4k60.mp4", 320))).isCloseTo(2160 / 3840.0, org.assertj.core.data.Offset.offset(0.02));
        assertThat(aspect(thumb("quicktime-hvc1.mov", 320))).isCloseTo(720 / 1280.0, org.assertj.core.data.Offset.offset(0.02));
    }

    @Test
    void exifOrientedStillsComeOutUpright() throws IOException {
        BufferedImage img = thumb("Landscape_6.jpg", 320);
        assertThat(img.getWidth()).isEqualTo(320);
        assertThat(aspect(img)).isCloseTo(1800 / 1200.0, org.assertj.core.data.Offset.offset(0.02));
    }

    @Test
    void anamorphicPixelsAreWidened() throws IOException {
        assertThat(aspect(thumb("sar_2x1.mp4", 320))).isCloseTo(1280 / 360.0, org.assertj.core.data.Offset.offset(0.05));
        assertThat(aspect(thumb("fixture.mxf", 320))).isCloseTo(768 / 576.0, org.assertj.core.data.Offset.offset(0.02));
    }

    @Test
    void previewsAreLargerAndNeverUpscaled() throws IOException {
        BufferedImage preview = thumb("flower.mp4", 1280);
        assertThat(preview.getWidth()).as("960-wide source is not blown up").isEqualTo(960);
        assertThat(thumb("thompson-springs.jpg", 1280).getWidth()).isEqualTo(150);
    }

    @Test
    void postersAreNotBlack() throws IOException {
        for (String name : new String[] {"flower.mp4", "bbb_2500ms.ts", "fixture-raw.mts", "hlg10-color-test.mp4", "sample.avi",
                "bear-vp9-opus.webm", "sample_av1.mp4", "test5seconds.electricsheep.300x400.ogv", "rotate-buck-bunny.mp4"}) {
            double[] stats = Pictures.lumaStats(thumb(name, 320));
            assertThat(stats[0]).as(name + " mean luma").isGreaterThan(14);
        }
    }

    @Test
    void soundFilesShowTheirCoverArtElseTheirWaveform() throws IOException {
        Thumbnail t = thumbnailer.thumbnail(dir.resolve("bear_with_picture.flac"), 320);
        assertThat(t.source()).isEqualTo("cover art");
        Thumbnail wave = thumbnailer.thumbnail(dir.resolve("lena.mp3"), 320);
        assertThat(wave.source()).startsWith("waveform, peak ");
        assertThat(wave.width()).isEqualTo(320);
        assertThat(wave.height()).isEqualTo(180);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(wave.jpeg()));
        Files.write(Path.of("target", "thumbnails", "lena.mp3.jpg"), wave.jpeg());
        // Speech has loud and quiet parts: the drawn height must vary along the picture.
        int[] heights = new int[img.getWidth()];
        for (int x = 0; x < img.getWidth(); x++) {
            for (int y = 0; y < img.getHeight(); y++) {
                if (((img.getRGB(x, y) >> 0) & 0xff) > 150) {
                    heights[x]++;
                }
            }
        }
        assertThat(java.util.Arrays.stream(heights).max().getAsInt()).isGreaterThan(40);
        assertThat(java.util.Arrays.stream(heights).min().getAsInt()).isLessThan(20);
    }

    @Test
    void brokenFilesFailWithAMessage() {
        assertThatThrownBy(() -> thumbnailer.thumbnail(dir.resolve("truncated_bug_video_640.mp4"), 320))
                .isInstanceOf(MediaException.class);
        assertThatThrownBy(() -> thumbnailer.thumbnail(dir.resolve("truncated_to_zero_bytes.mp4"), 320))
                .isInstanceOf(MediaException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> thumbnailer.thumbnail(dir.resolve("timecode.mxf"), 320))
                .isInstanceOf(MediaException.class).hasMessageContaining("no picture could be decoded");
    }
}
