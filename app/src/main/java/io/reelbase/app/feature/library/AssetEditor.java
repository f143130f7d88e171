package io.reelbase.app.feature.library;

import io.reelbase.app.ui.BackgroundTasks;
import io.reelbase.core.ReelbaseException;
import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetChanges;
import io.reelbase.core.asset.AssetRepository;
import io.reelbase.core.asset.AssetRules;
import io.reelbase.core.asset.ReviewStatus;
import io.reelbase.core.asset.StaleAssetException;
import io.reelbase.core.asset.VersionOrigin;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The inspector's form for the selected assets. With one asset: title, description, review status,
 * tags, custom fields and operational tags. With several: the fields they share, a review status for
 * all, tags to add and to remove. Every save is a new version of each asset based on the version shown;
 * an asset someone else changed in between is not overwritten, and the message says which. The last
 * edit of the selection can be undone, again as a new version.
 */
public final class AssetEditor {
    private final AssetRepository assets;
    private final io.reelbase.core.edit.AssetEdits edits;
    private final BackgroundTasks tasks;
    private final String actor;
    private final Consumer<List<Asset>> onSaved;

    private List<Asset> targets = List.of();
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    public final StringProperty title = new SimpleStringProperty("");
    public final StringProperty description = new SimpleStringProperty("");
    public final ObjectProperty<ReviewStatus> review = new SimpleObjectProperty<>();
    /** One asset: its tags. Several: the tags they all have. */
    public final ObservableList<String> tags = FXCollections.observableArrayList();
    /** Several assets: tags to take off all of them. */
    public final ObservableList<String> removeTags = FXCollections.observableArrayList();
    /** Custom fields as "name: value" lines. */
    public final StringProperty customFields = new SimpleStringProperty("");
    /** Operational tags as "name: value" lines. */
    public final StringProperty operationalTags = new SimpleStringProperty("");
    private final ObservableList<ReviewStatus> allowedReviews = FXCollections.observableArrayList();
    private final ObservableList<String> tagsInSelection = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper titleHint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper descriptionHint = new ReadOnlyStringWrapper("");
    private List<String> commonTags = List.of();
    private String commonTitle;
    private String commonDescription;

    AssetEditor(AssetRepository assets, BackgroundTasks tasks, String actor, Consumer<List<Asset>> onSaved) {
        this.assets = assets;
        this.edits = new io.reelbase.core.edit.AssetEdits(assets, assets, assets);
        this.tasks = tasks;
        this.actor = actor;
        this.onSaved = onSaved;
    }

    /** The selection is being read: nothing can be saved until it is there. */
    void loading(int n) {
        targets = List.of();
        count.set(n);
        message.set(carried == null ? "Loading\u2026" : carried);
    }

    /** The outcome of the last save, kept on screen while the saved assets are read back. */
    private String carried;

    void tooMany(int n, int max) {
        targets = List.of();
        count.set(n);
        message.set(String.format(Locale.ROOT, "%,d assets are selected; select at most %,d to edit them together.", n, max));
    }

    void failed(String why) {
        targets = List.of();
        message.set(why);
    }

    /** Fills the form from the selected assets, read in full (called whenever the selection changes). */
    void load(List<Asset> selection) {
        targets = List.copyOf(selection);
        count.set(targets.size());
        message.set(carried == null ? "" : carried);
        carried = null;
        removeTags.clear();
        List<Asset> list = targets;
        commonTitle = common(list, Asset::title);
        commonDescription = common(list, a -> a.description() == null ? "" : a.description());
        title.set(commonTitle == null ? "" : commonTitle);
        description.set(commonDescription == null ? "" : commonDescription);
        titleHint.set(list.size() > 1 && commonTitle == null ? "Different titles; leave empty to keep them" : "");
        descriptionHint.set(list.size() > 1 && commonDescription == null ? "Different descriptions; leave empty to keep them" : "");
        ReviewStatus shared = common(list, Asset::reviewStatus);
        Set<ReviewStatus> allowed = EnumSet.allOf(ReviewStatus.class);
        list.forEach(a -> allowed.removeIf(r -> !a.reviewStatus().canMoveTo(r)));
        allowedReviews.setAll(allowed);
        review.set(list.size() == 1 ? list.get(0).reviewStatus() : shared);
        commonTags = list.isEmpty() ? List.of() : list.stream().map(a -> (Set<String>) new LinkedHashSet<>(lower(a.tags())))
                .reduce((x, y) -> {
                    x.retainAll(y);
                    return x;
                }).map(keep -> list.get(0).tags().stream().filter(t -> keep.contains(t.toLowerCase(Locale.ROOT))).toList())
                .orElse(List.of());
        tags.setAll(commonTags);
        TreeSet<String> union = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        list.forEach(a -> union.addAll(a.tags()));
        tagsInSelection.setAll(union);
        customFields.set(list.size() == 1 ? FieldLines.format(list.get(0).customFields()) : "");
        operationalTags.set(list.size() == 1 ? FieldLines.format(list.get(0).operationalTags()) : "");
    }

