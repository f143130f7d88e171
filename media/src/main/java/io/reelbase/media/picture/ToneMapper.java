package io.reelbase.media.picture;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Locale;
import org.bytedeco.ffmpeg.avfilter.AVFilterContext;
import org.bytedeco.ffmpeg.avfilter.AVFilterGraph;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avfilter;
import org.bytedeco.ffmpeg.global.avutil;

/**
 * HDR pictures (PQ or HLG transfer: HDR10, HLG broadcast, HDR AVIF) made to look right on an ordinary screen,
 * with FFmpeg's own tone mapping: scaled first, then to linear light, to BT.709 primaries, Hable's curve, and back
 * to BT.709 gamma, as packed BGR. Without it such pictures come out grey and washed out. The filter graph is
 * kept while frames keep their size and format; close it.
 */
final class ToneMapper implements AutoCloseable {
    private AVFilterGraph graph;
    private AVFilterContext source;
    private AVFilterContext sink;
    private String built;
    private final AVFrame out = avutil.av_frame_alloc();

    /** Whether the frame is HDR: perceptual quantiser (SMPTE ST 2084) or hybrid log-gamma transfer. */
    static boolean needed(AVFrame f) {
        return f.color_trc() == avutil.AVCOL_TRC_SMPTE2084 || f.color_trc() == avutil.AVCOL_TRC_ARIB_STD_B67;
    }

    /** The frame tone-mapped at {@code w}x{@code h}, or null when FFmpeg cannot (the caller then converts plainly). */
    BufferedImage image(AVFrame f, int w, int h) {
        String key = String.format(Locale.ROOT, "%dx%d/%d/%d/%d/%dx%d", f.width(), f.height(), f.format(), f.colorspace(),
                f.color_range(), w, h);
        if (!key.equals(built) && !build(f, w, h, key)) {
            return null;
        }
        if (avfilter.av_buffersrc_add_frame_flags(source, f, avfilter.AV_BUFFERSRC_FLAG_KEEP_REF) < 0
                || avfilter.av_buffersink_get_frame(sink, out) < 0) {
            return null;
        }
        try {
            BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
            byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
            for (int y = 0; y < h; y++) {
                out.data(0).position((long) y * out.linesize(0)).get(pixels, y * w * 3, w * 3);
            }
            out.data(0).position(0);
            return image;
        } finally {
            avutil.av_frame_unref(out);
        }
    }

    private boolean build(AVFrame f, int w, int h, String key) {
        release();
        graph = avfilter.avfilter_graph_alloc();
        String space = avutil.av_color_space_name(f.colorspace()).getString();
        String range = f.color_range() == avutil.AVCOL_RANGE_JPEG ? "pc" : "tv";
        String description = String.format(Locale.ROOT,
                "buffer@in=video_size=%dx%d:pix_fmt=%d:time_base=1/1:pixel_aspect=1/1:colorspace=%s:range=%s,"
                        + "scale=%d:%d:flags=area,zscale=t=linear:npl=100,format=gbrpf32le,zscale=p=bt709,"
                        + "tonemap=tonemap=hable:desat=0,zscale=t=bt709:m=bt709:r=pc,format=bgr24,buffersink@out",
                f.width(), f.height(), f.format(), space.equals("unknown") ? "bt2020nc" : space, range, w, h);
        if (avfilter.avfilter_graph_parse_ptr(graph, description, null, null, null) < 0
                || avfilter.avfilter_graph_config(graph, null) < 0) {
            release();
            return false;
        }
        source = avfilter.avfilter_graph_get_filter(graph, "buffer@in");
        sink = avfilter.avfilter_graph_get_filter(graph, "buffersink@out");
        built = key;
        return source != null && sink != null;
    }

    private void release() {
        if (graph != null) {
            avfilter.avfilter_graph_free(graph);
            graph = null;
        }
        source = null;
        sink = null;
        built = null;
    }

    @Override
    public void close() {
        release();
        avutil.av_frame_free(out);
    }
}
