package io.reelbase.app.feature.library;

import io.reelbase.app.ui.BackgroundTasks;
import io.reelbase.core.Page;
import io.reelbase.core.ReelbaseException;
import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetCursor;
import io.reelbase.core.asset.AssetFilter;
import io.reelbase.core.asset.AssetRepository;
import io.reelbase.core.asset.AssetSort;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.Facet;
import io.reelbase.core.asset.FacetCount;
import io.reelbase.core.asset.SavedSearch;
import io.reelbase.core.asset.SavedSearchRepository;
import io.reelbase.core.collection.Collection;
import io.reelbase.core.collection.CollectionRepository;
import io.reelbase.core.media.AssetMedia;
import io.reelbase.core.media.DerivativeKind;
import io.reelbase.core.media.Thumbnail;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The library screen's state: the sidebar (sections, collections, saved searches, with counts), the
 * list on screen (section, search words, facet choices, order; loaded a page at a time, never the whole
 * catalogue), the facet counts, the selection, and what went wrong if anything did. All loading runs as
 * background tasks; results land on the FX thread. Editing the selection is {@link AssetEditor}'s job.
 */
public final class LibraryViewModel {
    static final int PAGE_SIZE = 200;
    static final int FACET_VALUES = 30;

    private final AssetRepository assets;
    private final AssetMedia media;
    private final CollectionRepository collections;
    private final SavedSearchRepository savedSearches;
    private final io.reelbase.core.ingest.IngestSourceRepository sources;
    private final BackgroundTasks tasks;
    private final AssetEditor editor;

    private final ObservableList<AssetRow> rows = FXCollections.observableArrayList();
    private final ObservableList<AssetRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<LibrarySection> sections = FXCollections.observableArrayList(LibrarySection.standard());
    private final ReadOnlyObjectWrapper<LibrarySection> section = new ReadOnlyObjectWrapper<>(LibrarySection.ALL);
    private final ReadOnlyObjectWrapper<Map<AssetType, Long>> countsByType = new ReadOnlyObjectWrapper<>(Map.of());
    private final Map<String, Long> sectionCounts = new HashMap<>();
    private final ReadOnlyObjectWrapper<Map<Facet, List<FacetCount>>> facets = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyObjectWrapper<AssetFilter> refinements = new ReadOnlyObjectWrapper<>(AssetFilter.ALL);
    private final ObjectProperty<AssetSort> sort = new SimpleObjectProperty<>(AssetSort.NEWEST);
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper matching = new ReadOnlyLongWrapper(-1);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<AssetRow> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Asset> selectedAsset = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<java.nio.file.Path> selectedProxy = new ReadOnlyObjectWrapper<>();
    private final ObservableList<io.reelbase.core.asset.RelatedAsset> related = FXCollections.observableArrayList();
    /** An asset to select as soon as it is in the list (after following a related asset). */
    private UUID pendingSelection;
    private final ObservableList<AssetRow> selection = FXCollections.observableArrayList();
    private final ObservableList<AssetRow> readOnlySelection = FXCollections.unmodifiableObservableList(selection);
    private final ReadOnlyStringWrapper query = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<byte[]> selectedPicture = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Optional<io.reelbase.core.media.TechnicalSummary>> selectedTechnical =
            new ReadOnlyObjectWrapper<>(Optional.empty());
    private List<Collection> collectionList = List.of();

    private Optional<AssetCursor> next = Optional.empty();
    /** Bumped on every new list; results of older loads are dropped. */
    private long generation;
    private BackgroundTasks.Handle pageLoad;
    /** The next page to arrive replaces the rows instead of adding to them. */
    private boolean replaceOnArrival;
    /** Where a shift-click or shift-arrow extends the selection from. */
    private int anchor = -1;

    public LibraryViewModel(AssetRepository assets, AssetMedia media, CollectionRepository collections,
                            SavedSearchRepository savedSearches, io.reelbase.core.ingest.IngestSourceRepository sources,
                            BackgroundTasks tasks, String actor) {
        this.sources = sources;
        this.assets = assets;
        this.media = media;
        this.collections = collections;
        this.savedSearches = savedSearches;
        this.tasks = tasks;
        this.editor = new AssetEditor(assets, tasks, actor, this::replaced);
    }

