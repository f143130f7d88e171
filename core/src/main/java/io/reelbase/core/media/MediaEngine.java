package io.reelbase.core.media;

import io.reelbase.core.Progress;
import java.nio.file.Path;

/** Everything the processing jobs ask of the media engine. */
public interface MediaEngine extends MediaProbe, Thumbnailer {
    Filmstrip filmstrip(Path file, int count, Progress progress);

    Proxy proxy(Path file, Path target, long durationMs, Progress progress);

    Thumbnail waveform(Path file, int width, int height, Progress progress);
}
