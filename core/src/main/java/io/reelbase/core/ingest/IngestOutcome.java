package io.reelbase.core.ingest;

import java.nio.file.Path;
import java.util.UUID;

/** What became of one file of an ingest. */
public record IngestOutcome(Path file, Kind kind, UUID assetId, String message) {
    /** Added as a new asset (and queued), a known file in a new place, or left out with the reason. */
    public enum Kind { ADDED, DUPLICATE, SKIPPED, FAILED }
}
