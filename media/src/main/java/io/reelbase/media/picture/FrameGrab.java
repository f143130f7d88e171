package io.reelbase.media.picture;

import io.reelbase.core.media.MediaException;
import io.reelbase.media.FfmpegErrors;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * One open video (or still, or cover art) stream from which pictures are taken: seek near a time,
 * decode the nearest keyframe only, scale straight to the wanted size with the pixel aspect applied.
 * Not thread-safe; close it.
 */
final class FrameGrab implements AutoCloseable {
    private final Path file;
    private final AVFormatContext fmt = new AVFormatContext(null);
    private AVCodecContext decoder;
    private AVStream stream;
    private final AVPacket packet = avcodec.av_packet_alloc();
    private final AVFrame frame = avutil.av_frame_alloc();
    private boolean opened;
    /** Whether packets were read already, so that a grab at 0 must seek back. */
    private boolean used;

    FrameGrab(Path file) {
        this.file = file;
        int r = avformat.avformat_open_input(fmt, file.toString(), null, null);
        if (r < 0) {
            close();
            throw new MediaException(file, "cannot be opened for pictures (" + FfmpegErrors.text(r) + ").",
                    "Check that the file is complete and is video or a picture.");
        }
        opened = true;
        // Containers with global headers (MP4, MOV, MKV, stills) already say all a decoder needs;
        // reading ahead to find stream details is only paid for where they do not (MPEG-TS, raw streams).
        if (!headersComplete()) {
            avformat.avformat_find_stream_info(fmt, (PointerPointer<?>) null);
        }
    }

    private boolean headersComplete() {
        if (fmt.nb_streams() == 0) {
            return false;
        }
        boolean anyVideo = false;
        for (int i = 0; i < fmt.nb_streams(); i++) {
            var par = fmt.streams(i).codecpar();
            if (par.codec_type() == avutil.AVMEDIA_TYPE_VIDEO) {
                anyVideo = true;
                if (par.width() <= 0 || par.height() <= 0 || par.format() < 0) {
                    return false;
                }
            }
        }
        return anyVideo;
    }

    String formatName() {
        return fmt.iformat().name().getString();
    }

    /** The container's major brand (MP4/HEIF family), or null. */
    String majorBrand() {
        var e = avutil.av_dict_get(fmt.metadata(), "major_brand", null, 0);
        return e == null || e.isNull() ? null : e.value().getString();
    }

    boolean hasAudio() {
        for (int i = 0; i < fmt.nb_streams(); i++) {
            if (fmt.streams(i).codecpar().codec_type() == avutil.AVMEDIA_TYPE_AUDIO) {
                return true;
            }
        }
        return false;
    }

    io.reelbase.media.DisplayMatrix matrix() {
        return io.reelbase.media.DisplayMatrix.of(stream.codecpar());
    }

    /** Chooses the main picture stream: a real video stream, else cover art. Returns false if there is none. */
    boolean openVideo(boolean keyframesOnly) {
        int best = -1;
        int cover = -1;
        for (int i = 0; i < fmt.nb_streams(); i++) {
            AVStream s = fmt.streams(i);
            if (s.codecpar().codec_type() != avutil.AVMEDIA_TYPE_VIDEO) {
                continue;
            }
            if ((s.disposition() & avformat.AV_DISPOSITION_ATTACHED_PIC) != 0) {
                cover = cover < 0 ? i : cover;
            } else if (best < 0 || (s.disposition() & avformat.AV_DISPOSITION_DEFAULT) != 0) {
                best = best < 0 ? i : best;
            }
        }
        int chosen = best >= 0 ? best : cover;
        if (chosen < 0) {
            return false;
        }
        stream = fmt.streams(chosen);
        AVCodec codec = avcodec.avcodec_find_decoder(stream.codecpar().codec_id());
        if (codec == null || codec.isNull()) {
            throw new MediaException(file, "its picture is coded as " + avcodec.avcodec_get_name(stream.codecpar().codec_id()).getString()
                    + ", which this FFmpeg cannot decode.", "Convert it to a common format (H.264, HEVC, ProRes, JPEG).");
        }
        decoder = avcodec.avcodec_alloc_context3(codec);
        avcodec.avcodec_parameters_to_context(decoder, stream.codecpar());
        decoder.thread_count(0);
        decoder.thread_type(2); // FF_THREAD_SLICE: no frame-threading delay for a single picture
        if (keyframesOnly) {
            decoder.skip_frame(avcodec.AVDISCARD_NONKEY);
        }
        int r = avcodec.avcodec_open2(decoder, codec, (PointerPointer<?>) null);
        if (r < 0) {
            throw new MediaException(file, "the picture decoder would not start (" + FfmpegErrors.text(r) + ").",
                    "The file may be damaged.");
        }
        return true;
    }

