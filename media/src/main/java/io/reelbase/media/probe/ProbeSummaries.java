package io.reelbase.media.probe;

import io.reelbase.core.asset.AssetType;
import io.reelbase.core.media.HdrFormat;
import io.reelbase.core.media.Orientation;
import io.reelbase.core.media.TechnicalSummary;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Derives the typed summary (asset type, main streams, display size, resolution, …) from an ffprobe-shaped probe. */
final class ProbeSummaries {
    private ProbeSummaries() {
    }

    @SuppressWarnings("unchecked")
    static TechnicalSummary summarize(Map<String, Object> raw, Exif exif) {
        Map<String, Object> format = (Map<String, Object>) raw.get("format");
        List<Map<String, Object>> streams = (List<Map<String, Object>>) raw.get("streams");
        Map<String, String> ftags = (Map<String, String>) format.getOrDefault("tags", Map.of());
        String formatName = (String) format.get("format_name");
        String brand = ftags.get("major_brand");

        Optional<Map<String, Object>> video = streams.stream()
                .filter(s -> "video".equals(s.get("codec_type")) && !isAttachedPic(s)).findFirst();
        List<Map<String, Object>> audios = streams.stream().filter(s -> "audio".equals(s.get("codec_type"))).toList();
        Optional<Map<String, Object>> audio = audios.stream().filter(s -> isDefault(s)).findFirst()
                .or(() -> audios.stream().findFirst());
        boolean coverArt = streams.stream().anyMatch(ProbeSummaries::isAttachedPic);
        List<String> subtitles = streams.stream().filter(s -> "subtitle".equals(s.get("codec_type")))
                .map(s -> (String) s.get("codec_name")).toList();

        boolean still = ExifReader.isStillFormat(formatName, brand);
        AssetType type = video.isPresent() ? (still ? AssetType.IMAGE : AssetType.VIDEO)
                : !audios.isEmpty() ? AssetType.AUDIO : AssetType.DOCUMENT;

        Integer width = video.map(v -> (Integer) v.get("width")).orElse(exif.width());
        Integer height = video.map(v -> (Integer) v.get("height")).orElse(exif.height());
        if ((width == null || width == 0) && exif.width() != null) {
            width = exif.width();
            height = exif.height();
        }
        Map<String, Object> animation = (Map<String, Object>) raw.get("animation");
        if (animation != null && (width == null || width == 0)) {
            width = (Integer) animation.get("width");
            height = (Integer) animation.get("height");
        }
        int[] grid = PictureLayout.gridSize(raw);
        if (grid != null) {
            width = grid[0];
            height = grid[1];
        }
        Orientation orientation = PictureLayout.orientation(raw);
        int rotation = orientation.clockwise();
        boolean mirrored = orientation.mirrored();
        String sar = video.map(v -> (String) v.get("sample_aspect_ratio")).orElse(null);
        Integer displayWidth = width;
        Integer displayHeight = height;
        if (width != null && height != null && width > 0 && height > 0) {
            int[] ratio = ratio(sar, ":");
            if (ratio != null && ratio[0] > 0 && ratio[1] > 0 && ratio[0] != ratio[1]) {
                displayWidth = (int) Math.round(width * (double) ratio[0] / ratio[1]);
            }
            if (rotation == 90 || rotation == 270) {
                int w = displayWidth;
                displayWidth = displayHeight;
                displayHeight = w;
            }
        }
        int[] fps = video.map(v -> {
            int[] avg = ratio((String) v.get("avg_frame_rate"), "/");
            return avg != null && avg[0] > 0 && avg[1] > 0 ? avg : ratio((String) v.get("r_frame_rate"), "/");
        }).orElse(null);
        if (fps != null && (fps[0] <= 0 || fps[1] <= 0 || type == AssetType.IMAGE)) {
            fps = null;
        }
        String pixFmt = video.map(v -> (String) v.get("pix_fmt")).orElse(null);
        Integer bitDepth = video.map(v -> integer(v.get("bits_per_component")))
                .or(() -> video.map(v -> integer(v.get("bits_per_raw_sample")))).orElse(null);
        String transfer = video.map(v -> (String) v.get("color_transfer")).orElse(null);
        boolean dolby = video.map(v -> hasSideData(v, "DOVI") || v.containsKey("dolby_vision_sample_entry")).orElse(false);
        String dolbyVision = video.map(ProbeSummaries::dolbyVision).orElse(null);
        boolean hdr10plus = video.map(v -> hasSideData(v, "HDR10+")).orElse(false);

        Long durationMs = animation != null ? (Long) animation.get("duration_ms") : type == AssetType.IMAGE ? null : Optional.ofNullable(decimal(format.get("duration")))
                .map(d -> Math.round(d * 1000)).orElse(null);
        String timecode = Optional.ofNullable(ftags.get("timecode")).orElseGet(() -> streams.stream()
                .map(s -> ((Map<String, String>) s.getOrDefault("tags", Map.of())).get("timecode"))
                .filter(t -> t != null).findFirst().orElse(null));
        Integer audioDepth = audio.map(a -> {
            Integer raw1 = integer(a.get("bits_per_raw_sample"));
            Integer bps = integer(a.get("bits_per_sample"));
            return raw1 != null && raw1 > 0 ? raw1 : bps != null && bps > 0 ? bps : null;
        }).orElse(null);
        return new TechnicalSummary(type, mimeType(formatName, brand, type, video, audio), formatName, durationMs,
                longValue(format.get("bit_rate")), streams.size(),
                video.map(v -> (String) v.get("codec_name")).orElse(null),
                video.map(v -> (String) v.get("profile")).orElse(null),
                video.map(v -> (Integer) v.get("level")).filter(l -> l > 0).orElse(null),
                width, height, sar, video.map(v -> (String) v.get("display_aspect_ratio")).orElse(null),
                fps == null ? null : fps[0], fps == null ? null : fps[1],
                video.map(v -> (String) v.get("field_order")).orElse(null), pixFmt, bitDepth,
                video.map(v -> (String) v.get("color_space")).orElse(null),
                video.map(v -> (String) v.get("color_primaries")).orElse(null), transfer,
                video.isPresent() ? HdrFormat.of(transfer, dolby, hdr10plus) : null,
                rotation, mirrored, displayWidth, displayHeight,
                audio.map(a -> (String) a.get("codec_name")).orElse(null),
                audio.map(a -> (Integer) a.get("channels")).orElse(null),
                audio.map(a -> (String) a.get("channel_layout")).orElse(null),
                audio.map(a -> integer(a.get("sample_rate"))).orElse(null), audioDepth,
                audio.map(a -> longValue(a.get("bit_rate"))).orElse(null), audios.size(), coverArt, timecode,
                instant(ftags.get("creation_time")), exif.orientation(), exif.make(), exif.model(), exif.capturedAt(),
                exif.latitude(), exif.longitude(),
                TechnicalSummary.resolutionCategory(displayWidth, displayHeight), new ArrayList<>(subtitles),
                (String) raw.get("damage"), animation == null ? null : (Integer) animation.get("frames"),
                animation == null ? null : (Integer) animation.get("loop"), dolbyVision, raw.containsKey("motion_photo"),
                raw.get("document") instanceof Map<?, ?> doc ? (Integer) doc.get("pages") : null);
    }

