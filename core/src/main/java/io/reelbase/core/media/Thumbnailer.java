package io.reelbase.core.media;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Makes poster frames and stills' thumbnails, upright (rotation, mirroring, pixel aspect and EXIF applied). */
public interface Thumbnailer {
    /**
     * @param longSide the longer side of the result in pixels (320 for thumbnails, 1280 for previews)
     * @throws MediaException when the file has no picture that can be decoded
     */
    Thumbnail thumbnail(Path file, int longSide);

    /**
     * The same picture at each of these long sides, in that order (a preview and its thumbnail). Engines that can
     * decode once for all of them do; this one makes each on its own.
     */
    default List<Thumbnail> thumbnails(Path file, int... longSides) {
        List<Thumbnail> out = new ArrayList<>();
        for (int side : longSides) {
            out.add(thumbnail(file, side));
        }
        return out;
    }
}
