package io.reelbase.media.probe;

import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_DATA_DISPLAYMATRIX;
import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_DATA_DYNAMIC_HDR10_PLUS;

import io.reelbase.core.media.MediaException;
import io.reelbase.core.media.MediaProbe;
import io.reelbase.core.media.ProbeResult;
import io.reelbase.media.DisplayMatrix;
import io.reelbase.media.DolbyVision;
import io.reelbase.media.document.PdfDocuments;
import io.reelbase.media.FfmpegErrors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bytedeco.ffmpeg.avcodec.AVCodecDescriptor;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacketSideData;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVDictionaryEntry;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * The probe, in process, on libavformat: opens the container (recognised by its bytes), reads the
 * stream parameters and answers with ffprobe's field names and value formats, plus our summary.
 */
public final class FfmpegProbe implements MediaProbe {
    static {
        avutil.av_log_set_level(avutil.AV_LOG_QUIET);
    }

    private final ExifReader exif = new ExifReader();

    @Override
    public ProbeResult probe(Path file) {
        long size = checkReadable(file);
        if (PdfDocuments.isPdf(file)) {
            Map<String, Object> raw = PdfDocuments.probe(file, size);
            return new ProbeResult(raw, ProbeSummaries.summarize(raw, Exif.NONE), List.of());
        }
        List<String> warnings = new ArrayList<>();
        AVFormatContext ctx = new AVFormatContext(null);
        int r = avformat.avformat_open_input(ctx, file.toString(), null, null);
        if (r < 0) {
            throw new MediaException(file, "not a media file FFmpeg can read (" + error(r) + ").",
                    "Check that the file is complete and really is video, audio or a picture; a truncated copy "
                            + "or an unfinished download looks like this.");
        }
        try {
            DolbyVision.mapSampleEntries(ctx);
            r = avformat.avformat_find_stream_info(ctx, (PointerPointer<?>) null);
            if (r < 0) {
                warnings.add("stream details incomplete: " + error(r));
            }
            NotMedia.check(file, ctx);
            List<Map<String, Object>> streams = new ArrayList<>();
            for (int i = 0; i < ctx.nb_streams(); i++) {
                streams.add(stream(ctx, ctx.streams(i)));
            }
            Map<String, Object> format = format(ctx, file, size);
            computeMissingBitrates(ctx, streams, format);
            @SuppressWarnings("unchecked")
            String brand = format.get("tags") instanceof Map<?, ?> t ? (String) ((Map<String, String>) t).get("major_brand") : null;
            boolean still = ExifReader.isStillFormat((String) format.get("format_name"), brand);
            Animation animation = still ? Animation.read(file) : null;
            for (Map<String, Object> st : streams) {
                if ("video".equals(st.get("codec_type")) && Integer.valueOf(0).equals(st.get("width")) && animation == null) {
                    warnings.add("stream " + st.get("index") + " has no picture size: the file is probably damaged");
                }
            }
            Map<String, Object> raw = new LinkedHashMap<>();
            raw.put("streams", streams);
            raw.put("format", format);
            StillExtent extent = still ? StillExtent.of(file) : null;
            String damage = still ? extent.damage()
                    : DataExtent.damage(file, ctx, size, format.get("duration") instanceof String d ? Double.parseDouble(d) : 0);
            if (damage != null) {
                raw.put("damage", damage);
                warnings.add(damage);
            }
            long clip = still ? MotionPhoto.clipBytes(file, extent) : 0;
            if (clip > 0) {
                raw.put("motion_photo", Map.of("clip_bytes", clip));
            }
            if (animation != null) {
                raw.put("animation", Map.of("width", animation.width(), "height", animation.height(),
                        "frames", animation.frames().size(), "duration_ms", animation.durationMs(), "loop", animation.loops()));
            }
            Exif stills = still ? exif.read(file) : Exif.NONE;
            PictureLayout.describe(ctx, still, stills, raw);
            return new ProbeResult(raw, ProbeSummaries.summarize(raw, stills), warnings);
        } finally {
            avformat.avformat_close_input(ctx);
        }
    }

