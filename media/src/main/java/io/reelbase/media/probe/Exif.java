package io.reelbase.media.probe;

import java.time.Instant;

/** What a still's EXIF (and container) says that FFmpeg does not: orientation, camera, time, place, profile, size. */
public record Exif(Integer orientation, String make, String model, Instant capturedAt, Double latitude,
                   Double longitude, String colorProfile, Integer width, Integer height) {
    public static final Exif NONE = new Exif(null, null, null, null, null, null, null, null, null);

    /** EXIF orientations 5..8 turn the picture by a quarter: width and height swap on screen. */
    public boolean swapsSides() {
        return orientation != null && orientation >= 5 && orientation <= 8;
    }
}
