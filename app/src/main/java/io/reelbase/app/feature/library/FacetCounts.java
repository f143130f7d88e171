package io.reelbase.app.feature.library;

import io.reelbase.app.ui.BackgroundTasks;
import io.reelbase.app.ui.LatestAnswer;
import io.reelbase.app.ui.Problems;
import io.reelbase.core.asset.AssetFilter;
import io.reelbase.core.asset.AssetSearch;
import io.reelbase.core.asset.Facet;
import io.reelbase.core.asset.FacetCount;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * How many assets of the list on screen have each value of each facet, and so how many the list holds in
 * all. Counted after the first page (they take longer on a big catalogue), one count at a time.
 */
public final class FacetCounts {
    static final int VALUES = 30;

    private final AssetSearch search;
    private final LatestAnswer<Map<Facet, List<FacetCount>>> counting;
    private final ReadOnlyObjectWrapper<Map<Facet, List<FacetCount>>> counts = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyLongWrapper matching = new ReadOnlyLongWrapper(-1);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();

    FacetCounts(AssetSearch search, BackgroundTasks tasks) {
        this.search = search;
        this.counting = new LatestAnswer<>(tasks);
    }

    /** Counts the facets of the list {@code filter} gives. */
    void count(AssetFilter filter) {
        counting.ask("Counting facets", p -> search.facets(filter, VALUES), found -> {
            problem.set(null);
            counts.set(found);
            // A facet's counts ignore its own choice: with a type chosen, that type's count is the list's.
            List<FacetCount> types = found.getOrDefault(Facet.TYPE, List.of());
            matching.set(filter.value(Facet.TYPE)
                    .map(t -> types.stream().filter(c -> c.value().equals(t)).mapToLong(FacetCount::count).sum())
                    .orElse(types.stream().mapToLong(FacetCount::count).sum()));
        }, error -> problem.set(Problems.describe(error)));
    }

    /** Each facet's values with their counts, most common first. */
    public ReadOnlyObjectProperty<Map<Facet, List<FacetCount>>> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** How many assets the list on screen holds in all, -1 until counted. */
    public ReadOnlyLongProperty matchingProperty() {
        return matching.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
