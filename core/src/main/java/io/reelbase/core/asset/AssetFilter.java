package io.reelbase.core.asset;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Which assets a list shows: words to search for (in title, description, file name and tags; partial
 * words and small typos match), one chosen value per {@link Facet}, a range of dates added
 * ({@code addedFrom} inclusive, {@code addedBefore} exclusive), a collection, a watch folder's path and an offline
 * working set; anything empty means any.
 */
public record AssetFilter(String text, Map<Facet, String> facets, Instant addedFrom, Instant addedBefore,
                          UUID collection, AssetSort sort, String folder, UUID workingSet) {
    public static final AssetFilter ALL = new AssetFilter("", Map.of(), null, null, null, AssetSort.NEWEST, null, null);

    public AssetFilter {
        text = text == null ? "" : text.strip();
        sort = sort == null ? AssetSort.NEWEST : sort;
        folder = folder == null || folder.isBlank() ? null : folder.strip();
        EnumMap<Facet, String> copy = new EnumMap<>(Facet.class);
        if (facets != null) {
            facets.forEach((f, v) -> {
                if (v != null && !v.isBlank()) {
                    copy.put(f, f.normalise(v));
                }
            });
        }
        facets = Collections.unmodifiableMap(copy);
        if (addedFrom != null && addedBefore != null && !addedFrom.isBefore(addedBefore)) {
            throw new IllegalArgumentException("The start of the date range must be before its end.");
        }
    }

    /** The filter the command line and simple lists use: a type and/or a status and words. */
    public static AssetFilter of(Optional<AssetType> type, Optional<AssetStatus> status, String text) {
        AssetFilter f = ALL.withText(text);
        if (type.isPresent()) {
            f = f.with(Facet.TYPE, type.get().name());
        }
        if (status.isPresent()) {
            f = f.with(Facet.STATUS, status.get().name());
        }
        return f;
    }

    public static AssetFilter ofType(AssetType type) {
        return ALL.with(Facet.TYPE, type.name());
    }

    public static AssetFilter ofCollection(UUID collection) {
        return new AssetFilter("", Map.of(), null, null, collection, AssetSort.NEWEST, null, null);
    }

    public AssetFilter withText(String words) {
        return new AssetFilter(words, facets, addedFrom, addedBefore, collection, sort, folder, workingSet);
    }

    /** This filter narrowed to {@code value} of {@code facet} (replacing another value of it). */
    public AssetFilter with(Facet facet, String value) {
        EnumMap<Facet, String> copy = new EnumMap<>(Facet.class);
        copy.putAll(facets);
        copy.put(facet, value);
        return new AssetFilter(text, copy, addedFrom, addedBefore, collection, sort, folder, workingSet);
    }

    public AssetFilter without(Facet facet) {
        EnumMap<Facet, String> copy = new EnumMap<>(Facet.class);
        copy.putAll(facets);
        copy.remove(facet);
        return new AssetFilter(text, copy, addedFrom, addedBefore, collection, sort, folder, workingSet);
    }

    public AssetFilter addedBetween(Instant from, Instant before) {
        return new AssetFilter(text, facets, from, before, collection, sort, folder, workingSet);
    }

    public AssetFilter inCollection(UUID id) {
        return new AssetFilter(text, facets, addedFrom, addedBefore, id, sort, folder, workingSet);
    }

    /** Everything this filter and {@code other} ask for; {@code other}'s words and values win. */
    public AssetFilter and(AssetFilter other) {
        EnumMap<Facet, String> copy = new EnumMap<>(Facet.class);
        copy.putAll(facets);
        copy.putAll(other.facets);
        return new AssetFilter(other.hasText() ? other.text : text, copy,
                other.addedFrom != null ? other.addedFrom : addedFrom,
                other.addedBefore != null ? other.addedBefore : addedBefore,
                other.collection != null ? other.collection : collection,
                other.sort != AssetSort.NEWEST ? other.sort : sort,
                other.folder != null ? other.folder : folder,
                other.workingSet != null ? other.workingSet : workingSet);
    }

    /** Only assets a watch folder brought in from {@code path} (or below it). */
    public static AssetFilter ofFolder(String path) {
        return new AssetFilter("", Map.of(), null, null, null, AssetSort.NEWEST, path, null);
    }

    /** Only the assets of an offline working set on this computer. */
    public static AssetFilter ofWorkingSet(UUID set) {
        return new AssetFilter("", Map.of(), null, null, null, AssetSort.NEWEST, null, set);
    }

    public AssetFilter sortedBy(AssetSort order) {
        return new AssetFilter(text, facets, addedFrom, addedBefore, collection, order, folder, workingSet);
    }

    public Optional<String> value(Facet facet) {
        return Optional.ofNullable(facets.get(facet));
    }

    public Optional<AssetType> type() {
        return value(Facet.TYPE).map(AssetType::valueOf);
    }

    public Optional<AssetStatus> status() {
        return value(Facet.STATUS).map(AssetStatus::valueOf);
    }

    public boolean hasText() {
        return !text.isEmpty();
    }

    /** Whether anything narrows the list at all. */
    public boolean isEverything() {
        return !hasText() && facets.isEmpty() && addedFrom == null && addedBefore == null && collection == null
                && folder == null && workingSet == null;
    }
}
