package io.reelbase.core;

import java.util.List;
import java.util.Optional;

/**
 * One page of a keyset-paged list: the items and, when there may be more, the cursor
 * to pass for the next page. Lists are never loaded whole.
 */
public record Page<T, C>(List<T> items, Optional<C> next) {
    public Page {
        items = List.copyOf(items);
        next = next == null ? Optional.empty() : next;
    }

    public boolean hasMore() {
        return next.isPresent();
    }
}
