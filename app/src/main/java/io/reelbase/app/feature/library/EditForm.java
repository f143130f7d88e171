package io.reelbase.app.feature.library;

import io.reelbase.app.ui.BackgroundTasks;
import io.reelbase.app.ui.Problems;
import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetChanges;
import io.reelbase.core.asset.AssetRules;
import io.reelbase.core.asset.AssetSearch;
import io.reelbase.core.asset.ReviewStatus;
import io.reelbase.core.asset.VersionOrigin;
import io.reelbase.core.edit.AssetEdit;
import io.reelbase.core.edit.AssetEdits;
import io.reelbase.core.edit.EditOutcome;
import io.reelbase.core.user.Permission;
import io.reelbase.core.user.SignedIn;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The inspector's form for the selected assets: one asset's title, description, review status, tags,
 * custom fields and operational tags, or what several share with tags to add and take off. It knows the
 * version each asset was loaded at and whether the person has typed anything unsaved; unsaved typing is
 * never replaced: a newer version arriving meanwhile is held as theirs, and leaving the assets keeps the
 * typing as a draft that comes back when they are selected again.
 */
public final class EditForm {
    private final FormState state = new FormState();
    private final AssetEdits edits;
    private final AssetSearch search;
    private final EditSaving saving;
    private final String actor;
    private final Consumer<List<Asset>> onSaved;
    private final Consumer<List<EditOutcome.Conflict>> onConflicts;
    private final FormDrafts drafts = new FormDrafts();
    private SignedIn me;

    /**
     * @param onSaved     assets this form saved (the library shows their new versions)
     * @param onConflicts edits that clashed with someone else's version (the conflict window takes them)
     */
    EditForm(AssetEdits edits, AssetSearch search, BackgroundTasks tasks, String actor, Consumer<List<Asset>> onSaved,
             Consumer<List<EditOutcome.Conflict>> onConflicts) {
        this.onConflicts = onConflicts;
        this.edits = edits;
        this.search = search;
        this.saving = new EditSaving(tasks);
        this.actor = actor;
        this.onSaved = onSaved;
        for (Observable o : state.fields()) {
            o.addListener(x -> state.updateDirty());
        }
    }

    /**
     * What the form offers follows the person's role ({@code null}: everything, as on one's own catalogue): the
     * database is what refuses, and a refusal it sends still shows in the form's message.
     */
    public void offerTo(SignedIn person) {
        this.me = person;
    }

    /** Whether the person may edit at all (a viewer or a worker's login may not). */
    public boolean mayEdit() {
        return me == null || me.may(Permission.EDIT_METADATA);
    }

    /** Why the person may not choose {@code review}, if they may not: approving and rejecting need a content manager. */
    public Optional<String> refusal(ReviewStatus review) {
        boolean needsApprover = review == ReviewStatus.APPROVED || review == ReviewStatus.REJECTED;
        return needsApprover && me != null && !me.may(Permission.APPROVE) ? Optional.of(Permission.APPROVE.needs()) : Optional.empty();
    }

    /** The selection {@code ids} is being read; nothing can be saved until it is there. Unsaved typing for other assets is kept as a draft. */
    void loading(List<UUID> ids) {
        Set<UUID> key = Set.copyOf(ids);
        if (key.equals(state.key()) && state.isDirty()) {
            return;
        }
        leave(key);
        state.waitFor(key, state.carried() == null ? "Loading\u2026" : state.carried());
    }

    void tooMany(List<UUID> ids, int max) {
        leave(Set.copyOf(ids));
        state.waitFor(Set.copyOf(ids), String.format(Locale.ROOT,
                "%,d assets are selected; select at most %,d to edit them together.", ids.size(), max));
    }

    void failed(String why) {
        state.message(why);
    }

