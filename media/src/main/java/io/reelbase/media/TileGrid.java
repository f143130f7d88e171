package io.reelbase.media;

import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStreamGroup;
import org.bytedeco.ffmpeg.avformat.AVStreamGroupTileGrid;
import org.bytedeco.ffmpeg.global.avformat;

/**
 * A picture stored as a grid of tiles (HEIF {@code grid} derived item: a phone photo is 48 HEVC tiles of
 * 512x512), as FFmpeg's tile-grid stream group describes it: the picture's real size, where each tile's
 * stream goes on the canvas, the crop of the canvas, and the grid's display matrix (HEIF {@code irot}/{@code imir}).
 */
public record TileGrid(int width, int height, int codedWidth, int codedHeight, int cropX, int cropY,
                       List<Tile> tiles, DisplayMatrix matrix) {

    /** One tile: the stream that holds it and its top-left corner on the coded canvas. */
    public record Tile(int streamIndex, int x, int y) {
    }

    /** The file's main tile grid (the default one, else the first), or null when the picture is not tiled. */
    public static TileGrid find(AVFormatContext fmt) {
        AVStreamGroup chosen = null;
        for (int i = 0; i < fmt.nb_stream_groups(); i++) {
            AVStreamGroup g = fmt.stream_groups(i);
            if (g.type() != avformat.AV_STREAM_GROUP_PARAMS_TILE_GRID) {
                continue;
            }
            if (chosen == null || (g.disposition() & avformat.AV_DISPOSITION_DEFAULT) != 0
                    && (chosen.disposition() & avformat.AV_DISPOSITION_DEFAULT) == 0) {
                chosen = g;
            }
        }
        return chosen == null ? null : of(chosen);
    }

    private static TileGrid of(AVStreamGroup g) {
        AVStreamGroupTileGrid t = g.params_tile_grid();
        List<Tile> tiles = new ArrayList<>();
        for (int i = 0; i < t.nb_tiles(); i++) {
            int idx = t.offsets_idx(i);
            if (idx >= 0 && idx < g.nb_streams()) {
                tiles.add(new Tile(g.streams(idx).index(), t.offsets_horizontal(i), t.offsets_vertical(i)));
            }
        }
        return new TileGrid(t.width(), t.height(), t.coded_width(), t.coded_height(), t.horizontal_offset(),
                t.vertical_offset(), List.copyOf(tiles), DisplayMatrix.of(t.coded_side_data(), t.nb_coded_side_data()));
    }

    /** Whether stream {@code index} is one of the grid's tiles. */
    public boolean holds(int index) {
        return tiles.stream().anyMatch(t -> t.streamIndex() == index);
    }
}
