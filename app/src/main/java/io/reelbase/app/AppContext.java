package io.reelbase.app;

import io.reelbase.app.feature.library.LibraryViewModel;
import io.reelbase.app.ui.BackgroundTasks;
import io.reelbase.core.Progress;
import io.reelbase.core.asset.SourceSystem;
import io.reelbase.core.ingest.Ingest;
import io.reelbase.core.ingest.IngestReport;
import io.reelbase.core.ingest.WatchFolders;
import io.reelbase.core.job.JobStatus;
import io.reelbase.core.job.RetryPolicy;
import io.reelbase.core.job.WorkerPool;
import io.reelbase.media.worker.IsolatedMedia;
import io.reelbase.media.worker.WorkerLimits;
import io.reelbase.persistence.hibernate.Catalog;
import io.reelbase.persistence.queue.JobNotifications;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.reelbase.persistence.Database;
import io.reelbase.persistence.DatabaseInfo;
import io.reelbase.persistence.DatabaseSettings;

/**
 * The composition root: builds every service by hand from the open database and hands each
 * screen only what it uses. No static singletons.
 */
public final class AppContext implements AutoCloseable {
    private final Database database;
    private final BackgroundTasks tasks;
    private final LibraryViewModel library;
    private final io.reelbase.core.edit.AssetEdits edits;
    private final io.reelbase.app.feature.monitor.MonitorViewModel monitor;
    private final io.reelbase.app.feature.workflows.WorkflowsViewModel workflowEditor;
    private final io.reelbase.app.feature.sources.SourcesViewModel sourcesEditor;
    private final IsolatedMedia media;
    private final Ingest ingest;
    private final WorkerPool workers;
    private final Path dataHome;
    private final List<JobNotifications> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.concurrent.ScheduledExecutorService watch =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor();

    /** Without processing (tests of screens that need none). */
    public AppContext(Database database, BackgroundTasks tasks, io.reelbase.app.ui.DialogService dialogs) {
        this(database, tasks, dialogs, null, 0);
    }

    /**
     * @param dataHome where proxies go; with {@code workerCount} &gt; 0 this app also processes jobs
     */
    public AppContext(Database database, BackgroundTasks tasks, io.reelbase.app.ui.DialogService dialogs, Path dataHome,
                      int workerCount) {
        this.database = database;
        this.tasks = tasks;
        this.dataHome = dataHome;
        var assets = database.catalog().assets();
        this.edits = new io.reelbase.core.edit.AssetEdits(assets, assets, assets);
        this.library = new LibraryViewModel(new io.reelbase.app.feature.library.LibraryServices(assets, assets, edits,
                database.catalog().collections(), database.catalog().savedSearches(), database.catalog().ingestSources(),
                database.catalog().media()), tasks, dialogs, database.user());
        this.monitor = new io.reelbase.app.feature.monitor.MonitorViewModel(database.jobs(),
                new io.reelbase.core.job.JobControl(database.jobs(), assets, assets), tasks, database.user());
        this.workflowEditor = new io.reelbase.app.feature.workflows.WorkflowsViewModel(database.catalog().workflows(), tasks);
        this.media = new IsolatedMedia(WorkerLimits.defaults().withWorkers(Math.max(1, workerCount)));
        Catalog c = database.catalog();
        this.ingest = Processing.ingest(database, media, "reelbase-desktop");
        this.sourcesEditor = new io.reelbase.app.feature.sources.SourcesViewModel(c.ingestSources(), c.workflows(),
                new WatchFolders(c.ingestSources(), c.workflows(), ingest, database.user()), tasks);
        this.workers = workerCount > 0 && dataHome != null
                ? Processing.pool(database, media, dataHome.resolve("proxies"), workerCount, RetryPolicy.DEFAULT) : null;
        if (workers != null) {
            // Watch folders are looked at every minute while the app runs; each has its own interval.
            WatchFolders folders = new WatchFolders(c.ingestSources(), c.workflows(), ingest, database.user());
            watch.scheduleWithFixedDelay(() -> {
                try {
                    folders.syncDue(java.time.Instant.now(), Progress.NONE);
                } catch (RuntimeException e) {
                    org.slf4j.LoggerFactory.getLogger(AppContext.class).warn("Watch folder sync failed", e);
                }
            }, 5, 60, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    /** Ingests files and folders as this person (run it as a background task: it hashes every file). */
    public IngestReport ingest(List<Path> paths, Progress progress) {
        return ingest.ingest(paths, SourceSystem.USER_UPLOAD, database.user(), progress);
    }

    /** These assets in full, in this order (run it as a background task). */
    public List<io.reelbase.core.asset.Asset> assets(java.util.Collection<java.util.UUID> ids) {
        return database.catalog().assets().findAll(ids);
    }

    /** The pictures of the catalogue's assets, for the screens that show them. */
    public io.reelbase.app.feature.library.PictureCache pictures() {
        return new io.reelbase.app.feature.library.PictureCache(database.catalog().media(), tasks);
    }

    /** Every asset matching a filter, a page at a time (run it as a background task). */
    public List<io.reelbase.core.asset.Asset> allMatching(io.reelbase.core.asset.AssetFilter filter, Progress progress) {
        return database.catalog().assets().all(filter, progress);
    }

    /** The processing workers of this app, if it runs any. */
    public Optional<WorkerPool> workers() {
        return Optional.ofNullable(workers);
    }

    /** How many jobs are in each state (touches the database). */
    public Map<JobStatus, Long> jobCounts() {
        return database.jobs().countByStatus();
    }

    /** Calls back (on a background thread) when jobs change, at most twice a second. */
    public JobNotifications listenToJobs(java.util.function.IntConsumer onChanges) {
        JobNotifications n = new JobNotifications(database.dataSource(), 500, onChanges);
        listeners.add(n);
        return n;
    }

    public LibraryViewModel library() {
        return library;
    }

    public io.reelbase.app.feature.monitor.MonitorViewModel monitor() {
        return monitor;
    }

    public io.reelbase.app.feature.workflows.WorkflowsViewModel workflows() {
        return workflowEditor;
    }

    public io.reelbase.app.feature.sources.SourcesViewModel sources() {
        return sourcesEditor;
    }

    public BackgroundTasks tasks() {
        return tasks;
    }

    /** Reads the connection and schema facts (touches the database: run it as a background task). */
    public DatabaseInfo databaseInfo() {
        return database.info();
    }

    /** One line for the status bar. */
    public String connectionSummary() {
        DatabaseSettings s = database.settings();
        return s.mode() == DatabaseSettings.Mode.EMBEDDED
                ? "Embedded database · " + s.dataHome()
                : database.user() + " @ " + s.jdbcUrl().replaceFirst("^jdbc:postgresql://", "").replaceFirst("\\?.*$", "");
    }

    @Override
    public void close() {
        listeners.forEach(JobNotifications::close);
        watch.shutdownNow();
        if (workers != null) {
            workers.stop(10);
        }
        media.close();
        database.close();
    }
}