    /**
     * The selected assets, read in full. The same assets with the form dirty: the person's typing stays and
     * newer versions are held as theirs. Other assets: a draft kept for them comes back, else their values.
     */
    void load(List<Asset> selection) {
        Set<UUID> key = Set.copyOf(selection.stream().map(Asset::id).toList());
        if (key.equals(state.key()) && state.isDirty() && !state.targets().isEmpty()) {
            state.heldAsTheirs(selection);
            return;
        }
        leave(key);
        FormDrafts.Draft draft = drafts.take(key);
        if (draft != null) {
            state.restore(draft);
            state.heldAsTheirs(selection);
            if (state.theirs().isEmpty()) {
                state.message("Your unsaved changes are back in the form.");
            }
        } else {
            state.fill(key, selection);
        }
    }

    /** Before the form shows other assets: unsaved typing is kept as a draft. */
    private void leave(Set<UUID> next) {
        if (!next.equals(state.key()) && state.isDirty() && !state.targets().isEmpty()) {
            drafts.keep(state.draft());
            state.carry("Your unsaved changes to " + state.describeTargets() + " are kept: select "
                    + (state.targets().size() == 1 ? "it" : "them") + " again to save them.");
        }
    }

    /** Adds a tag to the form (for one asset: to it; for several: to all of them). */
    public void addTag(String tag) {
        try {
            for (String t : AssetRules.tags(List.of(tag == null ? "" : tag))) {
                if (state.tags().stream().noneMatch(x -> x.equalsIgnoreCase(t))) {
                    state.tags().add(t);
                }
                state.removeTags().removeIf(x -> x.equalsIgnoreCase(t));
            }
        } catch (IllegalArgumentException e) {
            state.message(e.getMessage());
        }
    }

    /** Takes a tag off the form; for several assets it is then removed from all of them. */
    public void removeTag(String tag) {
        state.tags().removeIf(x -> x.equalsIgnoreCase(tag));
        if (state.targets().size() > 1 && state.tagsInSelection().stream().anyMatch(x -> x.equalsIgnoreCase(tag))
                && state.removeTags().stream().noneMatch(x -> x.equalsIgnoreCase(tag))) {
            state.removeTags().add(tag);
        }
    }

    /** Existing tags for the autocomplete (called off the FX thread by the text field's completion). */
    public List<String> suggestTags(String prefix) {
        if (prefix == null || prefix.isBlank()) {
            return List.of();
        }
        List<String> onForm = List.copyOf(state.tags());
        return search.suggestTags(prefix.strip(), 12).stream()
                .filter(t -> onForm.stream().noneMatch(x -> x.equalsIgnoreCase(t))).toList();
    }

    /** Saves the form: one asset as an EDIT version, several as one BATCH_EDIT version each. */
    public void save() {
        List<Asset> targets = state.targets();
        if (targets.isEmpty()) {
            if (state.count() > 0 && state.messageProperty().get().isEmpty()) {
                state.message("The selection is still loading; save again in a moment.");
            }
            return;
        }
        Map<Asset, AssetChanges> plan;
        try {
            plan = state.plan();
        } catch (IllegalArgumentException e) {
            state.message(e.getMessage());
            return;
        }
        if (plan.isEmpty()) {
            state.message("Nothing changed.");
            return;
        }
        VersionOrigin origin = targets.size() == 1 ? VersionOrigin.EDIT : VersionOrigin.BATCH_EDIT;
        state.message("Saving\u2026");
        List<Asset> list = List.copyOf(plan.keySet());
        saving.run(list.size() == 1 ? "Saving " + list.get(0).title() : "Saving " + list.size() + " assets", list,
                a -> edits.save(AssetEdit.of(a.id(), a.version(), plan.get(a), origin), actor),
                outcome -> finished(outcome, SaveReport.of("Saved", "Saved as version %d.", outcome)),
                error -> state.message(Problems.describe(error)));
    }

