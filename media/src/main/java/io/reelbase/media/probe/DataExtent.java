package io.reelbase.media.probe;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIndexEntry;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;

/**
 * Whether a file whose header reads holds all the data its own structure promises (a download cut short, a
 * card pulled out), and if not, where its data ends: MP4/MOV top-level boxes and the sample index, the
 * Matroska segment size and the last packets in the file. Costs a few header reads and at most one seek.
 */
final class DataExtent {
    private DataExtent() {
    }

    /** A note such as "the file ends at 38% of its stated duration (0:08 of 0:21)", or null when it is whole. */
    static String damage(Path file, AVFormatContext ctx, long size, double statedSeconds) {
        long declared;
        try {
            declared = declaredBytes(file, ctx.iformat().name().getString(), size);
        } catch (IOException e) {
            return null;
        }
        if (declared <= size) {
            return null;
        }
        Double endsAt = statedSeconds > 0 ? dataEndSeconds(ctx, size, statedSeconds) : null;
        if (endsAt == null || statedSeconds <= 0) {
            return String.format(Locale.ROOT, "the file ends at %d%% of its stated size (%s of %s)",
                    Math.round(100.0 * size / declared), io.reelbase.core.Bytes.human(size), io.reelbase.core.Bytes.human(declared));
        }
        double part = Math.max(0, Math.min(1, endsAt / statedSeconds));
        return String.format(Locale.ROOT, "the file ends at %d%% of its stated duration (%s of %s)",
                Math.round(100 * part), clock(endsAt), clock(statedSeconds));
    }

    /** How many bytes the file's structure says it has; {@code size} where the format does not say. */
    static long declaredBytes(Path file, String format, long size) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            if (format.startsWith("mov,mp4")) {
                return boxesEnd(ch, size);
            }
            if (format.startsWith("matroska")) {
                return segmentEnd(ch, size);
            }
        }
        return size;
    }

    /** Walks the top-level ISO BMFF boxes; where the last one ends. */
    private static long boxesEnd(FileChannel ch, long size) throws IOException {
        TopBoxes boxes = new TopBoxes(ch);
        while (boxes.next().isPresent()) {
            // to the last box
        }
        return boxes.broken() ? size : Math.max(boxes.position(), size);
    }

    /** The EBML header, then the Segment: where its stated size ends (unknown size: the file's). */
    private static long segmentEnd(FileChannel ch, long size) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(64);
        long pos = 0;
        for (int element = 0; element < 2 && pos < size; element++) {
            b.clear();
            ch.read(b, pos);
            int idLength = Integer.numberOfLeadingZeros(b.get(0) & 0xff) - 23;
            long[] vint = vint(b, idLength);
            if (idLength < 1 || idLength > 4 || vint == null) {
                return size;
            }
            long dataStart = pos + idLength + vint[1];
            if (element == 1) {
                return vint[0] < 0 ? size : dataStart + vint[0];
            }
            pos = dataStart + vint[0];
        }
        return size;
    }

    /** An EBML variable-length size at {@code at}: {value (-1 if unknown), length}, or null. */
    private static long[] vint(ByteBuffer b, int at) {
        int first = b.get(at) & 0xff;
        int length = Integer.numberOfLeadingZeros(first) - 23;
        if (length < 1 || length > 8) {
            return null;
        }
        long value = first & (0xff >> length);
        boolean allOnes = value == (0xff >> length);
        for (int i = 1; i < length; i++) {
            int next = b.get(at + i) & 0xff;
            allOnes &= next == 0xff;
            value = (value << 8) | next;
        }
        return new long[] {allOnes ? -1 : value, length};
    }

    /** Seconds from the start at which the main stream's readable data ends, or null when it cannot be told. */
    private static Double dataEndSeconds(AVFormatContext ctx, long size, double statedSeconds) {
        AVStream main = mainStream(ctx);
        if (main == null) {
            return null;
        }
        double base = avutil.av_q2d(main.time_base());
        long start = main.start_time() == avutil.AV_NOPTS_VALUE ? 0 : main.start_time();
        int entries = avformat.avformat_index_get_entries_count(main);
        if (entries > 0 && ctx.iformat().name().getString().startsWith("mov,mp4")) {
            for (int i = entries - 1; i >= 0; i--) {
                AVIndexEntry e = avformat.avformat_index_get_entry(main, i);
                if (e.pos() + e.size() <= size) {
                    return Math.max(0, (e.timestamp() - start) * base);
                }
            }
            return 0.0;
        }
        // No index to read (Matroska cut before its cues): ask for the stated end; the demuxer goes as far as the
        // data reaches, and the last packets from there say how far that is.
        long end = start + (long) (statedSeconds / base);
        if (avformat.av_seek_frame(ctx, main.index(), end, avformat.AVSEEK_FLAG_BACKWARD) < 0
                && avformat.av_seek_frame(ctx, -1, Math.max(0, size - 2L * 1024 * 1024), avformat.AVSEEK_FLAG_BYTE) < 0) {
            return null;
        }
        long last = avutil.AV_NOPTS_VALUE;
        AVPacket pkt = avcodec.av_packet_alloc();
        try {
            while (avformat.av_read_frame(ctx, pkt) >= 0) {
                if (pkt.stream_index() == main.index() && pkt.pts() != avutil.AV_NOPTS_VALUE) {
                    last = Math.max(last, pkt.pts() + Math.max(0, pkt.duration()));
                }
                avcodec.av_packet_unref(pkt);
            }
        } finally {
            avcodec.av_packet_free(pkt);
        }
        return last == avutil.AV_NOPTS_VALUE ? null : Math.max(0, (last - start) * base);
    }

    private static AVStream mainStream(AVFormatContext ctx) {
        AVStream audio = null;
        for (int i = 0; i < ctx.nb_streams(); i++) {
            AVStream s = ctx.streams(i);
            int type = s.codecpar().codec_type();
            if (type == avutil.AVMEDIA_TYPE_VIDEO && (s.disposition() & avformat.AV_DISPOSITION_ATTACHED_PIC) == 0) {
                return s;
            }
            if (type == avutil.AVMEDIA_TYPE_AUDIO && audio == null) {
                audio = s;
            }
        }
        return audio;
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
