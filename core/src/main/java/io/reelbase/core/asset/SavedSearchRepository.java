package io.reelbase.core.asset;

import java.util.List;
import java.util.UUID;

/** Named searches, shared by everyone using the catalogue. */
public interface SavedSearchRepository {
    /** By name. */
    List<SavedSearch> all();

    /** Saves under {@code name}; a search of the same name (any case) is replaced. */
    SavedSearch save(String name, AssetFilter filter);

    void delete(UUID id);
}
