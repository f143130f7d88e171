package io.reelbase.media.picture;

import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVPixFmtDescriptor;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;

/** Luma statistics read straight from a decoded YUV frame, without converting it: for judging many frames fast. */
final class RawLuma {
    private RawLuma() {
    }

    /** {mean, standard deviation} on a 0..255 scale, or null for formats this does not read (RGB, palettes). */
    static double[] stats(AVFrame frame) {
        AVPixFmtDescriptor d = avutil.av_pix_fmt_desc_get(frame.format());
        if (d == null || d.isNull() || (d.flags() & (avutil.AV_PIX_FMT_FLAG_RGB | avutil.AV_PIX_FMT_FLAG_PAL)) != 0
                || d.comp(0).plane() != 0 || d.comp(0).offset() != 0) {
            return null;
        }
        int depth = d.comp(0).depth();
        int step = d.comp(0).step();
        if (!(depth <= 8 && step == 1) && !(depth > 8 && depth <= 16 && step == 2)) {
            return null;
        }
        int w = frame.width();
        int h = frame.height();
        BytePointer plane = frame.data(0);
        int stride = frame.linesize(0);
        if (plane == null || plane.isNull() || stride <= 0) {
            return null;
        }
        boolean full = frame.color_range() == avutil.AVCOL_RANGE_JPEG || d.name().getString().startsWith("yuvj");
        int stepPx = Math.max(1, (int) Math.sqrt((double) w * h / 4096));
        double sum = 0;
        double sq = 0;
        long n = 0;
        for (int y = 0; y < h; y += stepPx) {
            long row = (long) y * stride;
            for (int x = 0; x < w; x += stepPx) {
                int v;
                if (step == 1) {
                    v = plane.get(row + x) & 0xff;
                } else {
                    int lo = plane.get(row + 2L * x) & 0xff;
                    int hi = plane.get(row + 2L * x + 1) & 0xff;
                    v = ((hi << 8) | lo) >> (depth - 8);
                }
                double l = full ? v : Math.max(0, Math.min(255, (v - 16) * 255.0 / 219.0));
                sum += l;
                sq += l * l;
                n++;
            }
        }
        if (n == 0) {
            return null;
        }
        double mean = sum / n;
        return new double[] {mean, Math.sqrt(Math.max(0, sq / n - mean * mean))};
    }
}
