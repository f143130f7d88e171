package io.reelbase.app.feature.library;

import io.reelbase.app.ui.BackgroundTasks;
import io.reelbase.core.Page;
import io.reelbase.core.ReelbaseException;
import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetCursor;
import io.reelbase.core.asset.AssetRepository;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.media.AssetMedia;
import io.reelbase.core.media.DerivativeKind;
import io.reelbase.core.media.Thumbnail;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The library screen's state: which section is shown, the rows loaded so far (a page at a time,
 * never the whole catalogue), the counts in the sidebar, and what went wrong if anything did.
 * All loading runs as background tasks; results land on the FX thread.
 */
public final class LibraryViewModel {
    static final int PAGE_SIZE = 200;

    private final AssetRepository assets;
    private final AssetMedia media;
    private final BackgroundTasks tasks;
    private final ReadOnlyObjectWrapper<byte[]> selectedPicture = new ReadOnlyObjectWrapper<>();

    private final ObservableList<AssetRow> rows = FXCollections.observableArrayList();
    private final ObservableList<AssetRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<LibrarySection> section = new ReadOnlyObjectWrapper<>(LibrarySection.ALL);
    private final ReadOnlyObjectWrapper<Map<AssetType, Long>> countsByType = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<AssetRow> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper query = new ReadOnlyStringWrapper("");

    private Optional<AssetCursor> next = Optional.empty();
    /** Bumped on every new list; results of older loads are dropped. */
    private long generation;
    private BackgroundTasks.Handle pageLoad;
    /** The next page to arrive replaces the rows instead of adding to them. */
    private boolean replaceOnArrival;

    /** The form for the selected asset's editable metadata. */
    public final javafx.beans.property.StringProperty editTitle = new javafx.beans.property.SimpleStringProperty("");
    public final javafx.beans.property.StringProperty editDescription = new javafx.beans.property.SimpleStringProperty("");
    public final javafx.beans.property.ObjectProperty<io.reelbase.core.asset.ReviewStatus> editReview =
            new javafx.beans.property.SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper editMessage = new ReadOnlyStringWrapper("");
    private final String actor;

    public LibraryViewModel(AssetRepository assets, AssetMedia media, BackgroundTasks tasks) {
        this(assets, media, tasks, System.getProperty("user.name"));
    }

    public LibraryViewModel(AssetRepository assets, AssetMedia media, BackgroundTasks tasks, String actor) {
        this.assets = assets;
        this.media = media;
        this.tasks = tasks;
        this.actor = actor;
    }

    /**
     * Saves the form as a new version of the selected asset, based on the version it was loaded from.
     * If someone saved in between, nothing is overwritten and the message says so.
     */
    public void saveEdits() {
        AssetRow row = selected.get();
        if (row == null) {
            return;
        }
        io.reelbase.core.asset.Asset a = row.asset();
        io.reelbase.core.asset.AssetChanges changes;
        try {
            changes = io.reelbase.core.asset.AssetChanges.none();
            if (!editTitle.get().strip().equals(a.title())) {
                changes = changes.title(editTitle.get());
            }
            String description = editDescription.get() == null ? "" : editDescription.get().strip();
            if (!description.equals(a.description() == null ? "" : a.description())) {
                changes = changes.description(description);
            }
            if (editReview.get() != null && editReview.get() != a.reviewStatus()) {
                changes = changes.reviewStatus(editReview.get());
            }
        } catch (IllegalArgumentException e) {
            editMessage.set(e.getMessage());
            return;
        }
        if (changes.isEmpty()) {
            editMessage.set("Nothing changed.");
            return;
        }
        io.reelbase.core.asset.AssetChanges toSave = changes;
        editMessage.set("Saving…");
        tasks.<io.reelbase.core.asset.Asset>submit("Saving " + a.title(),
                p -> assets.update(a.id(), a.version(), toSave, io.reelbase.core.asset.VersionOrigin.EDIT, "Edited in the library", actor),
                saved -> {
                    AssetRow fresh = new AssetRow(saved);
                    int i = rows.indexOf(row);
                    if (i >= 0) {
                        rows.set(i, fresh);
                    }
                    select(fresh);
                    editMessage.set("Saved as version " + saved.version() + ".");
                },
                error -> {
                    Throwable t = error;
                    while (t.getCause() != null && !(t instanceof ReelbaseException) && !(t instanceof IllegalArgumentException)) {
                        t = t.getCause();
                    }
                    editMessage.set(t instanceof ReelbaseException re ? re.describe() : String.valueOf(t.getMessage()));
                });
    }

    public ReadOnlyStringProperty editMessageProperty() {
        return editMessage.getReadOnlyProperty();
    }

    /** Shows a sidebar section from its first page. */
    public void show(LibrarySection target) {
        section.set(target);
        rows.clear();
        selected.set(null);
        reload();
    }