    @SuppressWarnings("unchecked")
    private static String dolbyVision(Map<String, Object> v) {
        Map<String, Object> record = ((List<Map<String, Object>>) v.getOrDefault("side_data_list", List.of())).stream()
                .filter(sd -> "DOVI configuration record".equals(sd.get("side_data_type")) && sd.containsKey("dv_profile"))
                .findFirst().orElse(null);
        return io.reelbase.media.DolbyVision.describe(record, (String) v.get("dolby_vision_sample_entry"));
    }

    static String mimeType(String formatName, String brand, AssetType type, Optional<Map<String, Object>> video,
                           Optional<Map<String, Object>> audio) {
        if (formatName == null) {
            return "application/octet-stream";
        }
        String b = brand == null ? "" : brand.strip().toLowerCase(Locale.ROOT);
        String vcodec = video.map(v -> (String) v.get("codec_name")).orElse("");
        return switch (formatName) {
            case "pdf" -> "application/pdf";
            case "mov,mp4,m4a,3gp,3g2,mj2" -> {
                if (b.startsWith("avif") || b.equals("avis")) {
                    yield "image/avif";
                }
                if (b.startsWith("hei") || b.equals("mif1") || b.equals("msf1")) {
                    yield "image/heic";
                }
                if (b.startsWith("3g")) {
                    yield type == AssetType.AUDIO ? "audio/3gpp" : "video/3gpp";
                }
                if (b.equals("qt") || b.isEmpty()) {
                    // MP4 always names a brand; an old QuickTime file may have none
                    yield "video/quicktime";
                }
                yield type == AssetType.AUDIO ? "audio/mp4" : "video/mp4";
            }
            case "matroska,webm" -> vcodec.startsWith("vp") || vcodec.equals("av1") || type == AssetType.AUDIO
                    ? (type == AssetType.AUDIO ? "audio/webm" : "video/webm") : "video/x-matroska";
            case "mpegts" -> "video/mp2t";
            case "avi" -> "video/x-msvideo";
            case "flv" -> "video/x-flv";
            case "mxf" -> "application/mxf";
            case "ogg" -> type == AssetType.VIDEO ? "video/ogg" : "audio/ogg";
            case "wav" -> "audio/wav";
            case "flac" -> "audio/flac";
            case "mp3" -> "audio/mpeg";
            case "aac" -> "audio/aac";
            case "gif" -> "image/gif";
            case "png_pipe", "apng" -> "image/png";
            case "image2", "jpeg_pipe" -> vcodec.equals("png") ? "image/png" : "image/jpeg";
            case "webp_pipe", "webp" -> "image/webp";
            case "tiff_pipe" -> "image/tiff";
            case "bmp_pipe" -> "image/bmp";
            default -> type == AssetType.AUDIO ? "audio/" + formatName.split(",")[0]
                    : type == AssetType.IMAGE ? "image/" + formatName.split(",")[0].replace("_pipe", "")
                    : "application/octet-stream";
        };
    }

