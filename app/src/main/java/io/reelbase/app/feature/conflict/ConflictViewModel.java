package io.reelbase.app.feature.conflict;

import io.reelbase.app.ui.BackgroundTasks;
import io.reelbase.app.ui.Problems;
import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetSnapshot;
import io.reelbase.core.edit.AssetEdits;
import io.reelbase.core.edit.EditOutcome;
import io.reelbase.core.merge.ClashAnswer;
import io.reelbase.core.merge.ConflictResolution;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The conflict resolution screen: edits that clashed with someone else's version, one after another. For the
 * one shown, each clashing field with base, mine and theirs and the person's answer, and a preview of the
 * record that Save writes (the same {@link ConflictResolution} the save uses). Save goes through the edit
 * pipeline: if the asset changed again meanwhile, the answer is merged with that newer version, or, where it
 * clashes again, shown again here with the new "theirs" — never overwritten.
 */
public final class ConflictViewModel {
    private final BackgroundTasks tasks;
    private final ConflictTarget edits;
    private final Deque<Pending> waiting = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<EditOutcome.Conflict> current = new ReadOnlyObjectWrapper<>();
    private ConflictTarget target;
    private final ObservableList<ClashRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper remaining = new ReadOnlyIntegerWrapper();

    /**
     * @param onResolved an asset saved from this screen (the library shows its new version)
     * @param onSkipped  a conflict the person left unresolved (the form keeps their typing)
     */
    public ConflictViewModel(AssetEdits edits, BackgroundTasks tasks, String actor, Consumer<Asset> onResolved,
                             Consumer<EditOutcome.Conflict> onSkipped) {
        this.tasks = tasks;
        this.edits = new ConflictTarget() {
            @Override
            public EditOutcome save(EditOutcome.Conflict c, AssetSnapshot answer) {
                return edits.resolve(c.asset().id(), c.asset().version(), answer, actor);
            }

            @Override
            public void resolved(Asset asset) {
                onResolved.accept(asset);
            }

            @Override
            public void skipped(EditOutcome.Conflict c) {
                onSkipped.accept(c);
            }
        };
    }

    /** A conflict waiting, with where its answer goes. */
    private record Pending(EditOutcome.Conflict conflict, ConflictTarget target) {
    }

    /** Adds an edit's conflicts to resolve (those with clashing fields); the first is shown if none is. */
    public void open(List<EditOutcome.Conflict> conflicts) {
        open(conflicts, edits);
    }

    /** Adds conflicts whose answers go to {@code to} (a sync's clashes). */
    public void open(List<EditOutcome.Conflict> conflicts, ConflictTarget to) {
        conflicts.stream().filter(c -> !c.merge().clean()).forEach(c -> waiting.add(new Pending(c, to)));
        if (current.get() == null) {
            next("");
        }
        remaining.set(waiting.size());
    }

    /**
     * Answers the conflict shown and every one waiting with mine (or theirs) for each clashing field, one after
     * another in the background; any that clash again (changed meanwhile) come back to be shown.
     */
    public void keepAll(boolean mine) {
        if (current.get() == null || busy.get()) {
            return;
        }
        List<Pending> all = new ArrayList<>();
        all.add(new Pending(current.get(), target));
        all.addAll(waiting);
        waiting.clear();
        busy.set(true);
        message.set("Keeping " + (mine ? "yours" : "theirs") + " for " + all.size() + " asset(s)\u2026");
        tasks.submit("Resolving " + all.size() + " conflict(s)", progress -> {
            List<EditOutcome> outcomes = new ArrayList<>();
            for (int i = 0; i < all.size() && !progress.isCancelled(); i++) {
                progress.update(i / (double) all.size(), (i + 1) + " of " + all.size());
                EditOutcome.Conflict c = all.get(i).conflict();
                List<ClashAnswer> answers = c.merge().clashes().stream().map(x -> mine ? ClashAnswer.mine(x) : ClashAnswer.theirs(x)).toList();
                outcomes.add(all.get(i).target().save(c, ConflictResolution.apply(c.merge(), answers)));
            }
            return outcomes;
        }, outcomes -> {
            busy.set(false);
            int saved = 0;
            for (int i = 0; i < all.size(); i++) {
                EditOutcome out = i < outcomes.size() ? outcomes.get(i) : null;
                if (out == null) {
                    waiting.add(all.get(i));  // cancelled before it was reached
                } else if (out instanceof EditOutcome.Conflict again) {
                    waiting.add(new Pending(again, all.get(i).target()));
                } else {
                    all.get(i).target().resolved(out.asset());
                    saved++;
                }
            }
            next(saved + " of " + all.size() + " asset(s) resolved, keeping " + (mine ? "yours" : "theirs") + "."
                    + (waiting.isEmpty() ? "" : " The rest changed again meanwhile, or were not reached: choose below."));
        }, error -> {
            busy.set(false);
            waiting.addAll(all.subList(1, all.size()));
            show(all.get(0).conflict(), all.get(0).target(), "Not saved: " + Problems.describe(error) + " Try again.");
        });
    }

