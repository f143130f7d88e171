package io.reelbase.core.media;

import java.util.List;

/** Frames spread over a video with their times, and one contact-sheet picture of them all. */
public record Filmstrip(List<Frame> frames, Thumbnail contactSheet) {
    public Filmstrip {
        frames = List.copyOf(frames);
    }

    /** One frame: an upright JPEG and where it is in the video. */
    public record Frame(long timestampMs, byte[] jpeg, int width, int height) {
    }
}
