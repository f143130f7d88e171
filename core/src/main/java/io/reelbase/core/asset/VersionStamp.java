package io.reelbase.core.asset;

import java.util.Objects;

/**
 * What a new version records about how it was made: its origin, a summary of what changed, whether a person
 * resolved a conflict to make it, and (for the offline sync) a mark saying which step of which sync wrote it, so
 * that a sync run again after a stop can tell what already happened. (Its base is the version it is written on.)
 */
public record VersionStamp(VersionOrigin origin, String summary, boolean conflictResolved, String syncMark) {

    public VersionStamp {
        Objects.requireNonNull(origin, "origin");
    }

    public VersionStamp(VersionOrigin origin, String summary, boolean conflictResolved) {
        this(origin, summary, conflictResolved, null);
    }

    public static VersionStamp of(VersionOrigin origin, String summary) {
        return new VersionStamp(origin, summary, false);
    }
}