    boolean isCoverArt() {
        return (stream.disposition() & avformat.AV_DISPOSITION_ATTACHED_PIC) != 0;
    }

    /** Duration of the file in seconds, or 0 if unknown. */
    double durationSeconds() {
        if (stream.duration() > 0) {
            return stream.duration() * avutil.av_q2d(stream.time_base());
        }
        return fmt.duration() > 0 ? fmt.duration() / (double) avutil.AV_TIME_BASE : 0;
    }

    /** Seeks to the keyframe at or before {@code seconds} and decodes the first picture from there, or null. */
    Decoded grab(double seconds, int longSide) {
        if ((seconds > 0 || used) && !isCoverArt()) {
            seekBefore(seconds);
        }
        if (isCoverArt()) {
            AVPacket pic = stream.attached_pic();
            if (avcodec.avcodec_send_packet(decoder, pic) >= 0 && avcodec.avcodec_receive_frame(decoder, frame) >= 0) {
                return convert(longSide);
            }
            return null;
        }
        used = true;
        int packets = 0;
        while (packets++ < 5000 && avformat.av_read_frame(fmt, packet) >= 0) {
            try {
                if (packet.stream_index() != stream.index()) {
                    continue;
                }
                if (avcodec.avcodec_send_packet(decoder, packet) < 0) {
                    continue;
                }
                if (avcodec.avcodec_receive_frame(decoder, frame) >= 0) {
                    return convert(longSide);
                }
            } finally {
                avcodec.av_packet_unref(packet);
            }
        }
        // End of file: the decoder may still hold a picture.
        avcodec.avcodec_send_packet(decoder, null);
        if (avcodec.avcodec_receive_frame(decoder, frame) >= 0) {
            return convert(longSide);
        }
        return null;
    }

    /**
     * The first picture at or after {@code seconds}: seeks to the keyframe before it and decodes on
     * (all frames) to the time. Slower than {@link #grab} but exact; for filmstrips.
     */
    Decoded grabExact(double seconds, int longSide) {
        long target = seekBefore(seconds);
        decoder.skip_frame(avcodec.AVDISCARD_DEFAULT);
        try {
            used = true;
            int packets = 0;
            while (packets++ < 50_000 && avformat.av_read_frame(fmt, packet) >= 0) {
                try {
                    if (packet.stream_index() != stream.index() || avcodec.avcodec_send_packet(decoder, packet) < 0) {
                        continue;
                    }
                    while (avcodec.avcodec_receive_frame(decoder, frame) >= 0) {
                        long pts = frame.best_effort_timestamp();
                        if (pts == avutil.AV_NOPTS_VALUE || pts >= target) {
                            return convert(longSide);
                        }
                        avutil.av_frame_unref(frame);
                    }
                } finally {
                    avcodec.av_packet_unref(packet);
                }
            }
            avcodec.avcodec_send_packet(decoder, null);
            if (avcodec.avcodec_receive_frame(decoder, frame) >= 0) {
                return convert(longSide);
            }
            return null;
        } finally {
            decoder.skip_frame(avcodec.AVDISCARD_NONKEY);
        }
    }

