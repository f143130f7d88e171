package io.reelbase.core.asset;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reading assets by id or content: what screens and services look up. */
public interface AssetCatalogue {

    Optional<Asset> find(UUID id);

    Optional<Asset> findByHash(String sha256);

    /** The assets with these ids that exist, in the order given. */
    List<Asset> findAll(java.util.Collection<UUID> ids);

    /** The ids of up to {@code limit} assets whose id starts with {@code prefix} (hex digits and dashes). */
    List<UUID> idsStartingWith(String prefix, int limit);

    long count();

    /** How many assets of each type there are (types without assets are left out). */
    Map<AssetType, Long> countByType();

    /**
     * Assets sharing graph nodes (keywords, topics, contributors, …) with this one, those sharing the
     * most first, then the newest; each with the names it shares.
     */
    List<RelatedAsset> related(UUID id, int limit);
}
