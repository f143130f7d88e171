package io.reelbase.media;

import java.util.LinkedHashMap;
import java.util.Map;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacketSideData;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacpp.BytePointer;

/**
 * Dolby Vision in MP4: sample entries FFmpeg's demuxer leaves without a codec ({@code dav1} is AV1 underneath,
 * {@code dvav}/{@code dva1} H.264, {@code dvhe}/{@code dvh1} HEVC) are given the codec they carry so that they
 * probe and decode as their base layer; and the configuration record ({@code dvcC}/{@code dvvC}) is read as
 * ffprobe prints it. Without a record, the sample entry still says which profile family it is.
 */
public final class DolbyVision {
    private static final Map<String, Integer> BASE_CODEC = Map.of(
            "dav1", avcodec.AV_CODEC_ID_AV1, "dvav", avcodec.AV_CODEC_ID_H264, "dva1", avcodec.AV_CODEC_ID_H264,
            "dvhe", avcodec.AV_CODEC_ID_HEVC, "dvh1", avcodec.AV_CODEC_ID_HEVC);

    private DolbyVision() {
    }

    /** Gives every Dolby Vision stream without a codec the codec of its base layer. Call right after opening. */
    public static void mapSampleEntries(AVFormatContext fmt) {
        for (int i = 0; i < fmt.nb_streams(); i++) {
            AVCodecParameters par = fmt.streams(i).codecpar();
            Integer base = BASE_CODEC.get(fourcc(par.codec_tag()));
            if (par.codec_id() == avcodec.AV_CODEC_ID_NONE && base != null) {
                par.codec_id(base);
            }
        }
    }

    /** The Dolby Vision sample entry of a stream ("dav1", …), or null for any other. */
    public static String sampleEntry(AVCodecParameters par) {
        String tag = fourcc(par.codec_tag());
        return BASE_CODEC.containsKey(tag) ? tag : null;
    }

    /** The configuration record as ffprobe names its fields, or null when the stream has none. */
    public static Map<String, Object> record(AVCodecParameters par) {
        AVPacketSideData sd = avcodec.av_packet_side_data_get(par.coded_side_data(), par.nb_coded_side_data(),
                avcodec.AV_PKT_DATA_DOVI_CONF);
        if (sd == null || sd.isNull() || sd.size() < 8) {
            return null;
        }
        // AVDOVIDecoderConfigurationRecord: eight uint8_t fields in this order
        BytePointer b = new BytePointer(sd.data()).capacity(sd.size());
        String[] names = {"dv_version_major", "dv_version_minor", "dv_profile", "dv_level", "rpu_present_flag",
            "el_present_flag", "bl_present_flag", "dv_bl_signal_compatibility_id"};
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("side_data_type", "DOVI configuration record");
        for (int i = 0; i < names.length; i++) {
            record.put(names[i], b.get(i) & 0xff);
        }
        return record;
    }

    /**
     * As people read it: "profile 10.1, level 5" from a record; from a sample entry alone, the profile its
     * family implies ("profile 10" for {@code dav1}, "profile 9" for {@code dvav}/{@code dva1}).
     */
    public static String describe(Map<String, Object> record, String sampleEntry) {
        if (record != null) {
            int compat = (Integer) record.get("dv_bl_signal_compatibility_id");
            return "profile " + record.get("dv_profile") + (compat > 0 ? "." + compat : "") + ", level " + record.get("dv_level");
        }
        if (sampleEntry == null) {
            return null;
        }
        return switch (sampleEntry) {
            case "dav1" -> "profile 10 (" + sampleEntry + " sample entry)";
            case "dvav", "dva1" -> "profile 9 (" + sampleEntry + " sample entry)";
            default -> "(" + sampleEntry + " sample entry)";
        };
    }

    /** The base layer's own sample entry for each Dolby Vision one. */
    private static final Map<String, String> BASE_ENTRY = Map.of("dav1", "av01", "dvav", "avc3", "dva1", "avc1",
            "dvhe", "hev1", "dvh1", "hvc1");

    /**
     * Where an MP4's Dolby Vision sample entries are (file offset of the four-character code) and the base
     * layer's code to read there instead, so that a reader that cannot be told the codec still decodes the
     * base layer. Empty when there are none or the file is not ISO BMFF.
     */
    public static Map<Long, byte[]> baseLayerEntries(java.nio.file.Path file) throws java.io.IOException {
        Map<Long, byte[]> patches = new java.util.HashMap<>();
        try (var ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.READ)) {
            long size = ch.size();
            long pos = 0;
            java.nio.ByteBuffer head = java.nio.ByteBuffer.allocate(16);
            while (pos + 8 <= size) {
                head.clear();
                ch.read(head, pos);
                long box = Integer.toUnsignedLong(head.getInt(0));
                String type = new String(head.array(), 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
                int headerLength = box == 1 ? 16 : 8;
                box = box == 1 ? head.getLong(8) : box == 0 ? size - pos : box;
                if (box < 8) {
                    break;
                }
                if (type.equals("moov") && box < 256L * 1024 * 1024) {
                    java.nio.ByteBuffer moov = java.nio.ByteBuffer.allocate((int) box - headerLength);
                    ch.read(moov, pos + headerLength);
                    byte[] m = moov.array();
                    String text = new String(m, java.nio.charset.StandardCharsets.ISO_8859_1);
                    for (int at = text.indexOf("stsd"); at >= 0; at = text.indexOf("stsd", at + 4)) {
                        // stsd: type, version/flags, entry count, then the first entry's size and type
                        int entry = at + 16;
                        String base = entry + 4 <= m.length ? BASE_ENTRY.get(text.substring(entry, entry + 4)) : null;
                        if (base != null) {
                            patches.put(pos + headerLength + entry, base.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                        }
                    }
                }
                pos += box;
            }
        }
        return patches;
    }

    private static String fourcc(int tag) {
        char[] c = new char[4];
        for (int i = 0; i < 4; i++) {
            c[i] = (char) ((tag >> (8 * i)) & 0xff);
        }
        return new String(c);
    }
}