    /** Saves the answers for the asset shown: a MERGE version marked as a resolved conflict. */
    public void save() {
        EditOutcome.Conflict c = current.get();
        if (c == null || busy.get()) {
            return;
        }
        AssetSnapshot resolved;
        try {
            resolved = resolved();
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        busy.set(true);
        message.set("Saving\u2026");
        tasks.submit("Saving the resolution of " + c.asset().title(),
                progress -> target.save(c, resolved),
                out -> saved(c, out), error -> {
                    busy.set(false);
                    message.set("Not saved: " + Problems.describe(error) + " Your answers are still here; try again.");
                });
    }

    private void saved(EditOutcome.Conflict was, EditOutcome out) {
        busy.set(false);
        if (out instanceof EditOutcome.Conflict again) {
            show(again, target, again.theirsAuthor() + " changed \u201c" + again.asset().title() + "\u201d again while you were resolving"
                    + " (now version " + again.asset().version() + "). Your answers were merged with that; these fields clash again.");
            return;
        }
        target.resolved(out.asset());
        String done = out.asset().version() == was.asset().version()
                ? "\u201c" + was.asset().title() + "\u201d: you kept their version; nothing new to save."
                : "\u201c" + out.asset().title() + "\u201d saved as version " + out.asset().version() + ", marked as a resolved conflict.";
        next(done);
    }

    /** Leaves the asset shown unsaved (the edit form keeps the typing) and shows the next one. */
    public void skip() {
        EditOutcome.Conflict c = current.get();
        if (c != null && !busy.get()) {
            target.skipped(c);
            next(target.skippedNote(c));
        }
    }

    /** Leaves every conflict unsaved; the form keeps the typing. */
    public void closeAll() {
        while (current.get() != null && !busy.get()) {
            skip();
        }
    }

    private void next(String text) {
        Pending p = waiting.poll();
        remaining.set(waiting.size());
        if (p == null) {
            rows.clear();
            current.set(null);
            message.set(text);
            return;
        }
        show(p.conflict(), p.target(), text);
    }

    private void show(EditOutcome.Conflict c, ConflictTarget to, String text) {
        target = to;
        rows.setAll(c.merge().clashes().stream().map(ClashRow::new).toList());
        for (ClashRow r : rows) {
            for (Observable o : new Observable[]{r.choiceProperty(), r.typedProperty()}) {
                o.addListener(x -> updatePreview());
            }
        }
        current.set(c);
        message.set(text);
        updatePreview();
    }

    /** The record Save would write; a typed value the field cannot take shows what is wrong instead. */
    private void updatePreview() {
        try {
            preview.set(RecordText.of(resolved()));
        } catch (IllegalArgumentException e) {
            preview.set("Cannot save yet: " + e.getMessage());
        }
    }

    private AssetSnapshot resolved() {
        List<ClashAnswer> answers = rows.stream().map(ClashRow::answer).toList();
        return ConflictResolution.apply(current.get().merge(), answers);
    }

    /** "“Beach walk” was changed by bob (version 5) while you edited version 3." */
    public String heading() {
        EditOutcome.Conflict c = current.get();
        return c == null ? "" : "\u201c" + c.asset().title() + "\u201d was changed by " + c.theirsAuthor() + " (version "
                + c.asset().version() + ") while you edited version " + c.baseVersion() + ". Choose for each field below;"
                + " everything else was merged.";
    }

    public ReadOnlyObjectProperty<EditOutcome.Conflict> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ObservableList<ClashRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Conflicts waiting after the one shown. */
    public ReadOnlyIntegerProperty remainingProperty() {
        return remaining.getReadOnlyProperty();
    }
}