    /** Undoes the newest edit of each selected asset, as a new version (not while the form has unsaved changes). */
    public void undo() {
        List<Asset> list = state.targets();
        if (list.isEmpty()) {
            return;
        }
        if (state.isDirty()) {
            state.message("The form has unsaved changes: save them or discard them first, then undo.");
            return;
        }
        state.message("Undoing\u2026");
        saving.run(list.size() == 1 ? "Undoing the last edit of " + list.get(0).title() : "Undoing the last edit of " + list.size() + " assets",
                list, a -> edits.undoLastEdit(a.id(), a.version(), actor),
                outcome -> finished(outcome, SaveReport.of("Undid the last edit", "Undid the last edit: version %d.", outcome)),
                error -> state.message(Problems.describe(error)));
    }

    /** Drops the unsaved changes: the form shows the newest versions known (theirs, where one arrived). */
    public void discard() {
        state.fill(state.key(), state.newest());
        state.message("Your unsaved changes were discarded.");
    }

    private void finished(EditSaving.Outcome outcome, String text) {
        state.saved(outcome.saved(), outcome.theirs());
        if (!outcome.merged().isEmpty() && state.targets().size() == 1 && outcome.saved().size() == 1) {
            // The saved version holds the typing and what the other side saved: the form shows it, not the stale rest.
            state.fill(state.key(), outcome.saved());
        }
        state.message(text);
        if (!outcome.saved().isEmpty()) {
            state.carry(text);
            onSaved.accept(outcome.saved());
        }
        if (outcome.conflicts().stream().anyMatch(c -> !c.merge().clean())) {
            onConflicts.accept(outcome.conflicts());
        }
    }

    /** The person left a conflict unresolved: their typing stays, and the form says how to go on. */
    void skipped(EditOutcome.Conflict c) {
        if (state.key().contains(c.asset().id())) {
            state.message("\u201c" + c.asset().title() + "\u201d was not saved: your changes are still in the form. Save again to"
                    + " choose between yours and theirs, or Discard to take their version.");
        }
    }

    /**
     * {@code saved} was saved from the conflict screen with the person's answers: the form's typing for it is in
     * that version now. One asset: the form shows it. Several: it counts as saved.
     */
    void resolved(Asset saved) {
        if (!state.key().contains(saved.id())) {
            return;
        }
        if (state.targets().size() == 1) {
            state.fill(state.key(), List.of(saved));
            String text = "Saved as version " + saved.version() + ", with the conflict resolved.";
            state.message(text);
            state.carry(text);
        } else {
            state.saved(List.of(saved), List.of());
        }
    }

    // ---- what the view binds to ---------------------------------------------------------------

    public StringProperty titleProperty() {
        return state.title();
    }

    public StringProperty descriptionProperty() {
        return state.description();
    }

    public ObjectProperty<ReviewStatus> reviewProperty() {
        return state.review();
    }

    /** One asset: its tags. Several: the tags they all get. */
    public ObservableList<String> tags() {
        return state.tags();
    }

    /** Several assets: tags to take off all of them. */
    public ObservableList<String> removeTags() {
        return state.removeTags();
    }

    /** Custom fields as "name: value" lines. */
    public StringProperty customFieldsProperty() {
        return state.customFields();
    }

    /** Operational tags as "name: value" lines. */
    public StringProperty operationalTagsProperty() {
        return state.operationalTags();
    }

    public ReadOnlyIntegerProperty countProperty() {
        return state.countProperty();
    }

    public ObservableList<ReviewStatus> allowedReviews() {
        return state.allowedReviews();
    }

    /** Every tag any selected asset has (what can be removed from several at once). */
    public ObservableList<String> tagsInSelection() {
        return state.tagsInSelection();
    }

    public ReadOnlyStringProperty messageProperty() {
        return state.messageProperty();
    }

    public ReadOnlyStringProperty titleHintProperty() {
        return state.titleHint();
    }

    public ReadOnlyStringProperty descriptionHintProperty() {
        return state.descriptionHint();
    }

    /** True while the form holds typing that is not saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return state.dirtyProperty();
    }

    /** Newer versions of the assets on the form that arrived while it had unsaved changes (for the merge). */
    public ObservableList<Asset> theirs() {
        return state.theirs();
    }
}