    /** The form for editing the selection. */
    public AssetEditor editor() {
        return editor;
    }

    // ---- the list ---------------------------------------------------------------------------------

    /** Shows a sidebar section from its first page; a heading shows nothing new. */
    public void show(LibrarySection target) {
        if (target == null || target.isHeading()) {
            return;
        }
        section.set(target);
        if (target.kind() == LibrarySection.Kind.SAVED_SEARCH) {
            sort.set(target.filter().sort());
        }
        rows.clear();
        clearSelection();
        reload();
    }

    /**
     * Reloads the list, the counts and the sidebar, e.g. after changes elsewhere. The rows on screen stay
     * until the fresh first page replaces them, so a busy queue does not make the list flicker, and the
     * selected assets stay selected if they are still in the list.
     */
    public void refresh() {
        reload();
        loadCounts();
        loadSidebar();
    }

    private void reload() {
        generation++;
        if (pageLoad != null) {
            pageLoad.cancel();
        }
        next = Optional.empty();
        hasMore.set(false);
        loading.set(false);
        replaceOnArrival = true;
        // The facet counts come after the first page: on a big catalogue they take longer, and the list
        // is what people wait for.
        loadPage(Optional.empty(), this::loadFacets);
    }

    /**
     * Shows the assets matching {@code words} (empty: all of them) within the section and facets. A search
     * still running is cancelled and its answer dropped, so typing fast never shows an older result.
     */
    public void search(String words) {
        String q = words == null ? "" : words.strip();
        if (q.equals(query.get())) {
            return;
        }
        query.set(q);
        relist();
    }

    /** Narrows the list to assets with {@code value} for {@code facet}; choosing the same value again clears it. */
    public void choose(Facet facet, String value) {
        AssetFilter now = refinements.get();
        boolean same = now.value(facet).map(v -> v.equals(facet.normalise(value))).orElse(false);
        refinements.set(same || value == null ? now.without(facet) : now.with(facet, value));
        relist();
    }

    public void clearFacet(Facet facet) {
        refinements.set(refinements.get().without(facet));
        relist();
    }

    /** Only assets added from {@code from} up to and including {@code to} (either may be null). */
    public void addedBetween(java.time.LocalDate from, java.time.LocalDate to) {
        java.time.ZoneId zone = java.time.ZoneId.systemDefault();
        Instant start = from == null ? null : from.atStartOfDay(zone).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
        if (start != null && end != null && !start.isBefore(end)) {
            notice.set("The first date must not be after the last one.");
            return;
        }
        notice.set("");
        refinements.set(refinements.get().addedBetween(start, end));
        relist();
    }

    /** Drops every facet choice, date range and search word. */
    public void clearRefinements() {
        refinements.set(AssetFilter.ALL);
        query.set("");
        relist();
    }

    public void sortBy(AssetSort order) {
        if (order != null && order != sort.get()) {
            sort.set(order);
            relist();
        }
    }

    private void relist() {
        rows.clear();
        clearSelection();
        reload();
    }

    /** The filter of the list on screen: section, facets, dates, search words and order. */
    public AssetFilter currentFilter() {
        AssetFilter f = section.get().filterNow().and(refinements.get()).sortedBy(sort.get());
        // Words typed in the search field replace a saved search's words; an empty field keeps them.
        return query.get().isEmpty() ? f : f.withText(query.get());
    }

    /** Loads the next page if there is one and none is loading (the grid and table call this near their end). */
    public void loadMore() {
        if (hasMore.get() && !loading.get()) {
            loadPage(next, () -> { });
        }
    }