    private static List<String> lower(List<String> tags) {
        return tags.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    }

    private static <T> T common(List<Asset> list, java.util.function.Function<Asset, T> value) {
        if (list.isEmpty()) {
            return null;
        }
        T first = value.apply(list.get(0));
        return list.stream().allMatch(a -> Objects.equals(value.apply(a), first)) ? first : null;
    }

    /** Adds a tag to the form (for one asset: to it; for several: to all of them). */
    public void addTag(String tag) {
        List<String> clean;
        try {
            clean = AssetRules.tags(List.of(tag == null ? "" : tag));
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        for (String t : clean) {
            if (tags.stream().noneMatch(x -> x.equalsIgnoreCase(t))) {
                tags.add(t);
            }
            removeTags.removeIf(x -> x.equalsIgnoreCase(t));
        }
    }

    /** Takes a tag off the form; for several assets it is then removed from all of them. */
    public void removeTag(String tag) {
        tags.removeIf(x -> x.equalsIgnoreCase(tag));
        if (targets.size() > 1 && tagsInSelection.stream().anyMatch(x -> x.equalsIgnoreCase(tag))
                && removeTags.stream().noneMatch(x -> x.equalsIgnoreCase(tag))) {
            removeTags.add(tag);
        }
    }

    /** Existing tags for the autocomplete (called off the FX thread by the text field's completion). */
    public List<String> suggestTags(String prefix) {
        if (prefix == null || prefix.isBlank()) {
            return List.of();
        }
        return assets.suggestTags(prefix.strip(), 12).stream()
                .filter(t -> tags.stream().noneMatch(x -> x.equalsIgnoreCase(t))).toList();
    }

    /** Saves the form: one asset as an EDIT version, several as one BATCH_EDIT version each. */
    public void save() {
        if (targets.isEmpty()) {
            if (count.get() > 0 && message.get().isEmpty()) {
                message.set("The selection is still loading; save again in a moment.");
            }
            return;
        }
        Map<Asset, AssetChanges> plan = new LinkedHashMap<>();
        try {
            for (Asset a : targets) {
                AssetChanges c = changesFor(a);
                if (!c.isEmpty()) {
                    plan.put(a, c);
                }
            }
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        if (plan.isEmpty()) {
            message.set("Nothing changed.");
            return;
        }
        VersionOrigin origin = targets.size() == 1 ? VersionOrigin.EDIT : VersionOrigin.BATCH_EDIT;
        String summary = targets.size() == 1 ? "Edited in the library" : "Edited " + targets.size() + " assets together";
        message.set("Saving…");
        run(plan.size() == 1 ? "Saving " + plan.keySet().iterator().next().title() : "Saving " + plan.size() + " assets",
                plan.keySet().stream().toList(), a -> edits.save(new io.reelbase.core.edit.AssetEdit(a.id(), a.version(), plan.get(a), origin, summary), actor),
                "Saved", "Saved as version %d.");
    }

    /** Undoes the newest edit of each selected asset, as a new version. */
    public void undo() {
        if (targets.isEmpty()) {
            return;
        }
        List<Asset> list = targets;
        message.set("Undoing…");
        run(list.size() == 1 ? "Undoing the last edit of " + list.get(0).title() : "Undoing the last edit of " + list.size() + " assets",
                list, a -> edits.undoLastEdit(a.id(), a.version(), actor),
                "Undid the last edit", "Undid the last edit: version %d.");
    }

    private AssetChanges changesFor(Asset a) {
        AssetChanges c = AssetChanges.none();
        String t = title.get() == null ? "" : title.get().strip();
        boolean single = targets.size() == 1;
        if ((single || !t.isEmpty() || commonTitle != null) && !t.equals(a.title())) {
            c = c.title(t);
        }
        String d = description.get() == null ? "" : description.get().strip();
        String current = a.description() == null ? "" : a.description();
        if ((single || !d.isEmpty() || commonDescription != null) && !d.equals(current)) {
            c = c.description(d);
        }
        if (review.get() != null && review.get() != a.reviewStatus()) {
            c = c.reviewStatus(review.get());
        }
        List<String> newTags;
        if (single) {
            newTags = AssetRules.tags(tags);
        } else {
            List<String> merged = new ArrayList<>(a.tags());
            merged.removeIf(x -> removeTags.stream().anyMatch(r -> r.equalsIgnoreCase(x)));
            merged.addAll(tags);
            newTags = AssetRules.tags(merged);
        }
        if (!new java.util.HashSet<>(lower(newTags)).equals(new java.util.HashSet<>(lower(a.tags())))) {
            c = c.tags(newTags);
        }
        if (single) {
            Map<String, Object> fields = FieldLines.parse(customFields.get(), "custom field", a.customFields());
            if (!fields.equals(a.customFields())) {
                c = c.customFields(fields);
            }
            Map<String, Object> ops = FieldLines.parse(operationalTags.get(), "operational tag", a.operationalTags());
            if (!ops.equals(a.operationalTags())) {
                c = c.operationalTags(ops);
            }
        }
        return c;
    }

    @FunctionalInterface
    private interface Change {
        io.reelbase.core.edit.EditOutcome apply(Asset a);
    }

    /**
     * Applies {@code change} to each asset in the background; stale ones are reported, never overwritten.
     * {@code oneSaved} says what happened when it was one asset (a format with its new version).
     */
    private void run(String taskTitle, List<Asset> list, Change change, String verb, String oneSaved) {
        record Outcome(List<Asset> saved, List<String> stale, List<String> failed) {
        }
        tasks.<Outcome>submit(taskTitle, progress -> {
            List<Asset> saved = new ArrayList<>();
            List<String> stale = new ArrayList<>();
            List<String> failed = new ArrayList<>();
            int i = 0;
            for (Asset a : list) {
                if (progress.isCancelled()) {
                    failed.add(a.title() + " (cancelled)");
                    continue;
                }
                try {
                    io.reelbase.core.edit.EditOutcome out = change.apply(a);
                    if (out.saved()) {
                        saved.add(out.asset());
                    } else {
                        stale.add(a.title());
                    }
                } catch (StaleAssetException e) {
                    stale.add(a.title());
                } catch (IllegalArgumentException | IllegalStateException | ReelbaseException e) {
                    if (list.size() == 1) {
                        throw e;
                    }
                    failed.add(a.title() + ": " + (e instanceof ReelbaseException re ? re.describe() : e.getMessage()));
                }
                progress.update(++i / (double) list.size(), i + " of " + list.size());
            }
            return new Outcome(saved, stale, failed);
        }, outcome -> {
            String text = describeOutcome(verb, oneSaved, outcome.saved(), outcome.stale(), outcome.failed());
            if (!outcome.saved().isEmpty()) {
                carried = text;
                onSaved.accept(outcome.saved());
            }
            message.set(text);
        }, error -> message.set(LibraryViewModel.describe(error)));
    }

    private static String describeOutcome(String verb, String oneSaved, List<Asset> saved, List<String> stale,
                                          List<String> failed) {
        StringBuilder m = new StringBuilder();
        if (saved.size() == 1 && stale.isEmpty() && failed.isEmpty()) {
            m.append(String.format(Locale.ROOT, oneSaved, saved.get(0).version()));
        } else if (!saved.isEmpty()) {
            m.append(String.format(Locale.ROOT, "%s: %d asset%s, each as a new version.", verb, saved.size(), saved.size() == 1 ? "" : "s"));
        }
        if (!stale.isEmpty()) {
            if (m.length() > 0) {
                m.append(' ');
            }
            m.append(stale.size() == 1 ? "\u201c" + stale.get(0) + "\u201d was" : stale.size() + " assets (" + String.join(", ", stale) + ") were")
                    .append(" changed by someone else since you opened ").append(stale.size() == 1 ? "it" : "them")
                    .append(": not saved. Your changes are still in the form; look at the current version and save again.");
        }
        if (!failed.isEmpty()) {
            if (m.length() > 0) {
                m.append(' ');
            }
            m.append("Not saved: ").append(String.join("; ", failed)).append('.');
        }
        return m.toString();
    }

    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ObservableList<ReviewStatus> allowedReviews() {
        return allowedReviews;
    }

    /** Every tag any selected asset has (what can be removed from several at once). */
    public ObservableList<String> tagsInSelection() {
        return tagsInSelection;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleHintProperty() {
        return titleHint.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty descriptionHintProperty() {
        return descriptionHint.getReadOnlyProperty();
    }
}
