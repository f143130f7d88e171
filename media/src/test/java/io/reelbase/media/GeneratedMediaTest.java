package io.reelbase.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelbase.core.media.MediaException;
import io.reelbase.core.media.ProbeResult;
import io.reelbase.core.media.TechnicalSummary;
import io.reelbase.core.media.Thumbnail;
import io.reelbase.media.picture.FfmpegThumbnailer;
import io.reelbase.media.probe.FfmpegProbe;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The probe and thumbnails checked against files the test makes with known properties. */
class GeneratedMediaTest {
    private final FfmpegProbe probe = new FfmpegProbe();
    private final FfmpegThumbnailer thumbnailer = new FfmpegThumbnailer();

    @TempDir
    Path dir;

    @Test
    void aPlainClipIsReadBackAsMade() throws Exception {
        Path f = GeneratedMedia.mp4(dir.resolve("plain.mp4"), GeneratedMedia.Spec.basic());
        ProbeResult r = probe.probe(f);
        TechnicalSummary s = r.summary();
        assertThat(s.videoCodec()).isEqualTo("h264");
        assertThat(s.width()).isEqualTo(640);
        assertThat(s.height()).isEqualTo(360);
        assertThat(s.frameRateNum() / (double) s.frameRateDen()).isEqualTo(25.0);
        assertThat(s.durationMs()).isBetween(1950L, 2100L);
        assertThat(s.audioCodec()).isEqualTo("aac");
        assertThat(s.audioChannels()).isEqualTo(2);
        assertThat(s.audioSampleRate()).isEqualTo(48000);
        assertThat(s.mimeType()).isEqualTo("video/mp4");
        assertThat(s.resolutionCategory()).isEqualTo("SD");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRotatedClipIsShownUpright() throws Exception {
        // Like a phone held upright: the display matrix turns the stored landscape picture a quarter.
        Path f = GeneratedMedia.mp4(dir.resolve("rotated.mp4"), GeneratedMedia.Spec.basic().rotated(-90));
        ProbeResult r = probe.probe(f);
        Map<String, Object> v = ((List<Map<String, Object>>) r.raw().get("streams")).get(0);
        assertThat((List<Map<String, Object>>) v.get("side_data_list")).anySatisfy(sd -> assertThat(sd.get("rotation")).isEqualTo(-90));
        assertThat(r.summary().rotation()).isEqualTo(90);
        assertThat(r.summary().displayWidth()).isEqualTo(360);
        assertThat(r.summary().displayHeight()).isEqualTo(640);

        BufferedImage t = image(thumbnailer.thumbnail(f, 320));
        assertThat(t.getHeight()).isEqualTo(320);
        assertThat(t.getWidth()).isEqualTo(180);
        // The red band marks the picture's top; upright, it runs down the right edge after a clockwise turn.
        int rgb = t.getRGB(t.getWidth() - 3, t.getHeight() / 2);
        assertThat((rgb >> 16) & 0xff).as("red at the right edge").isGreaterThan(180);
    }

    @Test
    void anamorphicPixelsAreWidenedInTheProbeAndTheThumbnail() throws Exception {
        Path f = GeneratedMedia.mp4(dir.resolve("anamorphic.mp4"), GeneratedMedia.Spec.basic().anamorphic(2.0));
        TechnicalSummary s = probe.probe(f).summary();
        assertThat(s.sampleAspectRatio()).isEqualTo("2:1");
        assertThat(s.displayAspectRatio()).isEqualTo("32:9");
        assertThat(s.displayWidth()).isEqualTo(1280);
        BufferedImage t = image(thumbnailer.thumbnail(f, 320));
        assertThat(t.getWidth() / (double) t.getHeight()).isCloseTo(1280 / 360.0, org.assertj.core.data.Offset.offset(0.05));
    }

    @Test
    void tenBitVideoIsRecognisedAndThumbnailedInEightBits() throws Exception {
        // ProRes 422 in QuickTime: 10-bit 4:2:2, as editors get it from cameras and recorders.
        Path f = GeneratedMedia.mp4(dir.resolve("tenbit.mov"),
                GeneratedMedia.Spec.basic().pixels(avutil.AV_PIX_FMT_YUV422P10LE, avcodec.AV_CODEC_ID_PRORES).channels(0));
        TechnicalSummary s = probe.probe(f).summary();
        assertThat(s.videoCodec()).isEqualTo("prores");
        assertThat(s.pixelFormat()).isEqualTo("yuv422p10le");
        assertThat(s.mimeType()).isEqualTo("video/quicktime");
        assertThat(s.bitDepth()).isEqualTo(10);
        assertThat(image(thumbnailer.thumbnail(f, 320)).getWidth()).isEqualTo(320);
    }

    @Test
    void multichannelAudioIsCounted() throws Exception {
        Path f = GeneratedMedia.mp4(dir.resolve("surround.mp4"), GeneratedMedia.Spec.basic().channels(6));
        TechnicalSummary s = probe.probe(f).summary();
        assertThat(s.audioChannels()).isEqualTo(6);
        assertThat(s.audioChannelLayout()).isEqualTo("5.1");
    }

    @Test
    void aSoundFileIsAudioAndItsThumbnailIsItsWaveform() throws Exception {
        Path f = GeneratedMedia.mp4(dir.resolve("tone.m4a"), GeneratedMedia.Spec.soundOnly(3));
        TechnicalSummary s = probe.probe(f).summary();
        assertThat(s.assetType()).isEqualTo(io.reelbase.core.asset.AssetType.AUDIO);
        assertThat(s.mimeType()).isEqualTo("audio/mp4");
        Thumbnail t = thumbnailer.thumbnail(f, 320);
        assertThat(t.source()).startsWith("waveform, peak ");
        BufferedImage img = image(t);
        // Loud in the middle of each swell, silent between: bright pixels at mid height only in some columns.
        long loud = java.util.stream.IntStream.range(0, img.getWidth())
                .filter(x -> (img.getRGB(x, img.getHeight() / 2 - 40) & 0xff) > 150).count();
        assertThat(loud).isBetween(40L, 300L);
    }

    /** How many rows of the middle column of a waveform are lit: the height of its shape there. */
    private static int litRows(BufferedImage img, int x) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            if ((img.getRGB(x, y) & 0xff) > 150) {
                n++;
            }
        }
        return n;
    }

    @Test
    void aQuietRecordingShowsItsShapeScaledToItsPeakWithThePeakInDbfs() throws Exception {
        Path loud = GeneratedMedia.mp4(dir.resolve("loud.m4a"), GeneratedMedia.Spec.soundOnly(2).quiet(0.5));
        Path quiet = GeneratedMedia.mp4(dir.resolve("quiet.m4a"), GeneratedMedia.Spec.soundOnly(2).quiet(0.01));
        var waveforms = new io.reelbase.media.picture.FfmpegWaveform();
        Thumbnail l = waveforms.waveform(loud, 400, 200, io.reelbase.core.Progress.NONE);
        Thumbnail q = waveforms.waveform(quiet, 400, 200, io.reelbase.core.Progress.NONE);
        assertThat(peakDbfs(l.source())).isCloseTo(-6.0, org.assertj.core.data.Offset.offset(1.5));
        assertThat(peakDbfs(q.source())).isCloseTo(-40.0, org.assertj.core.data.Offset.offset(1.5));
        // the swell peaks a quarter of a second in: both show it about as tall, though 34 dB apart
        BufferedImage li = image(l);
        BufferedImage qi = image(q);
        int x = li.getWidth() / 8;
        assertThat(litRows(qi, x)).isGreaterThan(100).isCloseTo(litRows(li, x), org.assertj.core.data.Offset.offset(30));
    }

    private static double peakDbfs(String source) {
        var m = java.util.regex.Pattern.compile("peak (-?[0-9.]+) dBFS").matcher(source);
        assertThat(m.find()).as(source).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void aTruncatedCopyFailsWithAMessageAndNothingElse() throws Exception {
        Path whole = GeneratedMedia.mp4(dir.resolve("whole.mp4"), GeneratedMedia.Spec.basic());
        Path cut = GeneratedMedia.truncated(whole, dir.resolve("cut.mp4"), 0.5);
        assertThatThrownBy(() -> probe.probe(cut)).isInstanceOf(MediaException.class)
                .hasMessageContaining("cut.mp4").hasMessageContaining("Invalid data");
        assertThatThrownBy(() -> thumbnailer.thumbnail(cut, 320)).isInstanceOf(MediaException.class);
        assertThat(probe.probe(whole).summary().width()).as("the engine still works").isEqualTo(640);
    }

    @Test
    void contentIsRecognisedByItsBytesNotItsName() throws Exception {
        Path mp4 = GeneratedMedia.mp4(dir.resolve("clip.mp4"), GeneratedMedia.Spec.basic());
        Path misnamed = java.nio.file.Files.copy(mp4, dir.resolve("holiday.jpg"));
        TechnicalSummary s = probe.probe(misnamed).summary();
        assertThat(s.assetType()).isEqualTo(io.reelbase.core.asset.AssetType.VIDEO);
        assertThat(s.mimeType()).isEqualTo("video/mp4");
    }

    private static BufferedImage image(Thumbnail t) throws java.io.IOException {
        return ImageIO.read(new ByteArrayInputStream(t.jpeg()));
    }
}