    private void loadPage(Optional<AssetCursor> after, Runnable then) {
        long mine = generation;
        AssetFilter filter = currentFilter();
        loading.set(true);
        problem.set(null);
        pageLoad = tasks.<Page<Asset, AssetCursor>>submit("Loading " + section.get().label().toLowerCase(Locale.ROOT),
                progress -> assets.page(filter, after, PAGE_SIZE),
                page -> {
                    if (mine != generation) {
                        return;
                    }
                    List<AssetRow> arrived = page.items().stream().map(AssetRow::of).toList();
                    if (replaceOnArrival) {
                        replaceOnArrival = false;
                        Set<UUID> kept = new HashSet<>();
                        selection.forEach(r -> kept.add(r.id()));
                        rows.setAll(arrived);
                        reselect(kept);
                    } else {
                        rows.addAll(arrived);
                    }
                    next = page.next();
                    hasMore.set(page.hasMore());
                    loading.set(false);
                    if (pendingSelection != null) {
                        UUID wanted = pendingSelection;
                        pendingSelection = null;
                        rows.stream().filter(r -> r.id().equals(wanted)).findFirst().ifPresent(r -> click(r, false, false));
                    }
                    then.run();
                },
                error -> {
                    if (mine != generation) {
                        return;
                    }
                    loading.set(false);
                    problem.set(describe(error));
                });
    }

    /** After a reload, the rows that were selected are selected again (fresh copies of them). */
    private void reselect(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        List<AssetRow> again = rows.stream().filter(r -> ids.contains(r.id())).toList();
        AssetRow single = selected.get();
        boolean changed = again.size() != selection.size() || again.stream().anyMatch(r -> !selection.contains(r));
        selection.setAll(again);
        if (single != null) {
            selected.set(rows.stream().filter(r -> r.id().equals(single.id())).findFirst()
                    .orElse(again.isEmpty() ? null : again.get(0)));
        }
        // Someone (or processing) changed a selected asset: the form shows its new version.
        if (changed) {
            loadSelection();
        }
    }

    /** At most one facet count runs at a time; changes meanwhile ask for one more run when it ends. */
    private boolean facetsRunning;
    private boolean facetsWanted;
    private boolean countsRunning;
    private boolean countsWanted;

    private void loadFacets() {
        if (facetsRunning) {
            facetsWanted = true;
            return;
        }
        facetsRunning = true;
        long mine = generation;
        AssetFilter filter = currentFilter();
        tasks.<Map<Facet, List<FacetCount>>>submit("Counting facets", p -> assets.facets(filter, FACET_VALUES),
                counts -> {
                    if (mine == generation) {
                        facets.set(counts);
                        // A facet's counts ignore its own choice: with a type chosen, that type's count is the list's.
                        List<FacetCount> types = counts.getOrDefault(Facet.TYPE, List.of());
                        matching.set(filter.value(Facet.TYPE)
                                .map(t -> types.stream().filter(c -> c.value().equals(t)).mapToLong(FacetCount::count).sum())
                                .orElse(types.stream().mapToLong(FacetCount::count).sum()));
                    } else {
                        facetsWanted = true;
                    }
                    facetsDone();
                },
                error -> {
                    if (mine == generation) {
                        problem.set(describe(error));
                    }
                    facetsDone();
                });
    }

    private void facetsDone() {
        facetsRunning = false;
        if (facetsWanted) {
            facetsWanted = false;
            loadFacets();
        }
    }

    private void loadCounts() {
        if (countsRunning) {
            countsWanted = true;
            return;
        }
        countsRunning = true;
        tasks.<Map<Facet, List<FacetCount>>>submit("Counting assets", progress -> assets.facets(AssetFilter.ALL, 50, java.util.EnumSet.of(Facet.TYPE, Facet.STATUS)),
                counts -> {
                    Map<AssetType, Long> byType = new EnumMap<>(AssetType.class);
                    counts.getOrDefault(Facet.TYPE, List.of()).forEach(c -> byType.put(AssetType.valueOf(c.value()), c.count()));
                    sectionCounts.clear();
                    counts.getOrDefault(Facet.STATUS, List.of()).forEach(c -> sectionCounts.put("STATUS:" + c.value(), c.count()));
                    total.set(byType.values().stream().mapToLong(Long::longValue).sum());
                    countsByType.set(Map.copyOf(byType));
                    countsDone();
                },
                error -> {
                    problem.set(describe(error));
                    countsDone();
                });
    }

    private void countsDone() {
        countsRunning = false;
        if (countsWanted) {
            countsWanted = false;
            loadCounts();
        }
    }

