package io.reelbase.media.probe;

import java.time.Instant;

/** What a still's EXIF (and container) says that FFmpeg does not: orientation, camera, time, place, profile, size. */
public record Exif(Integer orientation, String make, String model, Instant capturedAt, Double latitude,
                   Double longitude, String colorProfile, Integer width, Integer height) {
    public static final Exif NONE = new Exif(null, null, null, null, null, null, null, null, null);

    /** How far to turn the stored picture clockwise to show it upright. */
    public int clockwise() {
        if (orientation == null) {
            return 0;
        }
        return switch (orientation) {
            case 3, 4 -> 180;
            case 5, 6 -> 90;
            case 7, 8 -> 270;
            default -> 0;
        };
    }

    /** Whether the stored picture is a mirror image (orientations 2, 4, 5, 7). */
    public boolean mirrored() {
        return orientation != null && (orientation == 2 || orientation == 4 || orientation == 5 || orientation == 7);
    }

    /** EXIF orientations 5..8 turn the picture by a quarter: width and height swap on screen. */
    public boolean swapsSides() {
        return orientation != null && orientation >= 5 && orientation <= 8;
    }
}
