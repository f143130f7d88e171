package io.reelbase.persistence.hibernate;

import io.reelbase.core.asset.AssetFilter;
import io.reelbase.core.asset.AssetSort;
import io.reelbase.core.asset.Facet;
import io.reelbase.core.asset.SavedSearch;
import io.reelbase.core.asset.SavedSearchRepository;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Saved searches: the words in {@code query}, everything else of the filter as JSON in {@code filters}. */
public final class HibernateSavedSearchRepository implements SavedSearchRepository {
    private final Transactions tx;

    public HibernateSavedSearchRepository(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public List<SavedSearch> all() {
        return tx.read(s -> s.createSelectionQuery("from SavedSearchEntity order by lower(name)", SavedSearchEntity.class)
                .getResultList().stream().map(HibernateSavedSearchRepository::toRecord).toList());
    }

    @Override
    public SavedSearch save(String name, AssetFilter filter) {
        SavedSearch checked = new SavedSearch(null, name, filter);
        return tx.write(null, s -> {
            SavedSearchEntity e = s.createSelectionQuery("from SavedSearchEntity where lower(name) = lower(:n) and ownerId is null",
                    SavedSearchEntity.class).setParameter("n", checked.name()).uniqueResultOptional().orElse(null);
            boolean isNew = e == null;
            if (isNew) {
                e = new SavedSearchEntity();
                e.id = UUID.randomUUID();
            }
            e.name = checked.name();
            e.query = filter.text();
            e.filters = toJson(filter);
            if (isNew) {
                s.persist(e);
            }
            s.flush();
            return toRecord(e);
        });
    }

    @Override
    public void delete(UUID id) {
        tx.write(null, s -> {
            SavedSearchEntity e = s.find(SavedSearchEntity.class, id);
            if (e != null) {
                s.remove(e);
            }
            return null;
        });
    }

    static Map<String, Object> toJson(AssetFilter f) {
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, String> facets = new LinkedHashMap<>();
        f.facets().forEach((k, v) -> facets.put(k.name(), v));
        json.put("facets", facets);
        if (f.addedFrom() != null) {
            json.put("addedFrom", f.addedFrom().toString());
        }
        if (f.addedBefore() != null) {
            json.put("addedBefore", f.addedBefore().toString());
        }
        if (f.collection() != null) {
            json.put("collection", f.collection().toString());
        }
        json.put("sort", f.sort().name());
        if (f.folder() != null) {
            json.put("folder", f.folder());
        }
        if (f.workingSet() != null) {
            json.put("workingSet", f.workingSet().toString());
        }
        return new HashMap<>(json);
    }

    @SuppressWarnings("unchecked")
    static SavedSearch toRecord(SavedSearchEntity e) {
        Map<String, Object> json = e.filters == null ? Map.of() : e.filters;
        Map<Facet, String> facets = new EnumMap<>(Facet.class);
        Object stored = json.get("facets");
        if (stored instanceof Map<?, ?> m) {
            ((Map<String, Object>) m).forEach((k, v) -> {
                try {
                    facets.put(Facet.valueOf(k), String.valueOf(v));
                } catch (IllegalArgumentException unknown) {
                    // A facet this version does not know: left out rather than failing the whole list.
                }
            });
        }
        AssetSort sort;
        try {
            sort = AssetSort.valueOf(String.valueOf(json.getOrDefault("sort", "NEWEST")));
        } catch (IllegalArgumentException unknown) {
            sort = AssetSort.NEWEST;
        }
        AssetFilter filter = new AssetFilter(e.query, facets,
                json.get("addedFrom") == null ? null : Instant.parse((String) json.get("addedFrom")),
                json.get("addedBefore") == null ? null : Instant.parse((String) json.get("addedBefore")),
                json.get("collection") == null ? null : UUID.fromString((String) json.get("collection")), sort,
                (String) json.get("folder"), json.get("workingSet") == null ? null : UUID.fromString((String) json.get("workingSet")));
        return new SavedSearch(e.id, e.name, filter);
    }
}
