package io.reelbase.core.media;

import io.reelbase.core.asset.AssetType;
import java.time.Instant;
import java.util.List;

/**
 * The technical facts of a file the library shows and searches, derived from the probe: the
 * container, the main video and audio streams, stills' EXIF, and what follows from them.
 * Sizes are as stored; {@code displayWidth}/{@code displayHeight} are after sample aspect ratio
 * and rotation, as a person sees the picture. {@code damage} says how a file whose header reads is damaged
 * ("the file ends at 38% of its stated duration"), null when it is whole; {@code frameCount}/{@code loopCount}
 * describe animated stills; {@code dolbyVision} the Dolby Vision profile beside the base codec;
 * {@code motionClip} a video appended to a still (motion photo); {@code pageCount} a document's pages.
 */
public record TechnicalSummary(
        AssetType assetType,
        String mimeType,
        String container,
        Long durationMs,
        Long overallBitrate,
        int streamCount,
        String videoCodec,
        String videoProfile,
        Integer videoLevel,
        Integer width,
        Integer height,
        String sampleAspectRatio,
        String displayAspectRatio,
        Integer frameRateNum,
        Integer frameRateDen,
        String fieldOrder,
        String pixelFormat,
        Integer bitDepth,
        String colorSpace,
        String colorPrimaries,
        String colorTransfer,
        HdrFormat hdr,
        int rotation,
        boolean mirrored,
        Integer displayWidth,
        Integer displayHeight,
        String audioCodec,
        Integer audioChannels,
        String audioChannelLayout,
        Integer audioSampleRate,
        Integer audioBitDepth,
        Long audioBitrate,
        int audioStreamCount,
        boolean hasCoverArt,
        String timecode,
        Instant creationTime,
        Integer exifOrientation,
        String cameraMake,
        String cameraModel,
        Instant capturedAt,
        Double gpsLatitude,
        Double gpsLongitude,
        String resolutionCategory,
        List<String> subtitleCodecs,
        String damage,
        Integer frameCount,
        Integer loopCount,
        String dolbyVision,
        boolean motionClip,
        Integer pageCount) {

    public TechnicalSummary {
        subtitleCodecs = subtitleCodecs == null ? List.of() : List.copyOf(subtitleCodecs);
    }

    /**
     * The usual names by the picture's long and short side: 8K from 7680x4320, 4K above UHD's
     * 3840 wide (DCI 4096 and up to 8K), UHD from 3840x2160, FHD from 1920x1080, HD from 1280x720,
     * SD below. Portrait pictures count by the same sides.
     */
    public static String resolutionCategory(Integer width, Integer height) {
        if (width == null || height == null || width <= 0 || height <= 0) {
            return null;
        }
        int longSide = Math.max(width, height);
        int shortSide = Math.min(width, height);
        if (longSide >= 7680 || shortSide >= 4320) {
            return "8K";
        }
        if (longSide > 3840) {
            return "4K";
        }
        if (longSide == 3840 || shortSide >= 2160) {
            return "UHD";
        }
        if (longSide >= 1920 || shortSide >= 1080) {
            return "FHD";
        }
        if (longSide >= 1280 || shortSide >= 720) {
            return "HD";
        }
        return "SD";
    }
}
