package io.reelbase.media.picture;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.core.media.Thumbnail;
import io.reelbase.media.Corpus;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameFilter;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.junit.jupiter.api.Test;

/**
 * An HLG (BT.2020) video of a colour checker: its thumbnail is compared with the frame FFmpeg's own tone mapping
 * makes of it (zscale to linear light, BT.709 primaries, Hable, BT.709 gamma: the chain FFmpeg's documentation
 * gives, with the input's colours as the reference ffprobe states them), and with a plain conversion that ignores
 * the transfer, which shows the chart grey and washed out.
 */
class HdrThumbnailTest {
    private static BufferedImage reference(Path file, String chain, int w, int h) throws Exception {
        try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(file.toFile()); Java2DFrameConverter c = new Java2DFrameConverter()) {
            g.setPixelFormat(avutil.AV_PIX_FMT_YUV420P10LE);
            g.start();
            Frame f = g.grabImage();
            try (FFmpegFrameFilter filter = new FFmpegFrameFilter(chain + ",scale=" + w + ":" + h + ":flags=area,format=bgr24",
                    g.getImageWidth(), g.getImageHeight())) {
                filter.setPixelFormat(avutil.AV_PIX_FMT_YUV420P10LE);
                filter.start();
                filter.push(f);
                return deepCopy(c.convert(filter.pull()));
            }
        }
    }

    private static BufferedImage deepCopy(BufferedImage img) {
        BufferedImage copy = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
        copy.createGraphics().drawImage(img, 0, 0, null);
        return copy;
    }

    @Test
    void hlgVideoIsToneMappedAsFfmpegDoesIt() throws Exception {
        Path file = Corpus.require().resolve("hlg10-color-test.mp4");
        Thumbnail t = new FfmpegThumbnailer().thumbnail(file, 480);
        BufferedImage ours = ImageIO.read(new ByteArrayInputStream(t.jpeg()));
        String in = "tin=arib-std-b67:pin=bt2020:min=bt2020nc:rin=tv:p=bt2020:m=bt2020nc";
        BufferedImage toneMapped = reference(file, "zscale=" + in + ":t=linear:npl=100,format=gbrpf32le,zscale=p=bt709,"
                + "tonemap=tonemap=hable:desat=0,zscale=t=bt709:m=bt709:r=pc", ours.getWidth(), ours.getHeight());
        BufferedImage plain = reference(file, "scale=in_color_matrix=bt709", ours.getWidth(), ours.getHeight());
        double toFfmpeg = Likeness.difference(ours, toneMapped);
        double toPlain = Likeness.difference(ours, plain);
        assertThat(toFfmpeg).as("difference from FFmpeg's tone mapping").isLessThan(8);
        assertThat(toPlain).as("difference from the washed-out plain conversion").isGreaterThan(toFfmpeg + 8);
    }
}
