package io.reelbase.app.feature.library;

import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetChanges;
import io.reelbase.core.asset.ReviewStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The edit form's values and what they are based on: the assets at the versions loaded, and newer ones seen since. */
final class FormState {
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ObjectProperty<ReviewStatus> review = new SimpleObjectProperty<>();
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObservableList<String> removeTags = FXCollections.observableArrayList();
    private final StringProperty customFields = new SimpleStringProperty("");
    private final StringProperty operationalTags = new SimpleStringProperty("");
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper titleHint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper descriptionHint = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ObservableList<ReviewStatus> allowedReviews = FXCollections.observableArrayList();
    private final ObservableList<String> tagsInSelection = FXCollections.observableArrayList();
    private final ObservableList<Asset> theirs = FXCollections.observableArrayList();
    private Set<UUID> key = Set.of();
    private BatchValues batch = BatchValues.of(List.of());
    private List<Asset> targets = List.of();
    private String carried;
    private boolean filling;

    Observable[] fields() {
        return new Observable[] {title, description, review, tags, removeTags, customFields, operationalTags};
    }

    void updateDirty() {
        if (!filling) {
            dirty.set(computeDirty());
        }
    }

    private boolean computeDirty() {
        if (targets.isEmpty()) {
            return false;
        }
        try {
            return !plan().isEmpty();
        } catch (IllegalArgumentException invalid) {
            // Typing the rules refuse is unsaved typing too.
            return true;
        }
    }

    Map<Asset, AssetChanges> plan() {
        return EditPlan.of(values(), batch, targets);
    }

    FormValues values() {
        return new FormValues(title.get(), description.get(), review.get(), tags, removeTags, customFields.get(), operationalTags.get());
    }

    /** Waiting for {@code newKey} to be read: nothing can be saved meanwhile. */
    void waitFor(Set<UUID> newKey, String text) {
        key = newKey;
        targets = List.of();
        count.set(newKey.size());
        theirs.clear();
        message.set(text);
        dirty.set(false);
    }

    /** Fresh values from {@code selection}. */
    void fill(Set<UUID> newKey, List<Asset> selection) {
        BatchValues b = BatchValues.of(selection);
        show(newKey, b, selection, b.start(), List.of());
        if (!newKey.isEmpty()) {
            // What the last save did, or where unsaved typing went, stays in view until other assets are shown.
            message.set(carried == null ? "" : carried);
            carried = null;
        }
    }

    void restore(FormDrafts.Draft d) {
        show(d.key(), d.batch(), d.targets(), d.values(), d.theirs());
        carried = null;
    }

    private void show(Set<UUID> newKey, BatchValues b, List<Asset> based, FormValues v, List<Asset> newer) {
        filling = true;
        try {
            key = newKey;
            batch = b;
            targets = List.copyOf(based);
            count.set(based.size());
            title.set(v.title());
            description.set(v.description());
            allowedReviews.setAll(b.allowedReviews().stream().sorted().toList());
            review.set(v.review());
            tags.setAll(v.tags());
            removeTags.setAll(v.removeTags());
            customFields.set(v.customFields());
            operationalTags.set(v.operationalTags());
            titleHint.set(b.titleHint());
            descriptionHint.set(b.descriptionHint());
            tagsInSelection.setAll(b.tagsInSelection());
            theirs.setAll(newer);
        } finally {
            filling = false;
        }
        updateDirty();
    }

    /** Versions newer than the ones the form is based on are kept as theirs, not loaded over the typing. */
    void heldAsTheirs(List<Asset> selection) {
        Map<UUID, Asset> base = byId(targets);
        Map<UUID, Asset> known = byId(theirs);
        boolean news = false;
        for (Asset a : selection) {
            Asset mine = base.get(a.id());
            Asset seen = known.get(a.id());
            if (mine != null && a.version() > mine.version() && (seen == null || a.version() > seen.version())) {
                known.put(a.id(), a);
                news = true;
            }
        }
        if (news) {
            theirs.setAll(known.values());
            message.set(SaveReport.newerWhileEditing(targets.stream().filter(a -> known.containsKey(a.id())).toList()));
        }
    }

    /** After a save: saved assets are the new base; stale ones keep their base, with their current version as theirs. */
    void saved(List<Asset> saved, List<Asset> stale) {
        Map<UUID, Asset> now = byId(saved);
        targets = targets.stream().map(a -> now.getOrDefault(a.id(), a)).toList();
        Map<UUID, Asset> known = byId(theirs);
        saved.forEach(a -> known.remove(a.id()));
        stale.forEach(a -> known.put(a.id(), a));
        theirs.setAll(known.values());
        updateDirty();
    }

    /** The newest version known of each asset on the form. */
    List<Asset> newest() {
        Map<UUID, Asset> known = byId(theirs);
        return targets.stream().map(a -> known.getOrDefault(a.id(), a)).toList();
    }

    FormDrafts.Draft draft() {
        return new FormDrafts.Draft(key, batch, targets, values(), List.copyOf(theirs));
    }

    String describeTargets() {
        return targets.size() == 1 ? "\u201c" + targets.get(0).title() + "\u201d" : targets.size() + " assets";
    }

    private static Map<UUID, Asset> byId(List<Asset> list) {
        Map<UUID, Asset> m = new HashMap<>();
        list.forEach(a -> m.put(a.id(), a));
        return m;
    }

    void message(String text) {
        message.set(text);
    }

    void carry(String text) {
        carried = text;
    }

    String carried() {
        return carried;
    }

    Set<UUID> key() {
        return key;
    }

    List<Asset> targets() {
        return targets;
    }

    boolean isDirty() {
        return dirty.get();
    }

    int count() {
        return count.get();
    }

    StringProperty title() {
        return title;
    }

    StringProperty description() {
        return description;
    }

    ObjectProperty<ReviewStatus> review() {
        return review;
    }

    ObservableList<String> tags() {
        return tags;
    }

    ObservableList<String> removeTags() {
        return removeTags;
    }

    StringProperty customFields() {
        return customFields;
    }

    StringProperty operationalTags() {
        return operationalTags;
    }

    ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    ReadOnlyStringProperty titleHint() {
        return titleHint.getReadOnlyProperty();
    }

    ReadOnlyStringProperty descriptionHint() {
        return descriptionHint.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    ObservableList<ReviewStatus> allowedReviews() {
        return allowedReviews;
    }

    ObservableList<String> tagsInSelection() {
        return tagsInSelection;
    }

    ObservableList<Asset> theirs() {
        return theirs;
    }
}
