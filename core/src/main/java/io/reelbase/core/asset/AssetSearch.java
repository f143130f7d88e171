package io.reelbase.core.asset;

import io.reelbase.core.Page;
import io.reelbase.core.Progress;
import io.reelbase.core.ReelbaseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Finding assets: pages of a filtered, ordered list, facet counts and tag suggestions. */
public interface AssetSearch {

    /** Newest first, {@code limit} at a time; pass the returned cursor for the next page. */
    default Page<Asset, AssetCursor> page(Optional<AssetCursor> after, int limit) {
        return page(AssetFilter.ALL, after, limit);
    }

    /** The assets passing {@code filter}, in its order, {@code limit} at a time. */
    Page<Asset, AssetCursor> page(AssetFilter filter, Optional<AssetCursor> after, int limit);

    /** Every asset passing {@code filter}, read a thousand at a time (for exports). */
    default List<Asset> all(AssetFilter filter, Progress progress) {
        List<Asset> all = new ArrayList<>();
        Optional<AssetCursor> next = Optional.empty();
        do {
            if (progress.isCancelled()) {
                throw new ReelbaseException("Reading the assets was cancelled.", "");
            }
            Page<Asset, AssetCursor> page = page(filter, next, 1000);
            all.addAll(page.items());
            next = page.next();
            progress.update(-1, all.size() + " assets read");
        } while (next.isPresent());
        return all;
    }

    /**
     * For each facet, its values among the assets passing {@code filter} with how many assets have each,
     * most common first, at most {@code perFacet} values. A facet's own chosen value is ignored when
     * counting it, so the other values stay visible as alternatives.
     */
    default Map<Facet, List<FacetCount>> facets(AssetFilter filter, int perFacet) {
        return facets(filter, perFacet, EnumSet.allOf(Facet.class));
    }

    /** As above, for only the facets in {@code which}. */
    Map<Facet, List<FacetCount>> facets(AssetFilter filter, int perFacet, Set<Facet> which);

    /** Existing keyword tags that start with {@code prefix} (then ones containing it), most used first. */
    List<String> suggestTags(String prefix, int limit);
}
