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
 * saved, what someone else had changed first (their version, nothing written), what the rules refused.
 */
final class EditSaving {
    /** One asset's step: its save or undo through the pipeline. */
    @FunctionalInterface
    interface Step {
        EditOutcome apply(Asset a);
    }

    /** {@code theirs}: the current versions of the assets that were stale. */
    record Outcome(List<Asset> saved, List<Asset> theirs, List<String> failed) {
    }

    private final BackgroundTasks tasks;

    EditSaving(BackgroundTasks tasks) {
        this.tasks = tasks;
    }

    void run(String title, List<Asset> list, Step step, Consumer<Outcome> done, Consumer<Throwable> failed) {
        tasks.<Outcome>submit(title, progress -> {
            List<Asset> saved = new ArrayList<>();
            List<Asset> theirs = new ArrayList<>();
            List<String> refused = new ArrayList<>();
            int i = 0;
            for (Asset a : list) {
                if (progress.isCancelled()) {
                    refused.add(a.title() + " (cancelled)");
                    continue;
                }
                try {
                    EditOutcome out = step.apply(a);
                    (out.saved() ? saved : theirs).add(out.asset());
                } catch (IllegalArgumentException | IllegalStateException | ReelbaseException e) {
                    if (list.size() == 1) {
                        throw e;
                    }
                    refused.add(a.title() + ": " + (e instanceof ReelbaseException re ? re.describe() : e.getMessage()));
                }
                progress.update(++i / (double) list.size(), i + " of " + list.size());
            }
            return new Outcome(saved, theirs, refused);
        }, done, failed);
    }
}
