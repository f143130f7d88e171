package io.reelbase.core.asset;

import io.reelbase.core.Page;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The catalogue of assets and their version history. */
public interface AssetRepository {

    /** Records a new asset at version 1 and writes its first version snapshot (origin CREATE). */
    Asset create(NewAsset asset, String actor);

    Optional<Asset> find(UUID id);

    Optional<Asset> findByHash(String sha256);

    /** The assets with these ids that exist, in the order given. */
    List<Asset> findAll(java.util.Collection<UUID> ids);

    /** Newest first, {@code limit} at a time; pass the returned cursor for the next page. */
    default Page<Asset, AssetCursor> page(Optional<AssetCursor> after, int limit) {
        return page(AssetFilter.ALL, after, limit);
    }

    /** The assets passing {@code filter}, newest first, {@code limit} at a time. */
    Page<Asset, AssetCursor> page(AssetFilter filter, Optional<AssetCursor> after, int limit);

    long count();

    /** Every asset passing {@code filter}, newest first, read a thousand at a time (for exports). */
    default List<Asset> all(AssetFilter filter, io.reelbase.core.Progress progress) {
        List<Asset> all = new java.util.ArrayList<>();
        Optional<AssetCursor> next = Optional.empty();
        do {
            if (progress.isCancelled()) {
                throw new io.reelbase.core.ReelbaseException("Reading the assets was cancelled.", "");
            }
            Page<Asset, AssetCursor> page = page(filter, next, 1000);
            all.addAll(page.items());
            next = page.next();
            progress.update(-1, all.size() + " assets read");
        } while (next.isPresent());
        return all;
    }

    /** How many assets of each type there are (types without assets are left out). */
    Map<AssetType, Long> countByType();

    /**
     * Saves {@code changes} if the asset is still at {@code expectedVersion}: the version goes up by one
     * and a snapshot is written. Otherwise nothing is written and {@link StaleAssetException} is thrown.
     */
    Asset update(UUID id, long expectedVersion, AssetChanges changes, VersionOrigin origin, String summary,
                 String actor);

    /** Moves an asset's processing status (also version-checked). */
    Asset changeStatus(UUID id, long expectedVersion, AssetStatus status, String actor);

    /**
     * Writes what processing learned and where the asset is now (status; duration, MIME type and recording
     * time where known), as one new version with origin JOB. Retries a few times if people are editing the
     * asset at the same moment: these fields are not theirs, so the latest version is always the right base.
     */
    Asset recordProcessing(UUID id, AssetStatus status, Long durationMs, String mimeType, java.time.Instant recordedAt,
                           String summary, String actor);

    /**
     * For each facet, its values among the assets passing {@code filter} with how many assets have each,
     * most common first, at most {@code perFacet} values. A facet's own chosen value is ignored when
     * counting it, so the other values stay visible as alternatives.
     */
    default Map<Facet, List<FacetCount>> facets(AssetFilter filter, int perFacet) {
        return facets(filter, perFacet, java.util.EnumSet.allOf(Facet.class));
    }

    /** As above, for only the facets in {@code which}. */
    Map<Facet, List<FacetCount>> facets(AssetFilter filter, int perFacet, java.util.Set<Facet> which);

    /** Existing keyword tags that start with {@code prefix} (then ones containing it), most used first. */
    List<String> suggestTags(String prefix, int limit);

    /**
     * Undoes the newest edit (EDIT, BATCH_EDIT or an earlier undo) of an asset still at {@code expectedVersion}:
     * the fields that edit changed go back to what they were before it, saved as a new ROLLBACK version.
     * Throws {@link IllegalStateException} when there is no edit to undo.
     */
    Asset undoLastEdit(UUID id, long expectedVersion, String actor);

    /**
     * Assets sharing graph nodes (keywords, topics, contributors, …) with this one, those sharing the
     * most first, then the newest; each with the names it shares.
     */
    List<RelatedAsset> related(UUID id, int limit);

    /** Oldest first. */
    List<AssetVersion> versions(UUID id);

    Optional<AssetVersion> version(UUID id, long version);

    /** Removes the asset and everything that hangs off it; the audit trail keeps the record. */
    void delete(UUID id);
}
