package io.reelbase.app.feature.library;

import io.reelbase.app.ui.BackgroundTasks;
import io.reelbase.core.ReelbaseException;
import io.reelbase.core.asset.Asset;
import io.reelbase.core.edit.EditOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs an edit of several assets in the background through the edit pipeline, one version each: what was
 * saved (merged with someone else's version where they saved meanwhile), what clashed with theirs (nothing
 * written), what the rules refused.
 */
final class EditSaving {
    /** One asset's step: its save or undo through the pipeline. */
    @FunctionalInterface
    interface Step {
        EditOutcome apply(Asset a);
    }

    /**
     * {@code saved}: every saved asset (merged ones too); {@code merged}: those saved after merging with a version
     * someone else saved meanwhile; {@code conflicts}: not saved, both changed the same fields.
     */
    record Outcome(List<Asset> saved, List<EditOutcome.Merged> merged, List<EditOutcome.Conflict> conflicts,
                   List<String> failed) {
        /** The current versions of the assets that were not saved for a conflict. */
        List<Asset> theirs() {
            return conflicts.stream().map(EditOutcome.Conflict::asset).toList();
        }
    }

    private final BackgroundTasks tasks;

    EditSaving(BackgroundTasks tasks) {
        this.tasks = tasks;
    }

    void run(String title, List<Asset> list, Step step, Consumer<Outcome> done, Consumer<Throwable> failed) {
        tasks.<Outcome>submit(title, progress -> {
            List<Asset> saved = new ArrayList<>();
            List<EditOutcome.Merged> merged = new ArrayList<>();
            List<EditOutcome.Conflict> conflicts = new ArrayList<>();
            List<String> refused = new ArrayList<>();
            int i = 0;
            for (Asset a : list) {
                if (progress.isCancelled()) {
                    refused.add(a.title() + " (cancelled)");
                    continue;
                }
                try {
                    EditOutcome out = step.apply(a);
                    if (out instanceof EditOutcome.Conflict c) {
                        conflicts.add(c);
                    } else {
                        saved.add(out.asset());
                    }
                    if (out instanceof EditOutcome.Merged m) {
                        merged.add(m);
                    }
                } catch (IllegalArgumentException | IllegalStateException | ReelbaseException e) {
                    if (list.size() == 1) {
                        throw e;
                    }
                    refused.add(a.title() + ": " + (e instanceof ReelbaseException re ? re.describe() : e.getMessage()));
                }
                progress.update(++i / (double) list.size(), i + " of " + list.size());
            }
            return new Outcome(saved, merged, conflicts, refused);
        }, done, failed);
    }
}