    /** Collections and saved searches under their headings, after the standard sections. */
    private void loadSidebar() {
        record Lists(List<Collection> collections, List<SavedSearch> searches, List<io.reelbase.core.ingest.IngestSource> folders) {
        }
        tasks.<Lists>submit("Loading collections", p -> new Lists(collections.all(), savedSearches.all(), sources.all()),
                lists -> {
                    collectionList = lists.collections();
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
                    LibrarySection current = section.get();
                    sections.setAll(all);
                    // The section on screen may have been renamed: keep showing it under its new name.
                    if (current.id() != null) {
                        all.stream().filter(s -> current.id().equals(s.id())).findFirst().ifPresent(section::set);
                    }
                },
                error -> problem.set(describe(error)));
    }

    /** How many assets a sidebar section holds, from the last count; -1 where it is not counted. */
    public long count(LibrarySection s) {
        return switch (s.kind()) {
            case ALL -> total.get();
            case TYPE -> countsByType.get().getOrDefault(s.type(), 0L);
            case STATUS -> sectionCounts.getOrDefault("STATUS:" + s.status().name(), 0L);
            case COLLECTION -> collectionList.stream().filter(c -> c.id().equals(s.id())).mapToLong(Collection::assetCount)
                    .findFirst().orElse(0);
            default -> -1;
        };
    }

    // ---- saved searches and collections ------------------------------------------------------------

    /** Saves what is on screen (section, words, facets, dates, order) under {@code name} in the sidebar. */
    public void saveSearch(String name) {
        AssetFilter filter = currentFilter();
        String label = name == null ? "" : name.strip();
        if (label.isEmpty()) {
            notice.set("A saved search needs a name.");
            return;
        }
        tasks.<SavedSearch>submit("Saving the search " + label, p -> savedSearches.save(label, filter),
                saved -> {
                    notice.set("Saved \u201c" + saved.name() + "\u201d in the sidebar.");
                    loadSidebar();
                },
                error -> notice.set(describe(error)));
    }

    public void deleteSavedSearch(LibrarySection s) {
        if (s.kind() != LibrarySection.Kind.SAVED_SEARCH) {
            return;
        }
        tasks.<Void>submit("Deleting the saved search " + s.label(), p -> {
            savedSearches.delete(s.id());
            return null;
        }, done -> {
            notice.set("Deleted the saved search \u201c" + s.label() + "\u201d.");
            leaveIfShowing(s);
            loadSidebar();
        }, error -> notice.set(describe(error)));
    }

    /** A new, empty collection; with {@code members}, they are added to it at once. */
    public void createCollection(String name, List<AssetRow> members) {
        List<UUID> ids = members == null ? List.of() : members.stream().map(AssetRow::id).toList();
        tasks.<Collection>submit("Creating the collection " + name, p -> {
            Collection c = collections.create(name, null, null);
            if (!ids.isEmpty()) {
                collections.add(c.id(), ids, null);
            }
            return c;
        }, c -> {
            notice.set(ids.isEmpty() ? "Created the collection \u201c" + c.name() + "\u201d."
                    : String.format(Locale.ROOT, "Created the collection \u201c%s\u201d with %d asset%s.", c.name(), ids.size(), ids.size() == 1 ? "" : "s"));
            loadSidebar();
        }, error -> notice.set(describe(error)));
    }

    public void renameCollection(LibrarySection s, String newName) {
        if (s.kind() != LibrarySection.Kind.COLLECTION) {
            return;
        }
        tasks.<Collection>submit("Renaming the collection " + s.label(), p -> collections.rename(s.id(), newName),
                c -> {
                    notice.set("Renamed \u201c" + s.label() + "\u201d to \u201c" + c.name() + "\u201d.");
                    loadSidebar();
                }, error -> notice.set(describe(error)));
    }

    public void deleteCollection(LibrarySection s) {
        if (s.kind() != LibrarySection.Kind.COLLECTION) {
            return;
        }
        tasks.<Void>submit("Deleting the collection " + s.label(), p -> {
            collections.delete(s.id());
            return null;
        }, done -> {
            notice.set("Deleted the collection \u201c" + s.label() + "\u201d; its assets are still in the library.");
            leaveIfShowing(s);
            loadSidebar();
        }, error -> notice.set(describe(error)));
    }