    /**
     * Decodes every frame (not only keyframes) from the keyframe before {@code seconds}, for at most
     * {@code maxFrames} pictures, and returns the first whose luma statistics (mean, spread) {@code good}
     * accepts, or null. Pictures are judged on the decoded luma plane; only the chosen one is scaled.
     */
    Decoded scan(double seconds, int longSide, int maxFrames, java.util.function.Predicate<double[]> good) {
        decoder.skip_frame(avcodec.AVDISCARD_DEFAULT);
        try {
            seekBefore(seconds);
            used = true;
            int frames = 0;
            int packets = 0;
            while (frames < maxFrames && packets++ < 20_000 && avformat.av_read_frame(fmt, packet) >= 0) {
                try {
                    if (packet.stream_index() != stream.index() || avcodec.avcodec_send_packet(decoder, packet) < 0) {
                        continue;
                    }
                    while (frames < maxFrames && avcodec.avcodec_receive_frame(decoder, frame) >= 0) {
                        frames++;
                        double[] luma = RawLuma.stats(frame);
                        if (luma != null && good.test(luma)) {
                            return convert(longSide);
                        }
                        if (luma == null) {
                            Decoded d = convert(longSide);
                            if (d != null && good.test(Pictures.lumaStats(d.image()))) {
                                return d;
                            }
                        } else {
                            avutil.av_frame_unref(frame);
                        }
                    }
                } finally {
                    avcodec.av_packet_unref(packet);
                }
            }
            return null;
        } finally {
            decoder.skip_frame(avcodec.AVDISCARD_NONKEY);
        }
    }

    /**
     * One picture per scene: decodes the whole video, compares each frame with the one before at a tiny
     * size, and keeps the first frame after every cut (a mean difference above {@code threshold} of
     * full scale, at least {@code minGapMs} after the last cut), up to {@code max} scenes.
     */
    java.util.List<Decoded> scenes(int longSide, double threshold, long minGapMs, int max, io.reelbase.core.Progress progress) {
        java.util.List<Decoded> found = new java.util.ArrayList<>();
        decoder.skip_frame(avcodec.AVDISCARD_DEFAULT);
        SwsContext tiny = null;
        int tinyW = 32;
        int tinyH = 18;
        // Small colour pictures: a cut between shots of equal brightness still shows in the colours.
        BytePointer buf = new BytePointer(avutil.av_malloc(tinyW * tinyH * 3 + 64));
        PointerPointer<BytePointer> dst = new PointerPointer<>(4);
        dst.put(0, buf);
        IntPointer stride = new IntPointer(tinyW * 3, 0, 0, 0);
        byte[] prev = null;
        byte[] cur = new byte[tinyW * tinyH * 3];
        long lastCut = Long.MIN_VALUE / 2;
        double duration = durationSeconds();
        try {
            seekBefore(0);
            used = true;
            int frames = 0;
            while (found.size() < max && avformat.av_read_frame(fmt, packet) >= 0) {
                try {
                    if (packet.stream_index() != stream.index() || avcodec.avcodec_send_packet(decoder, packet) < 0) {
                        continue;
                    }
                    while (found.size() < max && avcodec.avcodec_receive_frame(decoder, frame) >= 0) {
                        if (progress.isCancelled()) {
                            throw new MediaException(file, "scene detection was cancelled.", "");
                        }
                        if (tiny == null) {
                            tiny = swscale.sws_getContext(frame.width(), frame.height(), frame.format(), tinyW, tinyH,
                                    avutil.AV_PIX_FMT_BGR24, swscale.SWS_AREA, null, null, (double[]) null);
                        }
                        swscale.sws_scale(tiny, frame.data(), frame.linesize(), 0, frame.height(), dst, stride);
                        buf.get(cur, 0, cur.length);
                        long pts = frame.best_effort_timestamp();
                        long ms = pts == avutil.AV_NOPTS_VALUE ? 0 : Math.round((pts - Math.max(0,
                                stream.start_time() == avutil.AV_NOPTS_VALUE ? 0 : stream.start_time())) * avutil.av_q2d(stream.time_base()) * 1000);
                        boolean cut;
                        if (prev == null) {
                            cut = true;
                        } else {
                            long sum = 0;
                            for (int i = 0; i < cur.length; i++) {
                                sum += Math.abs((cur[i] & 0xff) - (prev[i] & 0xff));
                            }
                            cut = sum / (255.0 * cur.length) > threshold && ms - lastCut >= minGapMs;
                        }
                        if (cut) {
                            lastCut = ms;
                            Decoded d = convert(longSide);
                            if (d != null) {
                                found.add(d);
                            }
                        } else {
                            avutil.av_frame_unref(frame);
                        }
                        prev = prev == null ? cur.clone() : prev;
                        System.arraycopy(cur, 0, prev, 0, cur.length);
                        if (++frames % 50 == 0 && duration > 0) {
                            progress.update(Math.min(1.0, ms / 1000.0 / duration), "Looking for scene changes");
                        }
                    }
                } finally {
                    avcodec.av_packet_unref(packet);
                }
            }
            return found;
        } finally {
            decoder.skip_frame(avcodec.AVDISCARD_NONKEY);
            if (tiny != null) {
                swscale.sws_freeContext(tiny);
            }
            avutil.av_free(buf);
            dst.close();
            stride.close();
        }
    }

