package io.reelbase.core.asset;

import java.util.Objects;

/**
 * What a new version records about how it was made: its origin, a summary of what changed, and whether a person
 * resolved a conflict to make it. (Its base is the version it is written on.)
 */
public record VersionStamp(VersionOrigin origin, String summary, boolean conflictResolved) {

    public VersionStamp {
        Objects.requireNonNull(origin, "origin");
    }

    public static VersionStamp of(VersionOrigin origin, String summary) {
        return new VersionStamp(origin, summary, false);
    }
}
