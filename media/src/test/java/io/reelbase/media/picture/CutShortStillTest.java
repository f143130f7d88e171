package io.reelbase.media.picture;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.media.Corpus;
import io.reelbase.media.GeneratedMedia;
import io.reelbase.media.probe.FfmpegProbe;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A still cut short shows what was decoded, the missing part neutral grey (not green), and is marked damaged. */
class CutShortStillTest {
    @TempDir
    Path dir;

    @Test
    void aCutShortJpegShowsItsDecodedPartWithTheRestGreyAndIsMarkedDamaged() throws Exception {
        Path whole = dir.resolve("whole.jpg");
        ImageIO.write(GeneratedMedia.picture(1200, 800, 1), "jpeg", whole.toFile());
        Path cut = GeneratedMedia.truncated(whole, dir.resolve("cut.jpg"), 0.4);

        assertThat(new FfmpegProbe().probe(whole).summary().damage()).isNull();
        assertThat(new FfmpegProbe().probe(cut).summary().damage()).contains("ends early");
        BufferedImage shown = ImageIO.read(new ByteArrayInputStream(new FfmpegThumbnailer().thumbnail(cut, 300).jpeg()));
        BufferedImage bottom = shown.getSubimage(0, shown.getHeight() - 20, shown.getWidth(), 20);
        double[] rgb = meanRgb(bottom);
        assertThat(rgb[0]).as("red of the missing part").isCloseTo(128, org.assertj.core.data.Offset.offset(12.0));
        assertThat(rgb[1]).as("green of the missing part").isCloseTo(128, org.assertj.core.data.Offset.offset(12.0));
        assertThat(rgb[2]).as("blue of the missing part").isCloseTo(128, org.assertj.core.data.Offset.offset(12.0));
        // the top, which was in the file, is the picture: its red band
        double[] top = meanRgb(shown.getSubimage(0, 0, shown.getWidth(), 10));
        assertThat(top[0]).isGreaterThan(200);
        assertThat(top[1]).isLessThan(60);
    }

    @Test
    void noWholeStillOfTheCorporaIsCalledDamaged() throws Exception {
        List<Path> stills = new ArrayList<>();
        for (Path d : List.of(Corpus.require(), Corpus.requireExtra())) {
            Corpus.files(d).filter(p -> p.toString().matches(".*\\.(jpg|png|jpeg)$")).forEach(stills::add);
        }
        assertThat(stills).hasSizeGreaterThan(4);
        for (Path p : stills) {
            String name = p.getFileName().toString();
            String damage = new FfmpegProbe().probe(p).summary().damage();
            if (name.equals("fixture-corrupt.png")) {
                continue; // damaged on purpose; whatever FFmpeg makes of it is checked in CorpusThumbnailTest
            }
            assertThat(damage).as(name).isNull();
        }
    }

    private static double[] meanRgb(BufferedImage img) {
        double[] sum = new double[3];
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int p = img.getRGB(x, y);
                sum[0] += (p >> 16) & 0xff;
                sum[1] += (p >> 8) & 0xff;
                sum[2] += p & 0xff;
            }
        }
        double n = img.getWidth() * (double) img.getHeight();
        return new double[] {sum[0] / n, sum[1] / n, sum[2] / n};
    }
}
