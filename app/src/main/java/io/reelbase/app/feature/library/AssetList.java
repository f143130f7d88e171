package io.reelbase.app.feature.library;

import io.reelbase.app.ui.BackgroundTasks;
import io.reelbase.app.ui.Problems;
import io.reelbase.core.Page;
import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetCursor;
import io.reelbase.core.asset.AssetFilter;
import io.reelbase.core.asset.AssetSearch;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The assets on screen: one filtered, ordered list loaded a page at a time as the grid or table nears its
 * end, never the whole catalogue. A new list cancels the page still loading and drops its answer.
 */
public final class AssetList {
    static final int PAGE_SIZE = 200;

    private final AssetSearch search;
    private final BackgroundTasks tasks;
    private final ObservableList<AssetRow> rows = FXCollections.observableArrayList();
    private final ObservableList<AssetRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private AssetFilter filter = AssetFilter.ALL;
    private String what = "assets";
    private Optional<AssetCursor> next = Optional.empty();
    /** Bumped on every new list; answers for older lists are dropped. */
    private long generation;
    private BackgroundTasks.Handle pageLoad;

    AssetList(AssetSearch search, BackgroundTasks tasks) {
        this.search = search;
        this.tasks = tasks;
    }

    /** The rows the list holds (what is not visible yet too), for the selection to work over. */
    ObservableList<AssetRow> modifiableRows() {
        return rows;
    }

    /** Empties the list at once (a different list is coming). */
    void clear() {
        rows.clear();
    }

    /**
     * Loads the first page of {@code newFilter}; the rows on screen stay until it replaces them, so a refresh
     * does not make the list flicker. {@code then} gets the new first page's rows once they are on screen.
     */
    void load(AssetFilter newFilter, String label, Consumer<List<AssetRow>> then) {
        generation++;
        if (pageLoad != null) {
            pageLoad.cancel();
        }
        filter = newFilter;
        what = label;
        next = Optional.empty();
        hasMore.set(false);
        loading.set(false);
        loadPage(Optional.empty(), true, then);
    }

    /** Loads the next page if there is one and none is loading (the grid and table call this near their end). */
    public void loadMore() {
        if (hasMore.get() && !loading.get()) {
            loadPage(next, false, added -> { });
        }
    }

    private void loadPage(Optional<AssetCursor> after, boolean replace, Consumer<List<AssetRow>> then) {
        long mine = generation;
        AssetFilter f = filter;
        loading.set(true);
        problem.set(null);
        pageLoad = tasks.<Page<Asset, AssetCursor>>submit("Loading " + what, p -> search.page(f, after, PAGE_SIZE),
                page -> {
                    if (mine != generation) {
                        return;
                    }
                    List<AssetRow> arrived = page.items().stream().map(AssetRow::of).toList();
                    if (replace) {
                        rows.setAll(arrived);
                    } else {
                        rows.addAll(arrived);
                    }
                    next = page.next();
                    hasMore.set(page.hasMore());
                    loading.set(false);
                    then.accept(arrived);
                },
                error -> {
                    if (mine == generation) {
                        loading.set(false);
                        problem.set(Problems.describe(error));
                    }
                });
    }

    /** Saved assets replace their rows; {@code onReplaced} hears of each old row and its new one. */
    void replace(List<Asset> saved, java.util.function.BiConsumer<AssetRow, AssetRow> onReplaced) {
        Map<UUID, Asset> byId = new HashMap<>();
        saved.forEach(a -> byId.put(a.id(), a));
        for (int i = 0; i < rows.size(); i++) {
            Asset fresh = byId.get(rows.get(i).id());
            if (fresh != null) {
                AssetRow old = rows.get(i);
                AssetRow now = AssetRow.of(fresh);
                rows.set(i, now);
                onReplaced.accept(old, now);
            }
        }
    }

    public ObservableList<AssetRow> rows() {
        return readOnlyRows;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    /** Why the list could not be loaded, or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
