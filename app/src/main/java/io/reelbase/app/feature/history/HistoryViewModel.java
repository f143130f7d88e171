package io.reelbase.app.feature.history;

import io.reelbase.app.ui.BackgroundTasks;
import io.reelbase.app.ui.LatestAnswer;
import io.reelbase.app.ui.Problems;
import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetHistory;
import io.reelbase.core.asset.AssetVersion;
import io.reelbase.core.edit.AssetEdits;
import io.reelbase.core.edit.EditOutcome;
import io.reelbase.core.edit.RestorePlan;
import io.reelbase.core.merge.VersionDiff;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The version history of one asset: its versions newest first (who, when, what wrote it, what changed), a
 * field-level diff between any two, and bringing back a version or one field of it as a new ROLLBACK version
 * through the edit pipeline (history is never rewritten).
 */
public final class HistoryViewModel {
    private final AssetHistory history;
    private final AssetEdits edits;
    private final BackgroundTasks tasks;
    private final String actor;
    private final Consumer<Asset> onRestored;
    private final LatestAnswer<List<AssetVersion>> loader;
    private final ReadOnlyObjectWrapper<UUID> asset = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ObservableList<AssetVersion> versions = FXCollections.observableArrayList();
    private final ObservableList<DiffLine> diff = FXCollections.observableArrayList();
    private final ObservableList<String> restorableFields = FXCollections.observableArrayList();
    private final ObservableList<AssetVersion> versionsShown = FXCollections.unmodifiableObservableList(versions);
    private final ObservableList<DiffLine> diffShown = FXCollections.unmodifiableObservableList(diff);
    private final ObservableList<String> fieldsShown = FXCollections.unmodifiableObservableList(restorableFields);
    private final ReadOnlyObjectWrapper<AssetVersion> chosen = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper comparing = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public HistoryViewModel(AssetHistory history, AssetEdits edits, BackgroundTasks tasks, String actor, Consumer<Asset> onRestored) {
        this.history = history;
        this.edits = edits;
        this.tasks = tasks;
        this.actor = actor;
        this.onRestored = onRestored;
        this.loader = new LatestAnswer<>(tasks);
    }

    /** Shows the history of asset {@code id}; with {@code since}, the changes from that version to the newest. */
    public void open(UUID id, String assetTitle, Optional<Long> since) {
        asset.set(id);
        title.set(assetTitle);
        message.set("Loading the history\u2026");
        load(since, null);
    }

    /** Newer versions of the asset shown arrived (saved here or elsewhere): the timeline reads them. */
    public void refresh(java.util.Collection<UUID> changed) {
        if (asset.get() != null && changed.contains(asset.get())) {
            load(Optional.empty(), null);
        }
    }

    public void close() {
        loader.forget();
        asset.set(null);
        versions.clear();
        diff.clear();
    }

    /** Reads the versions; {@code said} (if not null) stays as the message, else the count is shown. */
    private void load(Optional<Long> since, String said) {
        UUID id = asset.get();
        loader.ask("Loading the history of " + title.get(), p -> history.versions(id), list -> {
            List<AssetVersion> newestFirst = new ArrayList<>(list);
            newestFirst.sort(Comparator.comparingLong(AssetVersion::version).reversed());
            versions.setAll(newestFirst);
            message.set(said != null ? said : list.size() + (list.size() == 1 ? " version." : " versions."));
            Optional<AssetVersion> from = since.flatMap(v -> find(v));
            if (!newestFirst.isEmpty()) {
                AssetVersion newest = newestFirst.get(0);
                show(from.orElse(find(newest.version() - 1).orElse(newest)), newest, newest);
            }
        }, e -> message.set("The history could not be read: " + Problems.describe(e)));
    }

    private Optional<AssetVersion> find(long version) {
        return versions.stream().filter(v -> v.version() == version).findFirst();
    }

    /** One version: what it changed from the one before. Two: what differs from the older to the newer. */
    public void choose(List<AssetVersion> picked) {
        if (picked.isEmpty()) {
            return;
        }
        AssetVersion last = picked.get(picked.size() - 1);
        if (picked.size() == 1) {
            show(find(last.version() - 1).orElse(last), last, last);
        } else {
            AssetVersion a = picked.get(0);
            show(a.version() < last.version() ? a : last, a.version() < last.version() ? last : a, last);
        }
    }

    /** The diff from {@code from} to {@code to}, with {@code picked} the version Restore brings back. */
    private void show(AssetVersion from, AssetVersion to, AssetVersion picked) {
        diff.setAll(VersionDiff.between(from.snapshot(), to.snapshot()).stream().map(DiffLine::of).toList());
        comparing.set(from.version() == to.version() ? "Version " + to.version() + " (the first)"
                : "Version " + from.version() + " \u2192 version " + to.version()
                + (diff.isEmpty() ? ": no difference in the editable fields" : ""));
        chosen.set(picked);
        updateRestorable();
    }

    private void updateRestorable() {
        AssetVersion v = chosen.get();
        restorableFields.setAll(v == null || versions.isEmpty() ? List.of()
                : RestorePlan.differing(versions.get(0).snapshot(), v.snapshot()));
    }

    /** Brings back the chosen version whole, as a new version. */
    public void restore() {
        restore(Optional.empty());
    }

    /** Brings back one field ({@link RestorePlan#FIELDS}) of the chosen version, as a new version. */
    public void restoreField(String field) {
        restore(Optional.of(field));
    }

    private void restore(Optional<String> field) {
        AssetVersion v = chosen.get();
        UUID id = asset.get();
        if (v == null || id == null) {
            return;
        }
        String what = field.map(f -> "the " + f + " of ").orElse("") + "version " + v.version();
        message.set("Restoring " + what + "\u2026");
        tasks.submit("Restoring " + what + " of " + title.get(), p -> edits.restore(id, v.version(), field, actor), out -> {
            String said;
            if (out instanceof EditOutcome.Conflict) {
                said = "Someone saved at the same moment; nothing was restored. Try again.";
            } else if (out.asset().version() == versions.get(0).version()) {
                said = "Nothing to restore: the asset already holds what " + what + " held.";
            } else {
                said = "Restored " + what + " as version " + out.asset().version() + ".";
                onRestored.accept(out.asset());
            }
            message.set(said);
            load(Optional.empty(), said);
        }, e -> message.set("Not restored: " + Problems.describe(e)));
    }

    public ReadOnlyObjectProperty<UUID> assetProperty() {
        return asset.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Newest first. */
    public ObservableList<AssetVersion> versions() {
        return versionsShown;
    }

    public ObservableList<DiffLine> diff() {
        return diffShown;
    }

    /** The fields of the chosen version that differ from the newest (what "Restore Field" offers). */
    public ObservableList<String> restorableFields() {
        return fieldsShown;
    }

    public ReadOnlyObjectProperty<AssetVersion> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty comparingProperty() {
        return comparing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