    @SuppressWarnings("unchecked")
    private static boolean isAttachedPic(Map<String, Object> s) {
        Object d = s.get("disposition");
        return d instanceof Map<?, ?> m && Integer.valueOf(1).equals(((Map<String, Object>) m).get("attached_pic"));
    }

    @SuppressWarnings("unchecked")
    private static boolean isDefault(Map<String, Object> s) {
        Object d = s.get("disposition");
        return d instanceof Map<?, ?> m && Integer.valueOf(1).equals(((Map<String, Object>) m).get("default"));
    }

    @SuppressWarnings("unchecked")
    private static boolean hasSideData(Map<String, Object> s, String marker) {
        return ((List<Map<String, Object>>) s.getOrDefault("side_data_list", List.of())).stream()
                .anyMatch(sd -> String.valueOf(sd.get("side_data_type")).contains(marker));
    }

    static int[] ratio(String text, String separator) {
        if (text == null) {
            return null;
        }
        String[] parts = text.split(separator);
        if (parts.length != 2) {
            return null;
        }
        try {
            return new int[] {Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip())};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer integer(Object value) {
        if (value instanceof Integer i) {
            return i;
        }
        if (value instanceof String s) {
            try {
                return Integer.valueOf(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static Long longValue(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof String s) {
            try {
                return Long.valueOf(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static Double decimal(Object value) {
        if (value instanceof String s) {
            try {
                return Double.valueOf(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return value instanceof Number n ? n.doubleValue() : null;
    }

    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