    /** Adds assets to a collection (those already in it are left where they are). */
    public void addToCollection(LibrarySection target, List<AssetRow> members) {
        if (target.kind() != LibrarySection.Kind.COLLECTION || members.isEmpty()) {
            return;
        }
        List<UUID> ids = members.stream().map(AssetRow::id).distinct().toList();
        tasks.<Integer>submit("Adding to " + target.label(), p -> collections.add(target.id(), ids, null),
                added -> {
                    int already = ids.size() - added;
                    notice.set(String.format(Locale.ROOT, "Added %d asset%s to \u201c%s\u201d%s.", added, added == 1 ? "" : "s",
                            target.label(), already > 0 ? " (" + already + " already in it)" : ""));
                    loadSidebar();
                }, error -> notice.set(describe(error)));
    }

    /** Takes the selected assets out of the collection on screen (they stay in the library). */
    public void removeFromCollection(List<AssetRow> members) {
        LibrarySection current = section.get();
        if (current.kind() != LibrarySection.Kind.COLLECTION || members.isEmpty()) {
            return;
        }
        List<UUID> ids = members.stream().map(AssetRow::id).toList();
        tasks.<Integer>submit("Removing from " + current.label(), p -> collections.remove(current.id(), ids),
                removed -> {
                    notice.set(String.format(Locale.ROOT, "Removed %d asset%s from \u201c%s\u201d.", removed, removed == 1 ? "" : "s", current.label()));
                    refresh();
                }, error -> notice.set(describe(error)));
    }

    private void leaveIfShowing(LibrarySection s) {
        if (s.id() != null && s.id().equals(section.get().id())) {
            show(LibrarySection.ALL);
        }
    }

    // ---- selection -------------------------------------------------------------------------------

    /**
     * A click on a row or tile: alone it selects just that one; with {@code toggle} (Ctrl/Cmd) it is added
     * or taken out; with {@code range} (Shift) everything from the anchor to it is selected.
     */
    public void click(AssetRow row, boolean toggle, boolean range) {
        int index = rows.indexOf(row);
        if (index < 0) {
            return;
        }
        if (range && anchor >= 0 && anchor < rows.size()) {
            int from = Math.min(anchor, index);
            int to = Math.max(anchor, index);
            List<AssetRow> span = new ArrayList<>(rows.subList(from, to + 1));
            if (toggle) {
                span.stream().filter(r -> !selection.contains(r)).forEach(selection::add);
            } else {
                selection.setAll(span);
            }
        } else if (toggle) {
            if (selection.contains(row)) {
                selection.remove(row);
            } else {
                selection.add(row);
            }
            anchor = index;
        } else {
            selection.setAll(List.of(row));
            anchor = index;
            // A plain click on the asset already shown reloads its picture (processing may have made one).
            selected.set(null);
        }
        selectionChanged(selection.contains(row) ? row : (selection.isEmpty() ? null : selection.get(selection.size() - 1)));
    }

    /** Moves the focus by {@code delta} rows (arrows: 1 or the grid's columns), extending with Shift. */
    public void move(int delta, boolean extend) {
        if (rows.isEmpty()) {
            return;
        }
        int from = selected.get() == null ? -1 : rows.indexOf(selected.get());
        int to = Math.max(0, Math.min(rows.size() - 1, from < 0 ? 0 : from + delta));
        if (to >= rows.size() - 1) {
            loadMore();
        }
        AssetRow target = rows.get(to);
        if (extend && anchor >= 0) {
            int lo = Math.min(anchor, to);
            int hi = Math.max(anchor, to);
            selection.setAll(new ArrayList<>(rows.subList(lo, hi + 1)));
            selectionChanged(target);
        } else {
            click(target, false, false);
        }
    }

    /** Every loaded asset. */
    public void selectAll() {
        selection.setAll(rows);
        selectionChanged(selected.get() != null && selection.contains(selected.get()) ? selected.get()
                : rows.isEmpty() ? null : rows.get(0));
    }

