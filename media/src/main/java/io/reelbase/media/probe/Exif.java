package io.reelbase.media.probe;

import io.reelbase.core.media.Orientation;
import java.time.Instant;

/** What a still's EXIF (and container) says that FFmpeg does not: orientation, camera, time, place, profile, size. */
public record Exif(Integer orientation, String make, String model, Instant capturedAt, Double latitude,
                   Double longitude, String colorProfile, Integer width, Integer height) {
    public static final Exif NONE = new Exif(null, null, null, null, null, null, null, null, null);

    /** The transform EXIF asks for, upright when there is no orientation tag. */
    public Orientation transform() {
        return orientation == null ? Orientation.UPRIGHT : Orientation.ofExif(orientation);
    }
}
