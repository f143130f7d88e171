package io.reelbase.app.cli;

import io.reelbase.app.MediaPipeline;
import io.reelbase.core.job.JobStatus;
import io.reelbase.core.job.RetryPolicy;
import io.reelbase.core.job.WorkerPool;
import io.reelbase.media.worker.IsolatedMedia;
import io.reelbase.media.worker.WorkerLimits;
import io.reelbase.persistence.Database;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code reelbase worker}: a headless processing worker for any machine that reaches the database. */
@Command(name = "worker", description = "Run processing jobs from the shared queue until stopped (Ctrl-C); "
        + "the same workers the desktop app runs.")
final class WorkerCommand implements java.util.concurrent.Callable<Integer> {
    @ParentCommand
    ReelbaseCommand root;

    @Option(names = "--concurrency", defaultValue = "2", paramLabel = "N", description = "Jobs at once (default ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--proxy-dir", paramLabel = "DIR", description = "Where proxies are written (default: the storage root chosen for proxies, "
            + "'reelbase storage add … --proxies', else DATA_DIR/proxies).")
    Path proxyDir;

    @Option(names = "--once", description = "Stop when the queue has nothing ready or running (for scripts).")
    boolean once;

    @Option(names = "--no-lifecycle", description = "Do not run the lifecycle rules on schedule (they run with an admin's login,"
            + " every 24 hours by default: 'reelbase lifecycle settings').")
    boolean noLifecycle;

    @Override
    public Integer call() throws Exception {
        Printer p = root.printer();
        CountDownLatch stop = new CountDownLatch(1);
        try (Database db = Database.open(root.settings());
             IsolatedMedia media = new IsolatedMedia(WorkerLimits.defaults().withWorkers(Math.max(1, concurrency)).forLongRuns())) {
            Path proxies = proxyDir != null ? proxyDir : MediaPipeline.proxyFolder(db, root.dataHome().resolve("proxies"));
            WorkerPool pool = MediaPipeline.workers(db, media, proxies, Math.max(1, concurrency), RetryPolicy.DEFAULT);
            Thread hook = new Thread(() -> {
                stop.countDown();
                pool.stop(60);
            }, "reelbase-worker-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            p.line("Worker with %d slots on %s; proxies in %s. Ctrl-C stops it.", pool.size(), db.settings().describe(), proxies);
            ScheduledLifecycle lifecycle = once || noLifecycle ? null : ScheduledLifecycle.forWorker(db, p);
            while (!stop.await(1, java.util.concurrent.TimeUnit.SECONDS)) {
                if (once && idle(db.jobs().countByStatus())) {
                    break;
                }
                if (lifecycle != null) {
                    lifecycle.lookNow();
                }
            }
            pool.stop(60);
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running already
            }
            p.line("Worker stopped after %d job runs.", pool.finishedJobs());
        }
        return 0;
    }

    private static boolean idle(Map<JobStatus, Long> counts) {
        return counts.getOrDefault(JobStatus.QUEUED, 0L) + counts.getOrDefault(JobStatus.RETRYING, 0L)
                + counts.getOrDefault(JobStatus.PROCESSING, 0L) == 0;
    }
}