    /** Replaces the selection (the table's own selection model calls this). */
    public void selectOnly(List<AssetRow> chosen, AssetRow focus) {
        selection.setAll(chosen);
        if (focus != null) {
            anchor = rows.indexOf(focus);
        }
        selectionChanged(focus != null && chosen.contains(focus) ? focus : chosen.isEmpty() ? null : chosen.get(chosen.size() - 1));
    }

    /** Selects one row (null: none). */
    public void select(AssetRow row) {
        if (row == null) {
            clearSelection();
        } else {
            click(row, false, false);
        }
    }

    private void clearSelection() {
        selection.clear();
        anchor = -1;
        selectionChanged(null);
    }

    private void selectionChanged(AssetRow focus) {
        AssetRow before = selected.get();
        selected.set(focus);
        loadSelection();
        if (focus == null || before == null || !focus.id().equals(before.id())) {
            loadPicture(focus);
        }
    }

    /** The most assets the form edits together. */
    static final int MAX_EDIT = 5_000;
    private long selectionGeneration;
    private boolean selectionReading;
    private boolean selectionWanted;

    /**
     * Reads the selected assets in full (the list holds only what it shows) and hands them to the form;
     * until they are there, the form edits nothing.
     */
    private void loadSelection() {
        selectionGeneration++;
        List<UUID> ids = selection.stream().map(AssetRow::id).toList();
        if (ids.isEmpty()) {
            selectedAsset.set(null);
            editor.load(List.of());
            return;
        }
        if (ids.size() > MAX_EDIT) {
            selectedAsset.set(null);
            editor.tooMany(ids.size(), MAX_EDIT);
            return;
        }
        editor.loading(ids.size());
        // One read at a time: Shift+arrow through a long list asks again with every key, but only the
        // selection it ends on is read once more when the read in flight comes back.
        if (selectionReading) {
            selectionWanted = true;
            return;
        }
        selectionReading = true;
        long mine = selectionGeneration;
        AssetRow focus = selected.get();
        tasks.<List<Asset>>submit(ids.size() == 1 ? "Loading the asset" : "Loading " + ids.size() + " assets",
                p -> assets.findAll(ids),
                full -> {
                    selectionReading = false;
                    if (mine != selectionGeneration || selectionWanted) {
                        selectionWanted = false;
                        loadSelection();
                        return;
                    }
                    selectedAsset.set(focus == null ? null
                            : full.stream().filter(a -> a.id().equals(focus.id())).findFirst().orElse(null));
                    editor.load(full);
                },
                error -> {
                    selectionReading = false;
                    if (mine == selectionGeneration && !selectionWanted) {
                        editor.failed(describe(error));
                    } else {
                        selectionWanted = false;
                        loadSelection();
                    }
                });
    }

    /**
     * Follows a related asset: the list shows the assets with the first keyword tag they share (or, when
     * they share only topics or contributors, a search for the related asset's title), and the related
     * asset is selected when it is in it.
     */
    public void showRelated(io.reelbase.core.asset.RelatedAsset r) {
        pendingSelection = r.id();
        section.set(LibrarySection.ALL);
        if (r.sharedKeywords().isEmpty()) {
            refinements.set(AssetFilter.ALL);
            query.set(r.title());
        } else {
            refinements.set(AssetFilter.ALL.with(Facet.TAG, r.sharedKeywords().get(0)));
            query.set("");
        }
        relist();
    }

    /** Saved assets replace their rows (and stay selected). */
    private void replaced(List<Asset> saved) {
        Map<UUID, Asset> byId = new HashMap<>();
        saved.forEach(a -> byId.put(a.id(), a));
        for (int i = 0; i < rows.size(); i++) {
            Asset fresh = byId.get(rows.get(i).id());
            if (fresh != null) {
                AssetRow old = rows.get(i);
                AssetRow now = AssetRow.of(fresh);
                rows.set(i, now);
                int s = selection.indexOf(old);
                if (s >= 0) {
                    selection.set(s, now);
                }
                if (old.equals(selected.get())) {
                    selected.set(now);
                }
            }
        }
        loadSelection();
        loadFacets();
    }

