package io.reelbase.app;

import io.reelbase.app.feature.audit.AuditViewModel;
import io.reelbase.app.feature.export.ExportFiles;
import io.reelbase.app.feature.imports.ImportFiles;
import io.reelbase.app.feature.library.LibraryServices;
import io.reelbase.app.feature.library.LibraryViewModel;
import io.reelbase.app.feature.library.PictureCache;
import io.reelbase.app.feature.monitor.MonitorViewModel;
import io.reelbase.app.feature.monitor.ProcessingStatus;
import io.reelbase.app.feature.lifecycle.LifecycleServices;
import io.reelbase.app.feature.lifecycle.LifecycleViewModel;
import io.reelbase.app.feature.people.PeopleViewModel;
import io.reelbase.core.lifecycle.LifecycleRunner;
import io.reelbase.core.lifecycle.LifecycleSchedule;
import io.reelbase.core.lifecycle.StepWatch;
import io.reelbase.media.hash.Sha256Hasher;
import io.reelbase.app.feature.sources.SourcesViewModel;
import io.reelbase.app.feature.sources.WatchFolderTimer;
import io.reelbase.app.feature.workflows.WorkflowsViewModel;
import io.reelbase.app.ui.AppInfo;
import io.reelbase.app.ui.BackgroundTasks;
import io.reelbase.app.ui.DialogService;
import io.reelbase.app.ui.WindowParts;
import io.reelbase.core.asset.AssetRepository;
import io.reelbase.core.asset.SourceSystem;
import io.reelbase.core.edit.AssetEdits;
import io.reelbase.core.ingest.Ingest;
import io.reelbase.core.ingest.WatchFolders;
import io.reelbase.core.job.JobControl;
import io.reelbase.core.job.RetryPolicy;
import io.reelbase.core.job.WorkerPool;
import io.reelbase.core.user.Permission;
import io.reelbase.core.user.SignedIn;
import io.reelbase.media.FfmpegLibrary;
import io.reelbase.media.worker.IsolatedMedia;
import io.reelbase.media.worker.WorkerLimits;
import io.reelbase.persistence.Database;
import io.reelbase.persistence.DatabaseSettings;
import io.reelbase.persistence.hibernate.Repositories;
import io.reelbase.persistence.queue.AssetChangeListener;
import io.reelbase.persistence.queue.JobNotifications;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntConsumer;

/**
 * The composition root: builds every service by hand from the open database and hands the window and each
 * screen only what it uses. No static singletons.
 */
public final class AppContext implements AppInfo, AutoCloseable {
    private final Database database;
    private final IsolatedMedia media;
    private final WorkerPool workers;
    private final WatchFolderTimer watchTimer;
    private final io.reelbase.app.feature.lifecycle.LifecycleTimer lifecycleTimer;
    private final WindowParts parts;
    private final List<JobNotifications> listeners = new CopyOnWriteArrayList<>();
    private final AssetChangeListener assetChanges;
    private final OfflineService offline;
    private final SignedIn me;

    /** Without processing (tests of screens that need none). */
    public AppContext(Database database, BackgroundTasks tasks, DialogService dialogs) {
        this(database, tasks, dialogs, null, 0);
    }

    /** Proxies in the data directory's {@code proxies} folder (tests; the window finds the shared proxy root first). */
    public AppContext(Database database, BackgroundTasks tasks, DialogService dialogs, Path dataHome, int workerCount) {
        this(database, tasks, dialogs, dataHome, dataHome == null ? null : dataHome.resolve("proxies"), workerCount);
    }

