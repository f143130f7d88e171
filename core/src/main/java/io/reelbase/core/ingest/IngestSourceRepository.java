package io.reelbase.core.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Watch folders. */
public interface IngestSourceRepository {
    List<IngestSource> all();

    Optional<IngestSource> find(UUID id);

    /** Inserts a source without an id, or updates the one with its id. Paths are unique. */
    IngestSource save(IngestSource source);

    void delete(UUID id);

    /** Enabled sources whose interval has passed since their last sync (never synced counts as due). */
    List<IngestSource> due(Instant now);

    void recordSync(UUID id, Instant at, String status, String message);
}
