package io.reelbase.app.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Background tasks that wait until the test runs them, one by one and in any order: answers can then
 * arrive out of order, as they do on a busy machine. Work runs on the test's thread.
 */
public final class ManualTasks implements BackgroundTasks {
    /** A task submitted and not run yet. */
    public final class Pending {
        final String title;
        private final Runnable run;
        private boolean cancelled;

        Pending(String title, Runnable run) {
            this.title = title;
            this.run = run;
        }

        public String title() {
            return title;
        }

        /** Runs the work and hands its answer back, as the FX thread would when the task ends. */
        public void finish() {
            pending.remove(this);
            if (!cancelled) {
                run.run();
            }
        }
    }

    private final List<Pending> pending = new ArrayList<>();

    @Override
    public <T> Handle submit(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Pending[] self = new Pending[1];
        self[0] = new Pending(title, () -> {
            T result;
            try {
                result = work.run(io.reelbase.core.Progress.NONE);
            } catch (Exception | Error e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        });
        pending.add(self[0]);
        return () -> self[0].cancelled = true;
    }

    /** The tasks waiting to run, oldest first. */
    public List<Pending> pending() {
        return List.copyOf(pending);
    }

    /** Runs the oldest waiting task. */
    public void finishOldest() {
        pending.get(0).finish();
    }

    /** Runs waiting tasks (and the ones they submit) until none is left. */
    public void finishAll() {
        while (!pending.isEmpty()) {
            finishOldest();
        }
    }
}
