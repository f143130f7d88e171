package io.reelbase.media.picture;

import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;

/**
 * The part of a cut-short still that was never decoded. FFmpeg leaves it as zero samples, which show bright green
 * (Y = Cb = Cr = 0 is far outside any real colour, so no real pixel looks like it); this paints it neutral grey,
 * as viewers show a missing part. Only 8-bit planar YUV frames are looked at; the bottom row is checked first, so
 * a whole picture costs one row.
 */
final class MissingPixels {
    private MissingPixels() {
    }

    /** Greys out never-decoded blocks; returns whether there were any. */
    static boolean neutralise(AVFrame f) {
        int[] shift = chromaShift(f.format());
        if (shift == null || !bottomRowMissing(f, shift)) {
            return false;
        }
        int cw = (f.width() + (1 << shift[0]) - 1) >> shift[0];
        int ch = (f.height() + (1 << shift[1]) - 1) >> shift[1];
        BytePointer y = f.data(0);
        BytePointer u = f.data(1);
        BytePointer v = f.data(2);
        boolean any = false;
        for (int cy = 0; cy < ch; cy++) {
            for (int cx = 0; cx < cw; cx++) {
                long ui = (long) cy * f.linesize(1) + cx;
                long vi = (long) cy * f.linesize(2) + cx;
                if (u.get(ui) != 0 || v.get(vi) != 0) {
                    continue;
                }
                int lx = cx << shift[0];
                int ly = cy << shift[1];
                if (y.get((long) ly * f.linesize(0) + lx) != 0) {
                    continue;
                }
                u.put(ui, (byte) 128);
                v.put(vi, (byte) 128);
                for (int dy = 0; dy < (1 << shift[1]) && ly + dy < f.height(); dy++) {
                    for (int dx = 0; dx < (1 << shift[0]) && lx + dx < f.width(); dx++) {
                        y.put((long) (ly + dy) * f.linesize(0) + lx + dx, (byte) 128);
                    }
                }
                any = true;
            }
        }
        return any;
    }

    private static boolean bottomRowMissing(AVFrame f, int[] shift) {
        int cy = ((f.height() + (1 << shift[1]) - 1) >> shift[1]) - 1;
        int ly = Math.min(f.height() - 1, cy << shift[1]);
        int cw = (f.width() + (1 << shift[0]) - 1) >> shift[0];
        for (int cx = 0; cx < cw; cx++) {
            if (f.data(1).get((long) cy * f.linesize(1) + cx) == 0 && f.data(2).get((long) cy * f.linesize(2) + cx) == 0
                    && f.data(0).get((long) ly * f.linesize(0) + (cx << shift[0])) == 0) {
                return true;
            }
        }
        return false;
    }

    /** {horizontal, vertical} chroma subsampling shift of 8-bit planar YUV formats, or null for others. */
    private static int[] chromaShift(int format) {
        if (format == avutil.AV_PIX_FMT_YUVJ420P || format == avutil.AV_PIX_FMT_YUV420P) {
            return new int[] {1, 1};
        }
        if (format == avutil.AV_PIX_FMT_YUVJ422P || format == avutil.AV_PIX_FMT_YUV422P) {
            return new int[] {1, 0};
        }
        if (format == avutil.AV_PIX_FMT_YUVJ444P || format == avutil.AV_PIX_FMT_YUV444P) {
            return new int[] {0, 0};
        }
        return null;
    }
}
