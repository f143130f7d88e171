package io.reelbase.app.ui;

import io.reelbase.core.Progress;
import java.util.function.Consumer;

/**
 * Long work off the FX thread: each task has a title, reports progress, can be cancelled, and hands
 * its result (or failure) back on the FX thread. View-models depend on this, not on threads.
 */
public interface BackgroundTasks {

    <T> Handle submit(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** The work itself; checks {@link Progress#isCancelled()} in its loops and reports to the status bar. */
    @FunctionalInterface
    interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** A submitted task. */
    interface Handle {
        void cancel();
    }
}
