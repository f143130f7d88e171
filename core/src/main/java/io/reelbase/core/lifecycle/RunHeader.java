package io.reelbase.core.lifecycle;

import java.time.Instant;
import java.util.UUID;

/** A run as a list shows it: what it was, how it ended, how many assets it acts on (and their bytes), its last word. */
public record RunHeader(UUID id, RunSummary.Kind kind, RunSummary.Status status, Instant startedAt, String login, long acting,
                        long actingBytes, String message) {
}
