package io.reelbase.media.probe;

import io.reelbase.core.media.Orientation;
import io.reelbase.media.DisplayMatrix;
import io.reelbase.media.PictureOrientation;
import io.reelbase.media.TileGrid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;

/**
 * Where a file's main picture is and how it is shown, for the probe: the tile grid it is stored as (HEIF),
 * and the transform that shows it upright. Written into the probe as ffprobe 7+ writes a tile grid
 * ({@code stream_groups}) and as Reelbase reports the transform ({@code "orientation": {"rotate": 90,
 * "mirror": "horizontal"}}).
 */
final class PictureLayout {
    private PictureLayout() {
    }

    static void describe(AVFormatContext ctx, boolean still, Exif exif, Map<String, Object> raw) {
        TileGrid grid = TileGrid.find(ctx);
        DisplayMatrix matrix = grid != null ? grid.matrix() : mainMatrix(ctx);
        if (grid != null) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("index", 0);
            g.put("type", "Tile Grid");
            g.put("nb_streams", grid.tiles().size());
            g.put("width", grid.width());
            g.put("height", grid.height());
            g.put("coded_width", grid.codedWidth());
            g.put("coded_height", grid.codedHeight());
            raw.put("stream_groups", List.of(g));
        }
        boolean hasPicture = grid != null || mainStream(ctx) != null;
        if (hasPicture) {
            Orientation o = PictureOrientation.of(matrix, still, exif.orientation());
            raw.put("orientation", Map.of("rotate", o.clockwise(), "mirror", o.mirrored() ? "horizontal" : "none"));
        }
    }

    private static DisplayMatrix mainMatrix(AVFormatContext ctx) {
        AVStream s = mainStream(ctx);
        return s == null ? null : DisplayMatrix.of(s.codecpar());
    }

    /** The first video stream that is not cover art, as the summary chooses it. */
    private static AVStream mainStream(AVFormatContext ctx) {
        for (int i = 0; i < ctx.nb_streams(); i++) {
            AVStream s = ctx.streams(i);
            if (s.codecpar().codec_type() == avutil.AVMEDIA_TYPE_VIDEO
                    && (s.disposition() & avformat.AV_DISPOSITION_ATTACHED_PIC) == 0) {
                return s;
            }
        }
        return null;
    }

    /** The transform a probe reports, upright when it reports none. */
    @SuppressWarnings("unchecked")
    static Orientation orientation(Map<String, Object> raw) {
        if (!(raw.get("orientation") instanceof Map<?, ?> o)) {
            return Orientation.UPRIGHT;
        }
        Map<String, Object> m = (Map<String, Object>) o;
        return new Orientation(((Number) m.get("rotate")).intValue(), "horizontal".equals(m.get("mirror")));
    }

    /** The tile grid's size {width, height} as the probe reports it, or null. */
    @SuppressWarnings("unchecked")
    static int[] gridSize(Map<String, Object> raw) {
        if (!(raw.get("stream_groups") instanceof List<?> groups)) {
            return null;
        }
        for (Object g : groups) {
            Map<String, Object> m = (Map<String, Object>) g;
            if ("Tile Grid".equals(m.get("type"))) {
                return new int[] {((Number) m.get("width")).intValue(), ((Number) m.get("height")).intValue()};
            }
        }
        return null;
    }
}
