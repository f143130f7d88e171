package io.reelbase.app.ui;

import io.reelbase.core.Progress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The app-wide bounded executor: every long task runs here and is listed (for the status bar) while it runs. */
public final class TaskRunner implements BackgroundTasks, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TaskRunner.class);
    private final ExecutorService executor;
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();

    public TaskRunner(int threads) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "reelbase-task-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.executor = Executors.newFixedThreadPool(threads, factory);
    }

    @Override
    public <T> Handle submit(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateTitle(title);
                Task<T> self = this;
                return work.run(new Progress() {
                    @Override
                    public void update(double fraction, String message) {
                        if (fraction < 0) {
                            updateProgress(-1, 1);
                        } else {
                            updateProgress(Math.min(1, fraction), 1);
                        }
                        if (message != null) {
                            updateMessage(message);
                        }
                    }

                    @Override
                    public boolean isCancelled() {
                        return self.isCancelled();
                    }
                });
            }
        };
        task.setOnSucceeded(e -> {
            running.remove(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            running.remove(task);
            LOG.warn("Task '{}' failed", title, task.getException());
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(e -> running.remove(task));
        UiThread.run(() -> running.add(task));
        executor.execute(task);
        return () -> task.cancel(true);
    }

    /** The tasks that have not finished yet (FX thread only). */
    public ObservableList<Task<?>> running() {
        return running;
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