    /**
     * Reloads the current section and the counts, e.g. after changes elsewhere. The rows on screen stay
     * until the fresh first page replaces them, so a busy queue does not make the list flicker.
     */
    public void refresh() {
        reload();
        loadCounts();
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
        loadPage(Optional.empty());
    }

    /**
     * Shows the assets of the current section matching {@code words} (empty: all of them). A search still
     * running is cancelled and its answer dropped, so typing fast never shows an older result.
     */
    public void search(String words) {
        String q = words == null ? "" : words.strip();
        if (q.equals(query.get())) {
            return;
        }
        query.set(q);
        rows.clear();
        selected.set(null);
        reload();
    }

    /** The filter of the list on screen: the section and the search words. */
    public io.reelbase.core.asset.AssetFilter currentFilter() {
        return section.get().filter().withText(query.get());
    }

    public ReadOnlyStringProperty queryProperty() {
        return query.getReadOnlyProperty();
    }

    /** Loads the next page if there is one and none is loading (the table calls this near its end). */
    public void loadMore() {
        if (hasMore.get() && !loading.get()) {
            loadPage(next);
        }
    }

    private void loadPage(Optional<AssetCursor> after) {
        long mine = generation;
        LibrarySection target = section.get();
        io.reelbase.core.asset.AssetFilter filter = target.filter().withText(query.get());
        loading.set(true);
        problem.set(null);
        pageLoad = tasks.<Page<Asset, AssetCursor>>submit("Loading " + target.label().toLowerCase(java.util.Locale.ROOT),
                progress -> assets.page(filter, after, PAGE_SIZE),
                page -> {
                    if (mine != generation) {
                        return;
                    }
                    List<AssetRow> arrived = page.items().stream().map(AssetRow::new).toList();
                    if (replaceOnArrival) {
                        replaceOnArrival = false;
                        rows.setAll(arrived);
                    } else {
                        rows.addAll(arrived);
                    }
                    next = page.next();
                    hasMore.set(page.hasMore());
                    loading.set(false);
                },
                error -> {
                    if (mine != generation) {
                        return;
                    }
                    loading.set(false);
                    problem.set(describe(error));
                });
    }

    private void loadCounts() {
        tasks.<Map<AssetType, Long>>submit("Counting assets", progress -> assets.countByType(),
                counts -> {
                    Map<AssetType, Long> copy = new EnumMap<>(AssetType.class);
                    copy.putAll(counts);
                    countsByType.set(Map.copyOf(copy));
                    total.set(counts.values().stream().mapToLong(Long::longValue).sum());
                },
                error -> problem.set(describe(error)));
    }

    /** How many assets a sidebar section holds, from the last count. */
    public long count(LibrarySection s) {
        return s.type() == null ? total.get() : countsByType.get().getOrDefault(s.type(), 0L);
    }

    /** Selects a row and loads its picture (preview, else thumbnail, else waveform) in the background. */
    public void select(AssetRow row) {
        selected.set(row);
        selectedPicture.set(null);
        editMessage.set("");
        editTitle.set(row == null ? "" : row.asset().title());
        editDescription.set(row == null || row.asset().description() == null ? "" : row.asset().description());
        editReview.set(row == null ? null : row.asset().reviewStatus());
        if (row == null || media == null) {
            return;
        }
        java.util.UUID id = row.asset().id();
        tasks.<Optional<byte[]>>submit("Loading the picture", p -> media.derivative(id, DerivativeKind.PREVIEW, 0)
                        .or(() -> media.derivative(id, DerivativeKind.THUMBNAIL, 0))
                        .or(() -> media.derivative(id, DerivativeKind.WAVEFORM, 0))
                        .map(Thumbnail::jpeg),
                picture -> {
                    if (selected.get() != null && selected.get().asset().id().equals(id)) {
                        selectedPicture.set(picture.orElse(null));
                    }
                },
                error -> selectedPicture.set(null));
    }

    /** The selected asset's picture as JPEG bytes, or null while loading or when it has none. */
    public ReadOnlyObjectProperty<byte[]> selectedPictureProperty() {
        return selectedPicture.getReadOnlyProperty();
    }

    static String describe(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && !(t instanceof ReelbaseException)) {
            t = t.getCause();
        }
        if (t instanceof ReelbaseException re) {
            return re.describe();
        }
        return "Could not load the assets: " + error.getMessage();
    }

    public ObservableList<AssetRow> rows() {
        return readOnlyRows;
    }

    public ReadOnlyObjectProperty<LibrarySection> sectionProperty() {
        return section.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Map<AssetType, Long>> countsByTypeProperty() {
        return countsByType.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
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

    public ReadOnlyObjectProperty<AssetRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }
}
