package io.reelbase.app.feature.monitor;

import io.reelbase.app.ui.BackgroundTasks;
import io.reelbase.app.ui.LatestAnswer;
import io.reelbase.core.job.JobMonitor;
import io.reelbase.core.job.JobStatus;
import io.reelbase.core.job.WorkerPool;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The processing line of the status bar ("Processing: 3 queued · 1 running") and this app's own workers,
 * which can be paused. Counts are read one query at a time, however many job notifications arrive.
 */
public final class ProcessingStatus {
    private final JobMonitor jobs;
    private final Optional<WorkerPool> workers;
    private final LatestAnswer<Map<JobStatus, Long>> counting;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("Processing: \u2026");

    public ProcessingStatus(JobMonitor jobs, Optional<WorkerPool> workers, BackgroundTasks tasks) {
        this.jobs = jobs;
        this.workers = workers;
        this.counting = new LatestAnswer<>(tasks);
    }

    /** Reads the queue's counts again. */
    public void refresh() {
        counting.ask("Reading the queue", p -> jobs.countByStatus(),
                counts -> summary.set(describe(counts, workers.map(WorkerPool::isPaused).orElse(false))),
                error -> summary.set("Processing: unknown (" + error.getMessage() + ")"));
    }

    /** True when this app runs workers of its own (which can then be paused). */
    public boolean hasWorkers() {
        return workers.isPresent();
    }

    /** Stops (true) or resumes taking new jobs in this app; a job running now finishes. */
    public void pause(boolean paused) {
        workers.ifPresent(pool -> {
            if (paused) {
                pool.pause();
            } else {
                pool.resume();
            }
        });
        refresh();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    static String describe(Map<JobStatus, Long> counts, boolean paused) {
        long queued = counts.getOrDefault(JobStatus.QUEUED, 0L) + counts.getOrDefault(JobStatus.RETRYING, 0L);
        long running = counts.getOrDefault(JobStatus.PROCESSING, 0L);
        long failed = counts.getOrDefault(JobStatus.FAILED, 0L);
        List<String> parts = new ArrayList<>();
        if (queued > 0) {
            parts.add(queued + " queued");
        }
        if (running > 0) {
            parts.add(running + " running");
        }
        if (failed > 0) {
            parts.add(failed + " failed");
        }
        String text = parts.isEmpty() ? "Processing: idle" : "Processing: " + String.join(" \u00B7 ", parts);
        return paused ? text + " (paused)" : text;
    }
}
