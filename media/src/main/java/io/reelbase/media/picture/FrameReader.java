package io.reelbase.media.picture;

import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;

/**
 * The decode loop, once: reads the stream's packets from where the file is, decodes them and shows each
 * frame to a visitor until it takes one, stops, or the packets run out (then the decoder is drained). Also
 * seeks, and turns frame timestamps into milliseconds from the stream's start.
 */
final class FrameReader implements AutoCloseable {
    /** What to do with a decoded frame. */
    enum Verdict { TAKE, NEXT, STOP }

    @FunctionalInterface
    interface Visitor {
        Verdict visit(AVFrame frame);
    }

    private final AVFormatContext fmt;
    private final AVStream stream;
    private final AVCodecContext decoder;
    private final AVPacket packet = avcodec.av_packet_alloc();
    private final AVFrame frame = avutil.av_frame_alloc();

    FrameReader(AVFormatContext fmt, AVStream stream, AVCodecContext decoder) {
        this.fmt = fmt;
        this.stream = stream;
        this.decoder = decoder;
    }

    /**
     * Decodes on, reading at most {@code maxPackets} packets. Returns true when the visitor took a frame (it is
     * then in {@link #frame()} until the next call); false when it stopped or the stream ended.
     */
    boolean decode(int maxPackets, Visitor visitor) {
        int packets = 0;
        while (packets++ < maxPackets && avformat.av_read_frame(fmt, packet) >= 0) {
            try {
                if (packet.stream_index() != stream.index() || avcodec.avcodec_send_packet(decoder, packet) < 0) {
                    continue;
                }
                Verdict v = receive(visitor);
                if (v != Verdict.NEXT) {
                    return v == Verdict.TAKE;
                }
            } finally {
                avcodec.av_packet_unref(packet);
            }
        }
        // End of the packets: the decoder may still hold pictures.
        avcodec.avcodec_send_packet(decoder, null);
        return receive(visitor) == Verdict.TAKE;
    }

    /** Decodes one packet on its own (a cover picture); true when it gave a frame. */
    boolean decodeOne(AVPacket picture) {
        return avcodec.avcodec_send_packet(decoder, picture) >= 0 && avcodec.avcodec_receive_frame(decoder, frame) >= 0;
    }

    private Verdict receive(Visitor visitor) {
        while (avcodec.avcodec_receive_frame(decoder, frame) >= 0) {
            Verdict v = visitor.visit(frame);
            if (v == Verdict.TAKE) {
                return v;
            }
            avutil.av_frame_unref(frame);
            if (v == Verdict.STOP) {
                return v;
            }
        }
        return Verdict.NEXT;
    }

    /**
     * Seeks to the keyframe at or before {@code seconds} into the stream and empties the decoder; returns the
     * target time in the stream's time base. A failed seek leaves the position where it was.
     */
    long seekBefore(double seconds) {
        long ts = (long) (seconds / avutil.av_q2d(stream.time_base())) + start();
        if (avformat.av_seek_frame(fmt, stream.index(), ts, avformat.AVSEEK_FLAG_BACKWARD) >= 0) {
            avcodec.avcodec_flush_buffers(decoder);
        }
        return ts;
    }

    /** A frame's time in milliseconds from the stream's start, or null when it has none. */
    Long millis(AVFrame f) {
        long pts = f.best_effort_timestamp();
        return pts == avutil.AV_NOPTS_VALUE ? null
                : Math.max(0, Math.round((pts - Math.max(0, start())) * avutil.av_q2d(stream.time_base()) * 1000));
    }

    private long start() {
        return stream.start_time() == avutil.AV_NOPTS_VALUE ? 0 : stream.start_time();
    }

    AVFrame frame() {
        return frame;
    }

    @Override
    public void close() {
        avcodec.av_packet_free(packet);
        avutil.av_frame_free(frame);
    }
}
