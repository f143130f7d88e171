package io.reelbase.app.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Runs background work at once on the calling thread: for view-model tests without a toolkit. */
public final class ImmediateTasks implements BackgroundTasks {
    public final List<String> titles = new ArrayList<>();

    @Override
    public <T> Handle submit(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        titles.add(title);
        T result;
        try {
            result = work.run(io.reelbase.core.Progress.NONE);
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return () -> { };
        }
        onSuccess.accept(result);
        return () -> { };
    }
}
