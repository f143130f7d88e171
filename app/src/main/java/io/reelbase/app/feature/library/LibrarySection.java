package io.reelbase.app.feature.library;

import io.reelbase.core.asset.AssetFilter;
import io.reelbase.core.asset.AssetStatus;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.Facet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One entry of the library's sidebar: a name and the assets it shows. Headings only group the entries
 * under them; collections and saved searches carry their id. {@code detail} is said beside the name ("3 changed"
 * on a working set) and is never part of it, or null.
 */
public record LibrarySection(String label, AssetFilter filter, Kind kind, AssetType type, UUID id, String detail) {

    public LibrarySection(String label, AssetFilter filter, Kind kind, AssetType type, UUID id) {
        this(label, filter, kind, type, id, null);
    }

    public enum Kind { HEADING, ALL, TYPE, STATUS, RECENT, COLLECTION, SAVED_SEARCH, SOURCE, WORKING_SET }

    public static final LibrarySection ALL = new LibrarySection("All assets", AssetFilter.ALL, Kind.ALL, null, null);

    /** All assets, then by type, then by status and recent imports: the entries that are always there. */
    public static List<LibrarySection> standard() {
        return List.of(ALL,
                byType("Video", AssetType.VIDEO),
                byType("Images", AssetType.IMAGE),
                byType("Audio", AssetType.AUDIO),
                byType("Documents", AssetType.DOCUMENT),
                heading("Status"),
                byStatus("In progress", AssetStatus.PROCESSING),
                byStatus("Queued", AssetStatus.QUEUED),
                byStatus("Failed", AssetStatus.FAILED),
                byStatus("Ready", AssetStatus.PROCESSED),
                new LibrarySection("Added this week", AssetFilter.ALL, Kind.RECENT, null, null));
    }

    public static LibrarySection heading(String label) {
        return new LibrarySection(label, null, Kind.HEADING, null, null);
    }

    public static LibrarySection collection(String name, UUID id) {
        return new LibrarySection(name, AssetFilter.ofCollection(id), Kind.COLLECTION, null, id);
    }

    /** What a watch folder brought in. */
    public static LibrarySection source(String name, String path, UUID id) {
        return new LibrarySection(name, AssetFilter.ofFolder(path), Kind.SOURCE, null, id);
    }

    /** An offline working set on this computer, saying how many of its assets changed here since the last sync. */
    public static LibrarySection workingSet(String name, UUID id, int changedHere) {
        return new LibrarySection(name, AssetFilter.ofWorkingSet(id), Kind.WORKING_SET, null, id,
                changedHere == 0 ? null : changedHere + " changed");
    }

    public static LibrarySection savedSearch(String name, UUID id, AssetFilter filter) {
        return new LibrarySection(name, filter, Kind.SAVED_SEARCH, null, id);
    }

    private static LibrarySection byType(String label, AssetType type) {
        return new LibrarySection(label, AssetFilter.ofType(type), Kind.TYPE, type, null);
    }

    private static LibrarySection byStatus(String label, AssetStatus status) {
        return new LibrarySection(label, AssetFilter.ALL.with(Facet.STATUS, status.name()), Kind.STATUS, null, null);
    }

    /** What the section shows now (recent imports move with the clock). */
    public AssetFilter filterNow() {
        if (kind == Kind.RECENT) {
            return AssetFilter.ALL.addedBetween(Instant.now().minus(Duration.ofDays(7)), null);
        }
        return filter;
    }

    public boolean isHeading() {
        return kind == Kind.HEADING;
    }

    public AssetStatus status() {
        return kind == Kind.STATUS ? filter.status().orElse(null) : null;
    }
}
