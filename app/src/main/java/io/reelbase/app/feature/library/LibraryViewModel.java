package io.reelbase.app.feature.library;

import io.reelbase.app.feature.conflict.ConflictViewModel;
import io.reelbase.app.feature.history.HistoryViewModel;
import io.reelbase.app.ui.BackgroundTasks;
import io.reelbase.app.ui.DialogService;
import io.reelbase.app.ui.LatestAnswer;
import io.reelbase.app.ui.Problems;
import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetFilter;
import io.reelbase.core.asset.AssetSort;
import io.reelbase.core.asset.Facet;
import io.reelbase.core.asset.RelatedAsset;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The library screen's state, as named parts: the {@link AssetList} on screen, its {@link FacetCounts}, the
 * {@link Sidebar}, the {@link CollectionCommands}, the {@link AssetSelection}, the {@link FocusedAsset} and
 * the {@link EditForm}. This class holds what the list shows (section, search words, facet choices, dates,
 * order) and keeps the parts in step: a new list clears the selection, a new selection is read in full
 * for the form, a save replaces the saved rows.
 */
public final class LibraryViewModel {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LibraryViewModel.class);
    /** The most assets the form edits together. */
    static final int MAX_EDIT = 5_000;

    private final AssetList list;
    private final FacetCounts facets;
    private final Sidebar sidebar;
    private final CollectionCommands collections;
    private final AssetSelection selection;
    private final FocusedAsset focus;
    private final EditForm form;
    private final WorkingSetCommands workingSets;
    private final ConflictViewModel conflicts;
    private final HistoryViewModel history;
    private final LiveChanges live;
    private final BackgroundTasks tasks;
    private final RevertCommands reverts;
    private final LibraryServices services;
    private final LatestAnswer<List<Asset>> selectionRead;
    private final ReadOnlyObjectWrapper<LibrarySection> section = new ReadOnlyObjectWrapper<>(LibrarySection.ALL);
    private final ReadOnlyObjectWrapper<AssetFilter> refinements = new ReadOnlyObjectWrapper<>(AssetFilter.ALL);
    private final ReadOnlyObjectWrapper<AssetSort> sort = new ReadOnlyObjectWrapper<>(AssetSort.NEWEST);
    private final ReadOnlyStringWrapper query = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Asset> focusedAsset = new ReadOnlyObjectWrapper<>();
    private final StringBinding problem;
    /** An asset to select as soon as it is in the list (after following a related asset). */
    private UUID pendingSelection;

    public LibraryViewModel(LibraryServices services, BackgroundTasks tasks, DialogService dialogs, String actor) {
        this.services = services;
        this.list = new AssetList(services.search(), tasks);
        this.facets = new FacetCounts(services.search(), tasks);
        this.sidebar = new Sidebar(services.search(), services.collections(), services.savedSearches(), services.sources(),
                services.workingSets(), tasks);
        this.selection = new AssetSelection(list.modifiableRows(), list::loadMore);
        this.focus = new FocusedAsset(services.catalogue(), services.media(), tasks);
        this.tasks = tasks;
        this.history = new HistoryViewModel(services.history(), services.edits(), tasks, actor, a -> savedHere(List.of(a)));
        this.reverts = new RevertCommands(services.catalogue(), new io.reelbase.core.edit.AssetReverts(services.history(), services.edits()),
                services.restore(), tasks, dialogs, actor, notice::set, this::refresh);
        this.live = new LiveChanges(services.changes(), this::changedElsewhere, this::inspectedId);
        this.conflicts = new ConflictViewModel(services.edits(), tasks, actor, this::resolved, this::skipped);
        this.workingSets = new WorkingSetCommands(services.offline(), services.search(), tasks, dialogs, conflicts, notice::set, this::refresh);
        this.form = new EditForm(services.edits(), services.search(), tasks, actor, this::savedHere, conflicts::open);
        this.selectionRead = new LatestAnswer<>(tasks);
        this.collections = new CollectionCommands(services.collections(), services.savedSearches(), tasks, dialogs, notice::set,
                new CollectionCommands.Effects() {
                    @Override
                    public void sidebarChanged() {
                        listSidebar();
                    }

                    @Override
                    public void listChanged() {
                        refresh();
                    }
                });
        selection.setListener(this::selectionChanged);
        this.problem = Bindings.createStringBinding(() -> list.problemProperty().get() != null ? list.problemProperty().get()
                        : facets.problemProperty().get() != null ? facets.problemProperty().get() : sidebar.problemProperty().get(),
                list.problemProperty(), facets.problemProperty(), sidebar.problemProperty());
    }

    // ---- what the list shows --------------------------------------------------------------------

    /** Shows a sidebar section from its first page; a heading shows nothing new. */
    public void show(LibrarySection target) {
        if (target == null || target.isHeading()) {
            return;
        }
        section.set(target);
        if (target.kind() == LibrarySection.Kind.SAVED_SEARCH) {
            sort.set(target.filter().sort());
        }
        relist();
    }

    /** Reloads the list, the counts and the sidebar; the rows on screen and the selection stay until the fresh page replaces them. */
    public void refresh() {
        reload();
        sidebar.count();
        listSidebar();
    }

    /** Shows the assets matching {@code words} (empty: all of them) within the section and facets. */
    public void search(String words) {
        String q = words == null ? "" : words.strip();
        if (!q.equals(query.get())) {
            query.set(q);
            relist();
        }
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
    public void addedBetween(LocalDate from, LocalDate to) {
        ZoneId zone = ZoneId.systemDefault();
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

    /**
     * Follows a related asset: the list shows the assets with the first keyword tag they share (or, when
     * they share only topics or contributors, a search for its title), and it is selected when it is in it.
     */
    public void showRelated(RelatedAsset r) {
        pendingSelection = r.id();
        section.set(LibrarySection.ALL);
        refinements.set(r.sharedKeywords().isEmpty() ? AssetFilter.ALL : AssetFilter.ALL.with(Facet.TAG, r.sharedKeywords().get(0)));
        query.set(r.sharedKeywords().isEmpty() ? r.title() : "");
        relist();
    }

    /** Asks for a name, then saves what is on screen (section, words, facets, dates, order) in the sidebar. */
    public void saveSearch() {
        collections.saveSearch(currentFilter(), query.get());
    }

    /** The filter of the list on screen: section, facets, dates, search words and order. */
    public AssetFilter currentFilter() {
        AssetFilter f = section.get().filterNow().and(refinements.get()).sortedBy(sort.get());
        // Words typed in the search field replace a saved search's words; an empty field keeps them.
        return query.get().isEmpty() ? f : f.withText(query.get());
    }

    private void relist() {
        list.clear();
        selection.clear();
        reload();
    }

    private void reload() {
        AssetFilter filter = currentFilter();
        Set<UUID> kept = new HashSet<>(selection.ids());
        list.load(filter, section.get().label().toLowerCase(Locale.ROOT), firstPage -> {
            selection.reselect(kept);
            if (pendingSelection != null) {
                UUID wanted = pendingSelection;
                pendingSelection = null;
                list.rows().stream().filter(r -> r.id().equals(wanted)).findFirst().ifPresent(r -> selection.click(r, false, false));
            }
            // The facet counts come after the first page: on a big catalogue they take longer.
            facets.count(filter);
        });
    }

    private void listSidebar() {
        sidebar.list(section.get(), section::set, this::leaveIfShown);
    }

    /** A collection, saved search or working set is gone (deleted, returned): if it is on screen, show all assets. */
    private void leaveIfShown(LibrarySection s) {
        if (s.id() != null && s.id().equals(section.get().id())) show(LibrarySection.ALL);
    }

    // ---- selection, focus and form ---------------------------------------------------------------

    private void selectionChanged(boolean focusMoved) {
        live.inspecting(inspectedId());
        readSelection();
        if (focusMoved) {
            focus.focus(selection.focused());
        }
    }

    /** Reads the selected assets in full (the list holds only what it shows) for the form and the inspector. */
    private void readSelection() {
        List<UUID> ids = selection.ids();
        AssetRow focused = selection.focused();
        if (ids.isEmpty() || ids.size() > MAX_EDIT) {
            selectionRead.forget();
            focusedAsset.set(null);
            if (ids.isEmpty()) {
                form.loading(ids);
                form.load(List.of());
            } else {
                form.tooMany(ids, MAX_EDIT);
            }
            return;
        }
        form.loading(ids);
        selectionRead.ask(ids.size() == 1 ? "Loading the asset" : "Loading " + ids.size() + " assets",
                p -> services.catalogue().findAll(ids), full -> {
                    focusedAsset.set(focused == null ? null
                            : full.stream().filter(a -> a.id().equals(focused.id())).findFirst().orElse(null));
                    form.load(full);
                }, error -> form.failed(Problems.describe(error)));
    }

    /** The one asset in the inspector, if one is. */
    private UUID inspectedId() {
        return selection.size() == 1 && selection.focused() != null ? selection.focused().id() : null;
    }

    /** Others saved new versions of {@code ids}: those on screen are read again (the form keeps any typing). */
    private void changedElsewhere(List<UUID> ids) {
        history.refresh(ids);
        Set<UUID> changed = new HashSet<>(ids);
        List<UUID> shown = list.rows().stream().map(AssetRow::id).filter(changed::contains).toList();
        if (!shown.isEmpty()) {
            tasks.submit("Reading what others saved", p -> services.catalogue().findAll(shown), this::saved,
                    e -> LOG.warn("Could not read the versions others saved; the next refresh shows them", e));
        }
    }

    /** Opens the version history of the asset in the inspector; with the live banner up, at the changes it announced. */
    public void openHistory() {
        AssetRow row = selection.focused();
        if (row != null) {
            history.open(row.id(), row.title(), live.changedSince());
            live.dismiss();
        }
    }

    /** Assets this window saved: the list shows them, and a banner about a version they include goes. */
    private void savedHere(List<Asset> assets) {
        live.savedHere(assets);
        if (sidebar.sections().stream().anyMatch(s -> s.kind() == LibrarySection.Kind.WORKING_SET)) {
            listSidebar();  // a working set's "changed here" count follows the edit
        }
        history.refresh(assets.stream().map(Asset::id).toList());
        saved(assets);
    }

    private void skipped(io.reelbase.core.edit.EditOutcome.Conflict c) {
        form.skipped(c);
    }

    /** An asset saved from the conflict screen: the form takes the resolved version, the list shows it. */
    private void resolved(Asset asset) {
        form.resolved(asset);
        savedHere(List.of(asset));
    }

    /** Saved assets replace their rows (and stay selected); the selection is read again if it holds one; the counts follow. */
    private void saved(List<Asset> assets) {
        list.replace(assets, selection::replaced);
        Set<UUID> selected = new HashSet<>(selection.ids());
        if (assets.stream().anyMatch(a -> selected.contains(a.id()))) {
            readSelection();
        }
        facets.count(currentFilter());
    }

    // ---- the parts and the state the views show --------------------------------------------------

    public AssetList list() {
        return list;
    }

    public FacetCounts facets() {
        return facets;
    }

    public Sidebar sidebar() {
        return sidebar;
    }

    public CollectionCommands collections() {
        return collections;
    }

    public AssetSelection selection() {
        return selection;
    }

    public FocusedAsset focus() {
        return focus;
    }

    /** "Revert to How They Were at…" and "Restore" (archived or deleted assets), for the selection. */
    public RevertCommands reverts() {
        return reverts;
    }

    public HistoryViewModel history() {
        return history;
    }

    public LiveChanges live() {
        return live;
    }

    /** Take Offline, Sync Now, Return Working Set. */
    public WorkingSetCommands workingSets() {
        return workingSets;
    }

    /** Edits that clashed with someone else's version, to resolve one after another. */
    public ConflictViewModel conflicts() {
        return conflicts;
    }

    public EditForm form() {
        return form;
    }

    public ReadOnlyObjectProperty<LibrarySection> sectionProperty() {
        return section.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AssetFilter> refinementsProperty() {
        return refinements.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AssetSort> sortProperty() {
        return sort.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty queryProperty() {
        return query.getReadOnlyProperty();
    }

    /** What the last action on collections or saved searches did, or why it did not. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Why the list, its counts or the sidebar could not be loaded, or null. */
    public StringBinding problemProperty() {
        return problem;
    }

    /** The focused asset in full (null while it loads, or with nothing or too much selected). */
    public ReadOnlyObjectProperty<Asset> focusedAssetProperty() {
        return focusedAsset.getReadOnlyProperty();
    }
}