    /**
     * @param dataHome this computer's data directory; with {@code workerCount} &gt; 0 this app also processes jobs and
     *                 looks at the watch folders
     * @param proxies  where this app's workers write proxies ({@link MediaPipeline#proxyFolder}, found off the FX thread)
     */
    public AppContext(Database database, BackgroundTasks tasks, DialogService dialogs, Path dataHome, Path proxies, int workerCount) {
        this.database = database;
        this.me = database.signedIn();
        this.assetChanges = database.assetChanges();
        Repositories r = database.repositories();
        AssetRepository assets = r.assets();
        this.media = new IsolatedMedia(WorkerLimits.defaults().withWorkers(Math.max(1, workerCount)).forLongRuns());
        Ingest ingest = MediaPipeline.ingest(database, media, "reelbase-desktop");
        WatchFolders folders = new WatchFolders(r.ingestSources(), r.workflows(), ingest, database.user(),
                io.reelbase.core.storage.RootCopier.byId(database.storageRoots(), new Sha256Hasher()));
        // This app's own workers run only for a login that may run jobs (an admin, or a worker's developer login).
        boolean processing = workerCount > 0 && dataHome != null;
        this.workers = processing && me.may(Permission.RUN_JOBS)
                ? MediaPipeline.workers(database, media, proxies, workerCount, RetryPolicy.DEFAULT) : null;
        this.watchTimer = processing && me.may(Permission.INGEST) ? new WatchFolderTimer(folders, tasks) : null;
        this.offline = OfflineService.forWindow(database, dataHome);
        LifecycleRunner lifecycle = new LifecycleRunner(database.lifecyclePlans(), database.lifecycleSteps(), database.storageRoots(), assets,
                assets, new Sha256Hasher(), database.user(), StepWatch.NONE);
        // The rules run on schedule in an admin's window that processes jobs (and in `reelbase worker` with an admin's login).
        this.lifecycleTimer = processing && me.may(Permission.MANAGE_LIFECYCLE) ? new io.reelbase.app.feature.lifecycle.LifecycleTimer(
                new LifecycleSchedule(database.lifecyclePlans(), database.lifecycleRules(), lifecycle), tasks) : null;
        LibraryViewModel library = new LibraryViewModel(new LibraryServices(assets, assets, assets, new AssetEdits(assets, assets, assets),
                r.collections(), r.savedSearches(), r.ingestSources(), r.media(), assetChanges,
                new io.reelbase.persistence.offline.WorkingSets(database.dataSource()), offline,
                new io.reelbase.core.lifecycle.AssetRestore(assets, assets)), tasks, dialogs, database.user());
        library.form().offerTo(me);
        this.parts = new WindowParts(library, new PictureCache(r.media(), tasks),
                new MonitorViewModel(database.jobs(), new JobControl(database.jobs(), assets, assets), tasks, database.user()),
                new WorkflowsViewModel(r.workflows(), tasks),
                new SourcesViewModel(r.ingestSources(), r.workflows(), database.storageRoots(), folders, tasks),
                new ImportFiles((paths, progress) -> ingest.ingest(paths, SourceSystem.USER_UPLOAD, database.user(), progress), tasks, dialogs),
                new ExportFiles(assets, assets, tasks, dialogs),
                new ProcessingStatus(database.jobs(), Optional.ofNullable(workers), tasks),
                new PeopleViewModel(database.people(), tasks), new AuditViewModel(r.audit(), database.auditChains(), tasks, dialogs),
                new LifecycleViewModel(new LifecycleServices(database.lifecycleRules(), database.lifecyclePlans(), lifecycle, r.collections()),
                        tasks, dialogs), this);
    }

    /** What the main window is made of. */
    public WindowParts windowParts() {
        return parts;
    }

    /** The library screen's model (the start-up log and the screen renderer watch its list). */
    public LibraryViewModel library() {
        return parts.library();
    }

    /** The scheduled lifecycle runs of this app, if it processes jobs for an admin. */
    public Optional<io.reelbase.app.feature.lifecycle.LifecycleTimer> lifecycleTimer() {
        return Optional.ofNullable(lifecycleTimer);
    }

    /** The watch-folder timer of this app, if it processes jobs. */
    public Optional<WatchFolderTimer> watchFolders() {
        return Optional.ofNullable(watchTimer);
    }

    @Override
    public AutoCloseable listenToJobs(IntConsumer onChanges) {
        JobNotifications n = new JobNotifications(database.dataSource(), 500, onChanges);
        listeners.add(n);
        return n;
    }

    @Override
    public String databaseReport() {
        return DatabaseReport.of(database.info());
    }

    @Override
    public String aboutReport() {
        return "The desktop media asset manager.\n\n"
                + "Java     " + System.getProperty("java.version") + "\n"
                + "JavaFX   " + System.getProperty("javafx.runtime.version") + "\n"
                + FfmpegLibrary.info().describe() + "\n"
                + "Catalogue  " + connectionSummary() + "\n";
    }

    @Override
    public SignedIn signedIn() {
        return me;
    }

    @Override
    public String connectionSummary() {
        DatabaseSettings s = database.settings();
        return me.describe() + " \u00B7 " + (s.mode() == DatabaseSettings.Mode.EMBEDDED
                ? "Embedded database \u00B7 " + s.dataHome()
                : database.user() + " @ " + s.jdbcUrl().replaceFirst("^jdbc:postgresql://", "").replaceFirst("\\?.*$", ""));
    }

    @Override
    public void close() {
        listeners.forEach(JobNotifications::close);
        assetChanges.close();
        if (watchTimer != null) {
            watchTimer.stop();
        }
        if (lifecycleTimer != null) {
            lifecycleTimer.stop();
        }
        if (workers != null) {
            workers.stop(10);
        }
        media.close();
        offline.close();
        database.close();
    }
}
