package io.reelbase.core.offline;

import java.time.Instant;
import java.util.UUID;

/**
 * Assets taken offline from one server into this catalogue: where they came from, when, and how they stand —
 * how many assets, how many changed here since they were taken (or last synced).
 */
public record WorkingSet(UUID id, String name, String serverUrl, String serverUser, Integer historyDepth, Instant takenAt,
                         Instant lastSyncedAt, int assets, int localChanges) {
}
