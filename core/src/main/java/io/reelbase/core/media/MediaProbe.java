package io.reelbase.core.media;

import java.nio.file.Path;

/** Reads the technical metadata of a media file. */
public interface MediaProbe {
    /** @throws MediaException when the file is missing, unreadable or not media */
    ProbeResult probe(Path file);
}
