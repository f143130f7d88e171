package io.reelbase.app.feature.library;

import io.reelbase.core.Page;
import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetCursor;
import io.reelbase.core.asset.AssetFilter;
import io.reelbase.core.asset.AssetSearch;
import io.reelbase.core.asset.AssetSort;
import io.reelbase.core.asset.AssetStatus;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.Facet;
import io.reelbase.core.asset.FacetCount;
import io.reelbase.core.asset.ReviewStatus;
import io.reelbase.core.asset.SourceSystem;
import io.reelbase.core.asset.StorageTier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Assets made in memory for view-model tests whose logic needs no database. */
public final class TestAssets {
    private TestAssets() {
    }

    static Asset asset(String title, long version) {
        return asset(UUID.nameUUIDFromBytes(title.getBytes()), title, version, List.of());
    }

    public static Asset asset(UUID id, String title, long version, List<String> tags) {
        return new Asset(id, title, null, AssetType.IMAGE, AssetStatus.PROCESSED, ReviewStatus.DRAFT, SourceSystem.USER_UPLOAD,
                null, null, 1000L, title.toLowerCase(Locale.ROOT) + ".jpg", "image/jpeg", null, null, null, null, Map.of(), Map.of(),
                Map.of(), version, UUID.randomUUID(), false, StorageTier.HOT, null, Instant.EPOCH, Instant.EPOCH, null, null, null, tags);
    }

    /** A search over a fixed list: titles containing the words, the first {@code limit} only (no paging). */
    static AssetSearch search(List<Asset> all) {
        return new AssetSearch() {
            @Override
            public Page<Asset, AssetCursor> page(AssetFilter filter, Optional<AssetCursor> after, int limit) {
                List<Asset> hits = new ArrayList<>();
                for (Asset a : all) {
                    if (!filter.hasText() || a.title().toLowerCase(Locale.ROOT).contains(filter.text().toLowerCase(Locale.ROOT))) {
                        hits.add(a);
                    }
                }
                boolean more = hits.size() > limit;
                List<Asset> page = more ? hits.subList(0, limit) : hits;
                return new Page<>(page, more ? Optional.of(new AssetCursor(AssetSort.NEWEST, "", page.get(limit - 1).id(), false))
                        : Optional.empty());
            }

            @Override
            public Map<Facet, List<FacetCount>> facets(AssetFilter filter, int perFacet, Set<Facet> which) {
                long n = page(filter, Optional.empty(), 10_000).items().size();
                return Map.of(Facet.TYPE, List.of(new FacetCount(Facet.TYPE, "IMAGE", n)));
            }

            @Override
            public List<String> suggestTags(String prefix, int limit) {
                return List.of();
            }
        };
    }
}
