package io.reelbase.core.asset;

import java.util.Objects;

/**
 * What a new version records about how it was made: its origin, the version the edit started from (null:
 * the version it was written on), a summary of what changed, and whether a person resolved a conflict to
 * make it.
 */
public record VersionStamp(VersionOrigin origin, Long baseVersion, String summary, boolean conflictResolved) {

    public VersionStamp {
        Objects.requireNonNull(origin, "origin");
    }

    public static VersionStamp of(VersionOrigin origin, String summary) {
        return new VersionStamp(origin, null, summary, false);
    }
}
