package io.reelbase.core.asset;

import java.util.Objects;
import java.util.UUID;

/** A search someone named and keeps in the library's sidebar. */
public record SavedSearch(UUID id, String name, AssetFilter filter) {
    public SavedSearch {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A saved search needs a name.");
        }
        name = name.strip();
        if (name.length() > 200) {
            throw new IllegalArgumentException("A saved search's name can be at most 200 characters.");
        }
        Objects.requireNonNull(filter, "filter");
    }
}
