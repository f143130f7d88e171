package io.reelbase.media.picture;

import io.reelbase.media.FfmpegErrors;
import io.reelbase.media.probe.Animation;
import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * Animated WebP drawn as a viewer draws it, which FFmpeg's WebP decoder cannot: each frame's bitstream is
 * wrapped as a WebP image of its own and decoded by FFmpeg, then placed on the canvas, alpha-blended or not,
 * and the area cleared where the frame asks for it, up to the frame wanted. Transparent parts show on white.
 */
final class WebpFrames {
    private WebpFrames() {
    }

    /** The canvas as shown at frame {@code index}, long side at most {@code longSide}; null if nothing decodes. */
    static BufferedImage render(Animation a, int index, int longSide) {
        BufferedImage canvas = new BufferedImage(a.width(), a.height(), BufferedImage.TYPE_INT_ARGB);
        AVCodec codec = avcodec.avcodec_find_decoder(avcodec.AV_CODEC_ID_WEBP);
        AVCodecContext decoder = avcodec.avcodec_alloc_context3(codec);
        AVPacket packet = avcodec.av_packet_alloc();
        AVFrame frame = avutil.av_frame_alloc();
        int drawn = 0;
        try {
            if (avcodec.avcodec_open2(decoder, codec, (PointerPointer<?>) null) < 0) {
                return null;
            }
            Graphics2D g = canvas.createGraphics();
            for (int i = 0; i <= index && i < a.frames().size(); i++) {
                Animation.Frame f = a.frames().get(i);
                BufferedImage picture = decode(decoder, packet, frame, f);
                if (picture != null) {
                    g.setComposite(f.blend() ? AlphaComposite.SrcOver : AlphaComposite.Src);
                    g.drawImage(picture, f.x(), f.y(), null);
                    drawn++;
                }
                if (f.dispose() && i < index) {
                    g.setComposite(AlphaComposite.Clear);
                    g.fillRect(f.x(), f.y(), f.width(), f.height());
                }
            }
            g.dispose();
        } finally {
            avutil.av_frame_free(frame);
            avcodec.av_packet_free(packet);
            avcodec.avcodec_free_context(decoder);
        }
        return drawn == 0 ? null : flatten(canvas, longSide);
    }

    private static BufferedImage decode(AVCodecContext decoder, AVPacket packet, AVFrame frame, Animation.Frame f) {
        if (f.bitstream() == null) {
            return null;
        }
        byte[] riff = riff(f);
        BytePointer data = new BytePointer(avutil.av_malloc(riff.length + avcodec.AV_INPUT_BUFFER_PADDING_SIZE));
        data.put(riff, 0, riff.length);
        int r = avcodec.av_packet_from_data(packet, data, riff.length);
        if (r < 0) {
            avutil.av_free(data);
            return null;
        }
        try {
            if (avcodec.avcodec_send_packet(decoder, packet) < 0 || avcodec.avcodec_receive_frame(decoder, frame) < 0) {
                return null;
            }
            return argb(frame);
        } finally {
            avcodec.av_packet_unref(packet);
            avutil.av_frame_unref(frame);
        }
    }

    /** One frame as a WebP file of its own: its bitstream, with its alpha under a VP8X header where it has one. */
    static byte[] riff(Animation.Frame f) {
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        if (f.alpha() != null && !f.lossless()) {
            ByteBuffer vp8x = ByteBuffer.allocate(18).order(ByteOrder.LITTLE_ENDIAN);
            vp8x.put("VP8X".getBytes(StandardCharsets.ISO_8859_1)).putInt(10).put((byte) 0x10).put(new byte[3]);
            vp8x.put(u24(f.width() - 1)).put(u24(f.height() - 1));
            chunks.writeBytes(vp8x.array());
            chunks.writeBytes(f.alpha());
        }
        chunks.writeBytes(f.bitstream());
        ByteBuffer head = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        head.put("RIFF".getBytes(StandardCharsets.ISO_8859_1)).putInt(4 + chunks.size()).put("WEBP".getBytes(StandardCharsets.ISO_8859_1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.array());
        out.writeBytes(chunks.toByteArray());
        return out.toByteArray();
    }

    private static byte[] u24(int v) {
        return new byte[] {(byte) v, (byte) (v >> 8), (byte) (v >> 16)};
    }

    private static BufferedImage argb(AVFrame f) {
        int w = f.width();
        int h = f.height();
        SwsContext sws = swscale.sws_getContext(w, h, f.format(), w, h, avutil.AV_PIX_FMT_BGRA, swscale.SWS_POINT,
                null, null, (double[]) null);
        if (sws == null || sws.isNull()) {
            throw new IllegalStateException("cannot convert WebP pixels (" + FfmpegErrors.text(avutil.AVERROR_EINVAL()) + ")");
        }
        BytePointer out = new BytePointer(avutil.av_malloc((long) w * h * 4 + 64));
        try (PointerPointer<BytePointer> planes = new PointerPointer<>(4); IntPointer strides = new IntPointer(w * 4, 0, 0, 0)) {
            planes.put(0, out);
            swscale.sws_scale(sws, f.data(), f.linesize(), 0, h, planes, strides);
            byte[] bgra = new byte[w * h * 4];
            out.get(bgra);
            int[] argb = new int[w * h];
            for (int i = 0; i < argb.length; i++) {
                int p = i * 4;
                argb[i] = (bgra[p + 3] & 0xff) << 24 | (bgra[p + 2] & 0xff) << 16 | (bgra[p + 1] & 0xff) << 8 | (bgra[p] & 0xff);
            }
            BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            img.setRGB(0, 0, w, h, argb, 0, w);
            return img;
        } finally {
            avutil.av_free(out);
            swscale.sws_freeContext(sws);
        }
    }

    private static BufferedImage flatten(BufferedImage canvas, int longSide) {
        double scale = Math.min(1.0, longSide / (double) Math.max(canvas.getWidth(), canvas.getHeight()));
        int w = Math.max(1, (int) Math.round(canvas.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(canvas.getHeight() * scale));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(canvas, 0, 0, w, h, null);
        g.dispose();
        return out;
    }
}