    /** Fails with a clear message unless {@code file} is a readable, non-empty regular file; returns its size. */
    public static long checkReadable(Path file) {
        if (!Files.exists(file)) {
            throw new MediaException(file, "the file is not there (any more).",
                    "Check the path; the file may have been moved, renamed or deleted.");
        }
        if (!Files.isRegularFile(file)) {
            throw new MediaException(file, "this is not a regular file.", "Give the path of a media file.");
        }
        if (!Files.isReadable(file)) {
            throw new MediaException(file, "permission denied.", "Ask for read access to the file, or copy it somewhere readable.");
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new MediaException(file, "the file is empty (0 bytes).",
                        "The copy or download probably failed; fetch the file again.");
            }
            return size;
        } catch (IOException e) {
            throw new MediaException(file, "cannot read the file (" + e.getMessage() + ").", "Check the disk and the path.", e);
        }
    }

    /**
     * Some containers (Matroska, WebM, Ogg) keep no per-stream bit rate. Where one is missing it is
     * computed from the sizes of the stream's packets (read, not decoded) over its duration, and marked
     * {@code "bit_rate_computed": true}. Files over 8 GiB are left alone to keep the probe quick.
     */
    private static void computeMissingBitrates(AVFormatContext ctx, List<Map<String, Object>> streams,
                                               Map<String, Object> format) {
        boolean missing = streams.stream().anyMatch(s -> !s.containsKey("bit_rate")
                && ("video".equals(s.get("codec_type")) || "audio".equals(s.get("codec_type")))
                && !Integer.valueOf(1).equals(((Map<?, ?>) s.get("disposition")).get("attached_pic")));
        long size = Long.parseLong((String) format.get("size"));
        if (!missing || size > 8L * 1024 * 1024 * 1024) {
            return;
        }
        long[] bytes = new long[streams.size()];
        org.bytedeco.ffmpeg.avcodec.AVPacket pkt = avcodec.av_packet_alloc();
        try {
            while (avformat.av_read_frame(ctx, pkt) >= 0) {
                if (pkt.stream_index() >= 0 && pkt.stream_index() < bytes.length) {
                    bytes[pkt.stream_index()] += pkt.size();
                }
                avcodec.av_packet_unref(pkt);
            }
        } finally {
            avcodec.av_packet_free(pkt);
        }
        double formatSeconds = format.containsKey("duration") ? Double.parseDouble((String) format.get("duration")) : 0;
        for (Map<String, Object> s : streams) {
            int i = (Integer) s.get("index");
            if (s.containsKey("bit_rate") || bytes[i] == 0) {
                continue;
            }
            double seconds = s.containsKey("duration") ? Double.parseDouble((String) s.get("duration")) : formatSeconds;
            if (seconds > 0 && ("video".equals(s.get("codec_type")) || "audio".equals(s.get("codec_type")))) {
                s.put("bit_rate", String.valueOf(Math.round(bytes[i] * 8 / seconds)));
                s.put("bit_rate_computed", true);
            }
        }
    }

    private static Map<String, Object> format(AVFormatContext ctx, Path file, long size) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("filename", file.getFileName().toString());
        f.put("nb_streams", ctx.nb_streams());
        f.put("nb_programs", ctx.nb_programs());
        f.put("format_name", string(ctx.iformat().name()));
        f.put("format_long_name", string(ctx.iformat().long_name()));
        if (ctx.start_time() != avutil.AV_NOPTS_VALUE) {
            f.put("start_time", seconds(ctx.start_time() / (double) avutil.AV_TIME_BASE));
        }
        if (ctx.duration() != avutil.AV_NOPTS_VALUE && ctx.duration() > 0) {
            f.put("duration", seconds(ctx.duration() / (double) avutil.AV_TIME_BASE));
        }
        f.put("size", String.valueOf(size));
        if (ctx.bit_rate() > 0) {
            f.put("bit_rate", String.valueOf(ctx.bit_rate()));
        }
        f.put("probe_score", ctx.probe_score());
        Map<String, String> tags = tags(ctx.metadata());
        if (!tags.isEmpty()) {
            f.put("tags", tags);
        }
        return f;
    }

    private static Map<String, Object> stream(AVFormatContext ctx, AVStream st) {
        AVCodecParameters par = st.codecpar();
        Map<String, Object> s = new LinkedHashMap<>();
        int codecId = par.codec_id();
        int type = par.codec_type();
        s.put("index", st.index());
        s.put("codec_name", string(avcodec.avcodec_get_name(codecId)));
        AVCodecDescriptor desc = avcodec.avcodec_descriptor_get(codecId);
        if (desc != null && desc.long_name() != null) {
            s.put("codec_long_name", string(desc.long_name()));
        }
        BytePointer profile = avcodec.avcodec_profile_name(codecId, par.profile());
        if (profile != null && !profile.isNull()) {
            s.put("profile", string(profile));
        }
        String typeName = type < 0 ? "unknown" : string(avutil.av_get_media_type_string(type));
        s.put("codec_type", typeName);
        s.put("codec_tag_string", fourcc(par.codec_tag()));
        String dolbyEntry = DolbyVision.sampleEntry(par);
        if (dolbyEntry != null) {
            s.put("dolby_vision_sample_entry", dolbyEntry);
        }
        if (type == avutil.AVMEDIA_TYPE_VIDEO) {
            video(ctx, st, par, s);
        } else if (type == avutil.AVMEDIA_TYPE_AUDIO) {
            audio(par, codecId, s);
        } else if (type == avutil.AVMEDIA_TYPE_SUBTITLE && par.width() > 0) {
            // bitmap subtitles (PGS, DVB) have a canvas size
            s.put("width", par.width());
            s.put("height", par.height());
        }
        s.put("r_frame_rate", rational(st.r_frame_rate(), "/"));
        s.put("avg_frame_rate", rational(st.avg_frame_rate(), "/"));
        s.put("time_base", rational(st.time_base(), "/"));
        double tb = avutil.av_q2d(st.time_base());
        if (st.start_time() != avutil.AV_NOPTS_VALUE) {
            s.put("start_time", seconds(st.start_time() * tb));
        }
        if (st.duration() != avutil.AV_NOPTS_VALUE && st.duration() > 0) {
            s.put("duration_ts", st.duration());
            s.put("duration", seconds(st.duration() * tb));
        }
        if (par.bit_rate() > 0) {
            s.put("bit_rate", String.valueOf(par.bit_rate()));
        }
        if (par.bits_per_raw_sample() > 0) {
            s.put("bits_per_raw_sample", String.valueOf(par.bits_per_raw_sample()));
        }
        if (st.nb_frames() > 0) {
            s.put("nb_frames", String.valueOf(st.nb_frames()));
        }
        Map<String, Object> disposition = new LinkedHashMap<>();
        disposition.put("default", (st.disposition() & avformat.AV_DISPOSITION_DEFAULT) != 0 ? 1 : 0);
        disposition.put("attached_pic", (st.disposition() & avformat.AV_DISPOSITION_ATTACHED_PIC) != 0 ? 1 : 0);
        disposition.put("still_image", (st.disposition() & avformat.AV_DISPOSITION_STILL_IMAGE) != 0 ? 1 : 0);
        s.put("disposition", disposition);
        Map<String, String> tags = tags(st.metadata());
        if (!tags.isEmpty()) {
            s.put("tags", tags);
        }
        List<Map<String, Object>> sideData = sideData(par);
        if (!sideData.isEmpty()) {
            s.put("side_data_list", sideData);
        }
        return s;
    }

    private static void video(AVFormatContext ctx, AVStream st, AVCodecParameters par, Map<String, Object> s) {
        s.put("width", par.width());
        s.put("height", par.height());
        if (par.format() >= 0) {
            s.put("pix_fmt", string(avutil.av_get_pix_fmt_name(par.format())));
            var desc = avutil.av_pix_fmt_desc_get(par.format());
            if (desc != null && !desc.isNull() && desc.nb_components() > 0) {
                // not an ffprobe field: bits per colour component (10 for yuv420p10le, 8 for rgb24)
                s.put("bits_per_component", desc.comp(0).depth());
            }
        }
        s.put("level", par.level());
        AVRational sar = avformat.av_guess_sample_aspect_ratio(ctx, st, null);
        if (sar.num() > 0 && sar.den() > 0 && par.width() > 0 && par.height() > 0) {
            int[] n = new int[1];
            int[] d = new int[1];
            avutil.av_reduce(n, d, sar.num(), sar.den(), 1024 * 1024);
            s.put("sample_aspect_ratio", n[0] + ":" + d[0]);
            avutil.av_reduce(n, d, (long) par.width() * sar.num(), (long) par.height() * sar.den(), 1024 * 1024);
            s.put("display_aspect_ratio", n[0] + ":" + d[0]);
        }
        putName(s, "color_range", par.color_range(), avutil.av_color_range_name(par.color_range()));
        putName(s, "color_space", par.color_space(), avutil.av_color_space_name(par.color_space()));
        putName(s, "color_transfer", par.color_trc(), avutil.av_color_transfer_name(par.color_trc()));
        putName(s, "color_primaries", par.color_primaries(), avutil.av_color_primaries_name(par.color_primaries()));
        String field = switch (par.field_order()) {
            case avcodec.AV_FIELD_PROGRESSIVE -> "progressive";
            case avcodec.AV_FIELD_TT -> "tt";
            case avcodec.AV_FIELD_BB -> "bb";
            case avcodec.AV_FIELD_TB -> "tb";
            case avcodec.AV_FIELD_BT -> "bt";
            default -> null;
        };
        if (field != null) {
            s.put("field_order", field);
        }
    }

    private static void audio(AVCodecParameters par, int codecId, Map<String, Object> s) {
        if (par.format() >= 0) {
            s.put("sample_fmt", string(avutil.av_get_sample_fmt_name(par.format())));
        }
        s.put("sample_rate", String.valueOf(par.sample_rate()));
        s.put("channels", par.ch_layout().nb_channels());
        byte[] buf = new byte[128];
        int n = avutil.av_channel_layout_describe(par.ch_layout(), buf, buf.length);
        if (n > 0 && par.ch_layout().order() != avutil.AV_CHANNEL_ORDER_UNSPEC) {
            s.put("channel_layout", new String(buf, 0, Math.min(n, buf.length) - 1, java.nio.charset.StandardCharsets.US_ASCII));
        }
        s.put("bits_per_sample", avcodec.av_get_bits_per_sample(codecId));
    }

    private static List<Map<String, Object>> sideData(AVCodecParameters par) {
        List<Map<String, Object>> list = new ArrayList<>();
        AVPacketSideData all = par.coded_side_data();
        int count = par.nb_coded_side_data();
        if (avcodec.av_packet_side_data_get(all, count, AV_PKT_DATA_DISPLAYMATRIX) != null
                && !avcodec.av_packet_side_data_get(all, count, AV_PKT_DATA_DISPLAYMATRIX).isNull()) {
            DisplayMatrix dm = DisplayMatrix.of(par);
            Map<String, Object> sd = new LinkedHashMap<>();
            sd.put("side_data_type", "Display Matrix");
            sd.put("rotation", dm.matrixRotation());
            list.add(sd);
        }
        Map<String, Object> dovi = DolbyVision.record(par);
        if (dovi != null) {
            list.add(dovi);
        }
        AVPacketSideData hdr10p = avcodec.av_packet_side_data_get(all, count, AV_PKT_DATA_DYNAMIC_HDR10_PLUS);
        if (hdr10p != null && !hdr10p.isNull()) {
            list.add(Map.of("side_data_type", "HDR Dynamic Metadata SMPTE2094-40 (HDR10+)"));
        }
        return list;
    }

    private static Map<String, String> tags(AVDictionary dict) {
        Map<String, String> tags = new LinkedHashMap<>();
        if (dict == null || dict.isNull()) {
            return tags;
        }
        AVDictionaryEntry e = null;
        while ((e = avutil.av_dict_get(dict, "", e, avutil.AV_DICT_IGNORE_SUFFIX)) != null && !e.isNull()) {
            tags.put(string(e.key()), string(e.value()));
        }
        return tags;
    }

    private static void putName(Map<String, Object> s, String key, int value, BytePointer name) {
        // ffprobe leaves out unspecified colour properties (value 2 for space/transfer/primaries, 0 for range).
        boolean unspecified = key.equals("color_range") ? value == avutil.AVCOL_RANGE_UNSPECIFIED : value == 2;
        if (!unspecified && name != null && !name.isNull()) {
            s.put(key, string(name));
        }
    }

    static String rational(AVRational q, String separator) {
        return q.num() + separator + q.den();
    }

    static String seconds(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }

    private static String fourcc(int tag) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            int c = (tag >> (8 * i)) & 0xff;
            if (c >= 0x20 && c < 0x7f && Character.isLetterOrDigit(c) || c == ' ' || c == '.' || c == '_' || c == '-') {
                sb.append((char) c);
            } else {
                sb.append('[').append(c).append(']');
            }
        }
        return sb.toString();
    }

    private static String string(BytePointer p) {
        return p == null || p.isNull() ? null : p.getString(java.nio.charset.StandardCharsets.UTF_8);
    }

    static String error(int code) {
        return FfmpegErrors.text(code);
    }
}
