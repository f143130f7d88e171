package io.reelbase.core.ingest;

import java.time.Instant;
import java.util.UUID;

/** A watch folder: files that appear in it are ingested on schedule. */
public record IngestSource(
        UUID id,
        String name,
        String path,
        boolean recursive,
        int syncIntervalMinutes,
        LoggingLevel loggingLevel,
        boolean enabled,
        Instant lastSyncAt,
        String lastSyncStatus,
        String lastSyncMessage,
        UUID workflowId,
        UUID copyToRootId) {

    public static final int DEFAULT_INTERVAL_MINUTES = 15;

    public IngestSource {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A watch folder needs a name.");
        }
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("A watch folder needs a path.");
        }
        if (syncIntervalMinutes < 1 || syncIntervalMinutes > 7 * 24 * 60) {
            throw new IllegalArgumentException("The sync interval must be between 1 minute and 7 days, not "
                    + syncIntervalMinutes + " minutes.");
        }
        name = name.strip();
        path = path.strip();
        loggingLevel = loggingLevel == null ? LoggingLevel.INFO : loggingLevel;
    }

    public static IngestSource draft(String name, String path) {
        return new IngestSource(null, name, path, true, DEFAULT_INTERVAL_MINUTES, LoggingLevel.INFO, true, null,
                null, null, null, null);
    }
}
