package io.reelbase.app.feature.library;

import io.reelbase.app.ui.BackgroundTasks;
import io.reelbase.app.ui.LatestAnswer;
import io.reelbase.app.ui.Problems;
import io.reelbase.core.asset.AssetFilter;
import io.reelbase.core.asset.AssetSearch;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.Facet;
import io.reelbase.core.asset.FacetCount;
import io.reelbase.core.asset.SavedSearch;
import io.reelbase.core.asset.SavedSearchRepository;
import io.reelbase.core.collection.Collection;
import io.reelbase.core.collection.CollectionRepository;
import io.reelbase.core.ingest.IngestSource;
import io.reelbase.core.ingest.IngestSourceRepository;
import io.reelbase.core.offline.WorkingSet;
import io.reelbase.core.offline.WorkingSetStore;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The library's sidebar: the standard sections, then the collections, saved searches, watch folders and the
 * offline working sets on this computer (with how many of their assets changed here), each with how many
 * assets it holds.
 */
public final class Sidebar {
    private final AssetSearch search;
    private final CollectionRepository collections;
    private final SavedSearchRepository savedSearches;
    private final IngestSourceRepository sources;
    private final WorkingSetStore workingSets;
    private final LatestAnswer<Map<Facet, List<FacetCount>>> counting;
    private final LatestAnswer<Lists> listing;
    private final ObservableList<LibrarySection> sections = FXCollections.observableArrayList(LibrarySection.standard());
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper countsChanged = new ReadOnlyLongWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private Map<AssetType, Long> byType = Map.of();
    private final Map<String, Long> byStatus = new HashMap<>();
    private List<Collection> collectionList = List.of();
    private List<WorkingSet> setList = List.of();

    private record Lists(List<Collection> collections, List<SavedSearch> searches, List<IngestSource> folders, List<WorkingSet> sets) {
    }

    Sidebar(AssetSearch search, CollectionRepository collections, SavedSearchRepository savedSearches,
            IngestSourceRepository sources, WorkingSetStore workingSets, BackgroundTasks tasks) {
        this.workingSets = workingSets;
        this.search = search;
        this.collections = collections;
        this.savedSearches = savedSearches;
        this.sources = sources;
        this.counting = new LatestAnswer<>(tasks);
        this.listing = new LatestAnswer<>(tasks);
    }

    /** Counts the assets of each type and status. */
    void count() {
        counting.ask("Counting assets", p -> search.facets(AssetFilter.ALL, 50, EnumSet.of(Facet.TYPE, Facet.STATUS)), counts -> {
            Map<AssetType, Long> types = new EnumMap<>(AssetType.class);
            counts.getOrDefault(Facet.TYPE, List.of()).forEach(c -> types.put(AssetType.valueOf(c.value()), c.count()));
            byStatus.clear();
            counts.getOrDefault(Facet.STATUS, List.of()).forEach(c -> byStatus.put(c.value(), c.count()));
            byType = Map.copyOf(types);
            total.set(types.values().stream().mapToLong(Long::longValue).sum());
            countsChanged.set(countsChanged.get() + 1);
        }, error -> problem.set(Problems.describe(error)));
    }

    /**
     * Reads the collections, saved searches and watch folders again; {@code onRenamed} gets the fresh entry
     * of the section on screen when it is still there (it may have a new name), {@code onGone} that section when it
     * is not (deleted or returned, here or elsewhere).
     */
    void list(LibrarySection current, java.util.function.Consumer<LibrarySection> onRenamed,
            java.util.function.Consumer<LibrarySection> onGone) {
        listing.ask("Loading collections", p -> new Lists(collections.all(), savedSearches.all(), sources.all(), workingSets.list()),
                lists -> {
            collectionList = lists.collections();
            setList = lists.sets();
            List<LibrarySection> all = new ArrayList<>(LibrarySection.standard());
            all.add(LibrarySection.heading("Collections"));
            lists.collections().forEach(c -> all.add(LibrarySection.collection(c.name(), c.id())));
            if (!lists.searches().isEmpty()) {
                all.add(LibrarySection.heading("Saved searches"));
                lists.searches().forEach(s -> all.add(LibrarySection.savedSearch(s.name(), s.id(), s.filter())));
            }
            if (!lists.folders().isEmpty()) {
                all.add(LibrarySection.heading("Watch folders"));
                lists.folders().forEach(f -> all.add(LibrarySection.source(f.name(), f.path(), f.id())));
            }
            if (!lists.sets().isEmpty()) {
                all.add(LibrarySection.heading("Working sets (offline)"));
                lists.sets().forEach(w -> all.add(LibrarySection.workingSet(w.name(), w.id(), w.localChanges())));
            }
            sections.setAll(all);
            countsChanged.set(countsChanged.get() + 1);
            if (current.id() != null) {
                all.stream().filter(s -> current.id().equals(s.id())).findFirst().ifPresentOrElse(onRenamed, () -> onGone.accept(current));
            }
        }, error -> problem.set(Problems.describe(error)));
    }

    /** How many assets a section holds, from the last count; -1 where it is not counted. */
    public long count(LibrarySection s) {
        return switch (s.kind()) {
            case ALL -> total.get();
            case TYPE -> byType.getOrDefault(s.type(), 0L);
            case STATUS -> byStatus.getOrDefault(s.status().name(), 0L);
            case COLLECTION -> collectionList.stream().filter(c -> c.id().equals(s.id())).mapToLong(Collection::assetCount)
                    .findFirst().orElse(0);
            case WORKING_SET -> setList.stream().filter(w -> w.id().equals(s.id())).mapToLong(WorkingSet::assets).findFirst().orElse(0);
            default -> -1;
        };
    }

    public ObservableList<LibrarySection> sections() {
        return sections;
    }

    /** Every asset in the catalogue. */
    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** Goes up whenever a count changed (the sidebar redraws its badges). */
    public ReadOnlyLongProperty countsChangedProperty() {
        return countsChanged.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
