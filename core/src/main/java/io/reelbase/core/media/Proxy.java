package io.reelbase.core.media;

import java.nio.file.Path;

/** A playable copy (H.264/AAC in MP4, at most 720p) written for a file. */
public record Proxy(Path file, long sizeBytes, Integer width, Integer height, long durationMs) {
}
