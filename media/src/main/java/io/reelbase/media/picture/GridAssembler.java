package io.reelbase.media.picture;

import io.reelbase.media.TileGrid;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;

/**
 * A tiled picture (HEIF grid) put together at a reduced size: every tile is decoded once and scaled straight
 * to its place on the reduced canvas, then the canvas is cropped to the picture. Tiles that cannot be read
 * (a file cut short) stay neutral grey, and are counted.
 */
final class GridAssembler {
    static final Color MISSING = new Color(128, 128, 128);

    private final AVFormatContext fmt;
    private final AVCodecContext decoder;
    private final TileGrid grid;

    GridAssembler(AVFormatContext fmt, AVCodecContext decoder, TileGrid grid) {
        this.fmt = fmt;
        this.decoder = decoder;
        this.grid = grid;
    }

    /** The whole picture, long side at most {@code longSide} (never enlarged), before any orientation. */
    Result assemble(int longSide, FrameScaler scaler) {
        double scale = Math.min(1.0, longSide / (double) Math.max(grid.width(), grid.height()));
        int outW = Math.max(1, (int) Math.round(grid.width() * scale));
        int outH = Math.max(1, (int) Math.round(grid.height() * scale));
        BufferedImage canvas = new BufferedImage(outW, outH, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = canvas.createGraphics();
        g.setColor(MISSING);
        g.fillRect(0, 0, outW, outH);
        Map<Integer, TileGrid.Tile> byStream = new HashMap<>();
        grid.tiles().forEach(t -> byStream.put(t.streamIndex(), t));
        int placed = 0;
        avformat.av_seek_frame(fmt, -1, 0, avformat.AVSEEK_FLAG_BYTE);
        AVPacket packet = avcodec.av_packet_alloc();
        AVFrame frame = avutil.av_frame_alloc();
        try {
            while (placed < byStream.size() && avformat.av_read_frame(fmt, packet) >= 0) {
                TileGrid.Tile tile = byStream.get(packet.stream_index());
                if (tile != null && decodeTile(packet, frame)) {
                    draw(g, scaler, frame, tile, scale);
                    placed++;
                }
                avcodec.av_packet_unref(packet);
            }
        } finally {
            avcodec.av_packet_free(packet);
            avutil.av_frame_free(frame);
            g.dispose();
        }
        return new Result(canvas, byStream.size() - placed, byStream.size());
    }

    private boolean decodeTile(AVPacket packet, AVFrame frame) {
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

    private void draw(Graphics2D g, FrameScaler scaler, AVFrame frame, TileGrid.Tile tile, double scale) {
        try {
            // the tile's place on the reduced canvas, from rounded edges so that neighbours meet exactly
            int x0 = (int) Math.round((tile.x() - grid.cropX()) * scale);
            int y0 = (int) Math.round((tile.y() - grid.cropY()) * scale);
            int x1 = (int) Math.round((tile.x() - grid.cropX() + frame.width()) * scale);
            int y1 = (int) Math.round((tile.y() - grid.cropY() + frame.height()) * scale);
            if (x1 <= x0 || y1 <= y0) {
                return;
            }
            BufferedImage part = scaler.image(frame, x1 - x0, y1 - y0);
            if (part != null) {
                g.drawImage(part, x0, y0, null);
            }
        } finally {
            avutil.av_frame_unref(frame);
        }
    }

    /** The assembled picture and how many of its tiles could not be decoded. */
    record Result(BufferedImage image, int missingTiles, int tiles) {
    }
}
