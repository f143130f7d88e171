package io.reelbase.app.feature.monitor;

import io.reelbase.app.ui.BackgroundTasks;
import io.reelbase.core.job.JobMonitor;
import io.reelbase.core.job.MinuteCount;
import io.reelbase.core.job.JobStatus;
import io.reelbase.core.job.MonitoredJob;
import io.reelbase.core.job.WorkerActivity;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The workflow monitor's state: the jobs shown (by filter and search), the queue's counts, workers and throughput. */
public final class MonitorViewModel {
    /** Which jobs are listed. */
    public enum Filter {
        ALL(EnumSet.noneOf(JobStatus.class)),
        ACTIVE(EnumSet.of(JobStatus.QUEUED, JobStatus.PROCESSING, JobStatus.RETRYING)),
        FAILED(EnumSet.of(JobStatus.FAILED)),
        DONE(EnumSet.of(JobStatus.COMPLETED, JobStatus.CANCELLED));

        final Set<JobStatus> statuses;

        Filter(Set<JobStatus> statuses) {
            this.statuses = statuses;
        }
    }

    static final int LIMIT = 500;
    private final JobMonitor queue;
    private final io.reelbase.core.job.JobControl control;
    private final BackgroundTasks tasks;
    private final String actor;
    private final ObservableList<MonitoredJob> jobs = FXCollections.observableArrayList();
    private final ObservableList<WorkerActivity> workers = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<List<MinuteCount>> throughput = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<Filter> filter = new ReadOnlyObjectWrapper<>(Filter.ALL);
    private final ReadOnlyStringWrapper search = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private long generation;

    public MonitorViewModel(JobMonitor queue, io.reelbase.core.job.JobControl control, BackgroundTasks tasks, String actor) {
        this.queue = queue;
        this.control = control;
        this.tasks = tasks;
        this.actor = actor;
    }

    public void show(Filter f) {
        filter.set(f);
        refresh();
    }

    public void search(String text) {
        search.set(text == null ? "" : text);
        refresh();
    }

    /** Reloads everything the screen shows (on a background task); older answers are dropped. */
    public void refresh() {
        long mine = ++generation;
        Filter f = filter.get();
        String text = search.get();
        record Snapshot(List<MonitoredJob> jobs, Map<JobStatus, Long> counts, List<WorkerActivity> workers, List<MinuteCount> perMinute) {
        }
        tasks.<Snapshot>submit("Reading the queue",
                p -> new Snapshot(queue.list(f.statuses, text, LIMIT), queue.countByStatus(), queue.workers(),
                        queue.finishedPerMinute(60)),
                s -> {
                    if (mine != generation) {
                        return;
                    }
                    jobs.setAll(s.jobs());
                    workers.setAll(s.workers());
                    throughput.set(s.perMinute());
                    summary.set(summarize(s.counts(), s.perMinute()));
                    problem.set(null);
                },
                e -> problem.set("Cannot read the queue: " + e.getMessage()));
    }

    static String summarize(Map<JobStatus, Long> c, List<MinuteCount> perMinute) {
        long lastHour = perMinute.stream().mapToLong(MinuteCount::finished).sum();
        return String.format(java.util.Locale.ROOT, "%d queued · %d running · %d waiting to retry · %d failed · %d finished in the last hour",
                c.getOrDefault(JobStatus.QUEUED, 0L), c.getOrDefault(JobStatus.PROCESSING, 0L),
                c.getOrDefault(JobStatus.RETRYING, 0L), c.getOrDefault(JobStatus.FAILED, 0L), lastHour);
    }

    /** Puts the chosen failed or cancelled jobs back in the queue. */
    public void retry(List<UUID> ids) {
        act("Retrying " + ids.size() + " job(s)", () -> control.retry(ids, actor));
    }

    /** Cancels the chosen jobs that have not finished. */
    public void cancel(List<UUID> ids) {
        act("Cancelling " + ids.size() + " job(s)", () -> control.cancel(ids, actor));
    }

    private void act(String title, java.util.function.IntSupplier work) {
        tasks.<Integer>submit(title, p -> work.getAsInt(), n -> refresh(), e -> problem.set(title + " failed: " + e.getMessage()));
    }

    public ObservableList<MonitoredJob> jobs() {
        return jobs;
    }

    public ObservableList<WorkerActivity> workers() {
        return workers;
    }

    public ReadOnlyObjectProperty<List<MinuteCount>> throughputProperty() {
        return throughput.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Filter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
