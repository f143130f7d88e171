package io.reelbase.core.media;

/** A small upright picture of a file, JPEG-encoded, and where in the file it was taken. */
public record Thumbnail(byte[] jpeg, int width, int height, Long timestampMs, String source) {
}
