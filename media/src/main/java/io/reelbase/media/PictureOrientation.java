package io.reelbase.media;

import io.reelbase.core.media.Orientation;

/**
 * The one rule for which transform shows a file's picture upright. A display matrix from the container wins:
 * a video track's matrix, or for HEIF/AVIF the {@code irot}/{@code imir} properties (FFmpeg turns them into a
 * matrix, on the item or on its tile grid). Only a still without one uses its EXIF orientation, so a HEIF
 * file is never turned twice. Videos never read EXIF.
 */
public final class PictureOrientation {
    private PictureOrientation() {
    }

    public static Orientation of(DisplayMatrix containerMatrix, boolean still, Integer exifOrientation) {
        if (containerMatrix != null) {
            return containerMatrix.orientation();
        }
        if (still && exifOrientation != null) {
            return Orientation.ofExif(exifOrientation);
        }
        return Orientation.UPRIGHT;
    }
}