    /**
     * Seeks to the keyframe at or before {@code seconds} into the stream and empties the decoder; returns the
     * target time in the stream's time base. A failed seek leaves the position where it was.
     */
    private long seekBefore(double seconds) {
        long ts = (long) (seconds / avutil.av_q2d(stream.time_base()))
                + (stream.start_time() == avutil.AV_NOPTS_VALUE ? 0 : stream.start_time());
        if (avformat.av_seek_frame(fmt, stream.index(), ts, avformat.AVSEEK_FLAG_BACKWARD) >= 0) {
            avcodec.avcodec_flush_buffers(decoder);
        }
        return ts;
    }

    private Decoded convert(int longSide) {
        int w = frame.width();
        int h = frame.height();
        if (w <= 0 || h <= 0) {
            return null;
        }
        AVRational sar = avformat.av_guess_sample_aspect_ratio(fmt, stream, frame);
        double aspect = sar.num() > 0 && sar.den() > 0 ? sar.num() / (double) sar.den() : 1.0;
        double displayW = w * aspect;
        int outW;
        int outH;
        if (displayW >= h) {
            outW = Math.min(longSide, (int) Math.round(displayW));
            outH = Math.max(1, (int) Math.round(outW * h / displayW));
        } else {
            outH = Math.min(longSide, h);
            outW = Math.max(1, (int) Math.round(outH * displayW / h));
        }
        SwsContext sws = swscale.sws_getContext(w, h, frame.format(), outW, outH, avutil.AV_PIX_FMT_BGR24,
                swscale.SWS_AREA | swscale.SWS_ACCURATE_RND | swscale.SWS_FULL_CHR_H_INT, null, null, (double[]) null);
        if (sws == null || sws.isNull()) {
            return null;
        }
        BufferedImage image = new BufferedImage(outW, outH, BufferedImage.TYPE_3BYTE_BGR);
        BytePointer out = new BytePointer(avutil.av_malloc((long) outW * outH * 3 + 64));
        try {
            // swscale reads four plane pointers and strides even for packed output
            PointerPointer<BytePointer> dst = new PointerPointer<>(4);
            dst.put(0, out);
            IntPointer dstStride = new IntPointer(outW * 3, 0, 0, 0);
            swscale.sws_scale(sws, frame.data(), frame.linesize(), 0, h, dst, dstStride);
            byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
            out.get(pixels, 0, outW * outH * 3);
            dst.close();
            dstStride.close();
        } finally {
            avutil.av_free(out);
            swscale.sws_freeContext(sws);
        }
        long pts = frame.best_effort_timestamp();
        Long ms = pts == avutil.AV_NOPTS_VALUE ? null
                : Math.max(0, Math.round((pts - Math.max(0, stream.start_time() == avutil.AV_NOPTS_VALUE ? 0 : stream.start_time()))
                * avutil.av_q2d(stream.time_base()) * 1000));
        avutil.av_frame_unref(frame);
        return new Decoded(image, ms);
    }

    /** A decoded picture and its time in the file. */
    record Decoded(BufferedImage image, Long timestampMs) {
    }

    @Override
    public void close() {
        if (decoder != null) {
            avcodec.avcodec_free_context(decoder);
            decoder = null;
        }
        avcodec.av_packet_free(packet);
        avutil.av_frame_free(frame);
        if (opened) {
            avformat.avformat_close_input(fmt);
            opened = false;
        }
    }
}
