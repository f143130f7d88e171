package io.reelbase.media.picture;

import io.reelbase.media.TileGrid;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.PointerPointer;

/**
 * A tiled picture (HEIF grid) put together at a reduced size: every tile is decoded once and scaled straight
 * to its place on the reduced canvas (the canvas is the picture: tiles past its edge are cut at it). Tiles that cannot be read
 * (a file cut short) stay neutral grey, and are counted.
 */
final class GridAssembler {
    static final Color MISSING = new Color(128, 128, 128);
    private static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    private static final ThreadLocal<org.bytedeco.ffmpeg.avcodec.AVCodecParameters> PARAMS =
            ThreadLocal.withInitial(avcodec::avcodec_parameters_alloc);

    private final AVFormatContext fmt;
    private final AVCodecContext decoder;
    private final TileGrid grid;

    GridAssembler(AVFormatContext fmt, AVCodecContext decoder, TileGrid grid) {
        this.fmt = fmt;
        this.decoder = decoder;
        this.grid = grid;
    }

    /**
     * The whole picture, long side at most {@code longSide} (never enlarged), before any orientation. The tiles'
     * packets are read first; then each of up to {@link #THREADS} decoders takes every n-th tile, on its own thread.
     */
    Result assemble(int longSide, boolean rewind) {
        double scale = Math.min(1.0, longSide / (double) Math.max(grid.width(), grid.height()));
        int outW = Math.max(1, (int) Math.round(grid.width() * scale));
        int outH = Math.max(1, (int) Math.round(grid.height() * scale));
        BufferedImage canvas = new BufferedImage(outW, outH, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = canvas.createGraphics();
        g.setColor(MISSING);
        g.fillRect(0, 0, outW, outH);
        g.dispose();
        Map<Integer, TileGrid.Tile> byStream = new HashMap<>();
        grid.tiles().forEach(t -> byStream.put(t.streamIndex(), t));
        List<AVPacket> packets = new ArrayList<>();
        List<TileGrid.Tile> tiles = new ArrayList<>();
        if (rewind) {
            // only when packets were read already: a seek in a HEIF file reads through all of it
            avformat.av_seek_frame(fmt, -1, 0, avformat.AVSEEK_FLAG_BYTE);
        }
        AVPacket packet = avcodec.av_packet_alloc();
        try {
            while (packets.size() < byStream.size() && avformat.av_read_frame(fmt, packet) >= 0) {
                TileGrid.Tile tile = byStream.get(packet.stream_index());
                if (tile != null) {
                    packets.add(avcodec.av_packet_clone(packet));
                    tiles.add(tile);
                }
                avcodec.av_packet_unref(packet);
            }
            int threads = Math.max(1, Math.min(THREADS, packets.size()));
            // the calling thread and the JVM's common pool share the decoders: no pool of our own to size or shut down
            int count = IntStream.range(0, threads).parallel()
                    .map(first -> decodeEvery(first, threads, packets, tiles, canvas, scale)).sum();
            return new Result(canvas, byStream.size() - count, byStream.size());
        } finally {
            avcodec.av_packet_free(packet);
            packets.forEach(p -> avcodec.av_packet_free(p));
        }
    }

    /** Decodes tiles {@code first}, {@code first + step}, … with a decoder of its own; returns how many it placed. */
    private int decodeEvery(int first, int step, List<AVPacket> packets, List<TileGrid.Tile> tiles, BufferedImage canvas,
                            double scale) {
        AVCodecContext own = avcodec.avcodec_alloc_context3(decoder.codec());
        AVFrame frame = avutil.av_frame_alloc();
        int placed = 0;
        try (FrameScaler scaler = FrameScaler.forPictures()) {
            avcodec.avcodec_parameters_from_context(PARAMS.get(), decoder);
            avcodec.avcodec_parameters_to_context(own, PARAMS.get());
            own.thread_count(1);
            if (scale <= 0.5) {
                // shrunk by half or more, the deblocking and SAO filters' work cannot be seen: skipped, ~25% faster
                own.skip_loop_filter(avcodec.AVDISCARD_ALL);
            }
            if (avcodec.avcodec_open2(own, decoder.codec(), (PointerPointer<?>) null) < 0) {
                return 0;
            }
            for (int i = first; i < packets.size(); i += step) {
                if (decodeTile(own, packets.get(i), frame)) {
                    draw(canvas, scaler, frame, tiles.get(i), scale);
                    placed++;
                }
            }
        } finally {
            avutil.av_frame_free(frame);
            avcodec.avcodec_free_context(own);
        }
        return placed;
    }

    private static boolean decodeTile(AVCodecContext decoder, AVPacket packet, AVFrame frame) {
        avcodec.avcodec_flush_buffers(decoder);
        if (avcodec.avcodec_send_packet(decoder, packet) < 0) {
            return false;
        }
        if (avcodec.avcodec_receive_frame(decoder, frame) >= 0) {
            return true;
        }
        // a decoder that holds the picture back until told the stream ended
        avcodec.avcodec_send_packet(decoder, null);
        boolean got = avcodec.avcodec_receive_frame(decoder, frame) >= 0;
        avcodec.avcodec_flush_buffers(decoder);
        return got;
    }

    private void draw(BufferedImage canvas, FrameScaler scaler, AVFrame frame, TileGrid.Tile tile, double scale) {
        try {
            // the tile's place on the reduced canvas, from rounded edges so that neighbours meet exactly
            int x0 = (int) Math.round((tile.x() - grid.cropX()) * scale);
            int y0 = (int) Math.round((tile.y() - grid.cropY()) * scale);
            int x1 = Math.min(canvas.getWidth(), (int) Math.round((tile.x() - grid.cropX() + frame.width()) * scale));
            int y1 = Math.min(canvas.getHeight(), (int) Math.round((tile.y() - grid.cropY() + frame.height()) * scale));
            if (x1 <= x0 || y1 <= y0 || x0 < 0 || y0 < 0) {
                return;
            }
            int w = (int) Math.round((tile.x() - grid.cropX() + frame.width()) * scale) - x0;
            int h = (int) Math.round((tile.y() - grid.cropY() + frame.height()) * scale) - y0;
            BufferedImage part = scaler.image(frame, w, h);
            if (part != null) {
                // tiles are disjoint: each thread writes its own pixels of the shared canvas
                canvas.getRaster().setRect(x0, y0, part.getRaster().createChild(0, 0, x1 - x0, y1 - y0, 0, 0, null));
            }
        } finally {
            avutil.av_frame_unref(frame);
        }
    }

    /** The assembled picture and how many of its tiles could not be decoded. */
    record Result(BufferedImage image, int missingTiles, int tiles) {
    }
}