    /** The picture of the focused asset (preview, else thumbnail, cover art or waveform) and its technical facts. */
    private void loadPicture(AssetRow row) {
        selectedPicture.set(null);
        selectedProxy.set(null);
        selectedTechnical.set(Optional.empty());
        related.clear();
        if (row == null || media == null) {
            return;
        }
        UUID id = row.id();
        tasks.<List<io.reelbase.core.asset.RelatedAsset>>submit("Finding related assets", p -> assets.related(id, 8),
                found -> {
                    if (selected.get() != null && selected.get().id().equals(id)) {
                        related.setAll(found);
                    }
                },
                error -> related.clear());
        record Facts(Optional<byte[]> picture, Optional<io.reelbase.core.media.TechnicalSummary> technical,
                     Optional<java.nio.file.Path> proxy) {
        }
        tasks.<Facts>submit("Loading the picture", p -> new Facts(media.derivative(id, DerivativeKind.PREVIEW, 0)
                        .or(() -> media.derivative(id, DerivativeKind.THUMBNAIL, 0))
                        .or(() -> media.derivative(id, DerivativeKind.COVER_ART, 0))
                        .or(() -> media.derivative(id, DerivativeKind.WAVEFORM, 0))
                        .map(Thumbnail::jpeg), media.technicalMetadata(id),
                        media.locations(id, "PROXY").stream().filter(java.nio.file.Files::isReadable).findFirst()),
                facts -> {
                    if (selected.get() != null && selected.get().id().equals(id)) {
                        selectedPicture.set(facts.picture().orElse(null));
                        selectedTechnical.set(facts.technical());
                        selectedProxy.set(facts.proxy().orElse(null));
                    }
                },
                error -> selectedPicture.set(null));
    }

    static String describe(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && !(t instanceof ReelbaseException)) {
            t = t.getCause();
        }
        if (t instanceof ReelbaseException re) {
            return re.describe();
        }
        if (t instanceof IllegalArgumentException || t instanceof IllegalStateException) {
            return t.getMessage();
        }
        return "Could not load the assets: " + error.getMessage();
    }

    // ---- properties ------------------------------------------------------------------------------

    public ObservableList<AssetRow> rows() {
        return readOnlyRows;
    }

    public ObservableList<LibrarySection> sections() {
        return sections;
    }

    public ObservableList<AssetRow> selection() {
        return readOnlySelection;
    }

    public AssetMedia media() {
        return media;
    }

    public ReadOnlyObjectProperty<LibrarySection> sectionProperty() {
        return section.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Map<AssetType, Long>> countsByTypeProperty() {
        return countsByType.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Map<Facet, List<FacetCount>>> facetsProperty() {
        return facets.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AssetFilter> refinementsProperty() {
        return refinements.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AssetSort> sortProperty() {
        return sort;
    }

    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** How many assets the list on screen holds in all (from the facet counts), -1 until counted. */
    public ReadOnlyLongProperty matchingProperty() {
        return matching.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What the last action on collections or saved searches did, or why it did not. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty queryProperty() {
        return query.getReadOnlyProperty();
    }

    /** The focused asset: the one the inspector shows in full. */
    public ReadOnlyObjectProperty<AssetRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The focused asset in full (null while it loads, or with nothing or too much selected). */
    public ReadOnlyObjectProperty<Asset> selectedAssetProperty() {
        return selectedAsset.getReadOnlyProperty();
    }

    /** The focused asset's playable proxy file, or null (none made, or not reachable from here). */
    public ReadOnlyObjectProperty<java.nio.file.Path> selectedProxyProperty() {
        return selectedProxy.getReadOnlyProperty();
    }

    /** Assets sharing tags, topics or contributors with the focused one. */
    public ObservableList<io.reelbase.core.asset.RelatedAsset> related() {
        return related;
    }

    /** The ids of the selected assets, in the order they were selected. */
    public List<UUID> selectedIds() {
        return selection.stream().map(AssetRow::id).toList();
    }

    public AssetRepository assets() {
        return assets;
    }

    /** The focused asset's picture as JPEG bytes, or null while loading or when it has none. */
    public ReadOnlyObjectProperty<byte[]> selectedPictureProperty() {
        return selectedPicture.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<io.reelbase.core.media.TechnicalSummary>> selectedTechnicalProperty() {
        return selectedTechnical.getReadOnlyProperty();
    }
}
