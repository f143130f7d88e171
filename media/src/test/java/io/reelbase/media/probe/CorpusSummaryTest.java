package io.reelbase.media.probe;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.core.asset.AssetType;
import io.reelbase.core.media.HdrFormat;
import io.reelbase.core.media.ProbeResult;
import io.reelbase.core.media.TechnicalSummary;
import io.reelbase.media.Corpus;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a person sees of real files: upright sizes, aspect, interlacing, HDR, covers, EXIF. */
class CorpusSummaryTest {
    private Path dir;
    private final FfmpegProbe probe = new FfmpegProbe();

    @BeforeEach
    void corpus() {
        dir = Corpus.require();
    }

    private TechnicalSummary summary(String name) {
        return probe.probe(dir.resolve(name)).summary();
    }

    @Test
    void phoneVideosAreShownUprightFromTheirDisplayMatrix() {
        assertThat(summary("rotate-buck-bunny.mp4")).satisfies(s -> {
            assertThat(s.rotation()).isEqualTo(90);
            assertThat(s.displayWidth()).isEqualTo(1080);
            assertThat(s.displayHeight()).isEqualTo(1920);
            assertThat(s.audioChannels()).isEqualTo(6);
            assertThat(s.audioChannelLayout()).isEqualTo("5.1");
        });
        assertThat(summary("portrait_4k60.mp4")).satisfies(s -> {
            assertThat(s.displayWidth()).isEqualTo(2160);
            assertThat(s.displayHeight()).isEqualTo(3840);
            assertThat(s.resolutionCategory()).isEqualTo("UHD");
        });
        assertThat(summary("pixel7_videoOnly_cleaned.mp4").rotation()).isEqualTo(180);
        assertThat(summary("quicktime-hvc1.mov")).satisfies(s -> {
            assertThat(s.mimeType()).isEqualTo("video/quicktime");
            assertThat(s.displayWidth()).isEqualTo(720);
        });
    }

    @Test
    void anamorphicPixelsWidenThePicture() {
        assertThat(summary("sar_2x1.mp4")).satisfies(s -> {
            assertThat(s.sampleAspectRatio()).isEqualTo("2:1");
            assertThat(s.displayWidth()).isEqualTo(1280);
            assertThat(s.displayHeight()).isEqualTo(360);
        });
        assertThat(summary("fixture.mxf")).satisfies(s -> {
            assertThat(s.sampleAspectRatio()).isEqualTo("16:15");
            assertThat(s.displayWidth()).isEqualTo(768);
            assertThat(s.resolutionCategory()).isEqualTo("SD");
        });
    }

    @Test
    void broadcastInterlacingAndHdrAreRecognised() {
        assertThat(summary("fixture-raw.mts")).satisfies(s -> {
            assertThat(s.fieldOrder()).isEqualTo("tt");
            assertThat(s.frameRateNum() / (double) s.frameRateDen()).isCloseTo(29.97, org.assertj.core.data.Offset.offset(0.01));
            assertThat(s.audioCodec()).isEqualTo("ac3");
            assertThat(s.resolutionCategory()).isEqualTo("FHD");
        });
        assertThat(summary("hlg10-color-test.mp4")).satisfies(s -> {
            assertThat(s.hdr()).isEqualTo(HdrFormat.HLG);
            assertThat(s.bitDepth()).isEqualTo(10);
            assertThat(s.colorPrimaries()).isEqualTo("bt2020");
        });
        assertThat(summary("flower.mp4").hdr()).isEqualTo(HdrFormat.SDR);
    }

    @Test
    void stillsCarryTheirExif() {
        assertThat(summary("Landscape_6.jpg")).satisfies(s -> {
            assertThat(s.assetType()).isEqualTo(AssetType.IMAGE);
            assertThat(s.exifOrientation()).isEqualTo(6);
            assertThat(s.width()).isEqualTo(1200);
            assertThat(s.displayWidth()).isEqualTo(1800);
            assertThat(s.displayHeight()).isEqualTo(1200);
            assertThat(s.durationMs()).isNull();
            assertThat(s.frameRateNum()).isNull();
        });
        assertThat(summary("thompson-springs.jpg")).satisfies(s -> {
            assertThat(s.gpsLatitude()).isNotNull();
            assertThat(s.gpsLongitude()).isNotNull();
        });
        assertThat(summary("density_plot.png")).satisfies(s -> {
            assertThat(s.mimeType()).isEqualTo("image/png");
            assertThat(s.bitDepth()).isEqualTo(8);
        });
        assertThat(summary("balloons-landscape.avif").mimeType()).isEqualTo("image/avif");
        assertThat(summary("pythagoras.gif").assetType()).isEqualTo(AssetType.IMAGE);
    }

    @Test
    void audioFilesWithCoverArtStayAudio() {
        assertThat(summary("bear_with_picture.flac")).satisfies(s -> {
            assertThat(s.assetType()).isEqualTo(AssetType.AUDIO);
            assertThat(s.hasCoverArt()).isTrue();
            assertThat(s.audioBitDepth()).isEqualTo(16);
        });
        assertThat(summary("multiple-aac-tracks.mp4")).satisfies(s -> {
            assertThat(s.assetType()).isEqualTo(AssetType.AUDIO);
            assertThat(s.audioStreamCount()).isEqualTo(2);
            assertThat(s.mimeType()).isEqualTo("audio/mp4");
        });
        assertThat(summary("lena.opus").mimeType()).isEqualTo("audio/ogg");
        assertThat(summary("sample_with_pgs_subtitles.mkv").subtitleCodecs()).containsExactly("hdmv_pgs_subtitle");
    }

    @Test
    @SuppressWarnings("unchecked")
    void matroskaStreamsGetAComputedBitRate() {
        ProbeResult r = probe.probe(dir.resolve("bear-vp9-opus.webm"));
        var streams = (java.util.List<java.util.Map<String, Object>>) r.raw().get("streams");
        long sum = 0;
        for (var s : streams) {
            assertThat(s.get("bit_rate_computed")).as("stream %s", s.get("index")).isEqualTo(true);
            sum += Long.parseLong((String) s.get("bit_rate"));
        }
        long overall = Long.parseLong((String) ((java.util.Map<String, Object>) r.raw().get("format")).get("bit_rate"));
        assertThat(sum).as("streams add up to about the whole (less container overhead)")
                .isBetween((long) (overall * 0.85), overall);
        assertThat(r.summary().audioBitrate()).isPositive();
        // MP4 keeps its own figure: nothing computed.
        var mp4 = (java.util.List<java.util.Map<String, Object>>) probe.probe(dir.resolve("flower.mp4")).raw().get("streams");
        assertThat(mp4).allSatisfy(s -> assertThat(s).doesNotContainKey("bit_rate_computed"));
    }

    @Test
    void aDamagedPngIsReportedAsDegraded() {
        ProbeResult r = probe.probe(dir.resolve("fixture-corrupt.png"));
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("damaged"));
    }
}
