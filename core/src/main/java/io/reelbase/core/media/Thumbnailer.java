package io.reelbase.core.media;

import java.nio.file.Path;

/** Makes poster frames and stills' thumbnails, upright (rotation, mirroring, pixel aspect and EXIF applied). */
public interface Thumbnailer {
    /**
     * @param longSide the longer side of the result in pixels (320 for thumbnails, 1280 for previews)
     * @throws MediaException when the file has no picture that can be decoded
     */
    Thumbnail thumbnail(Path file, int longSide);
}
