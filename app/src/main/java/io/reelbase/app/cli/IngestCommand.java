package io.reelbase.app.cli;

import io.reelbase.app.MediaPipeline;
import io.reelbase.core.Progress;
import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetStatus;
import io.reelbase.core.asset.SourceSystem;
import io.reelbase.core.ingest.Ingest;
import io.reelbase.core.ingest.IngestOutcome;
import io.reelbase.core.ingest.IngestReport;
import io.reelbase.core.job.Job;
import io.reelbase.core.job.WorkerPool;
import io.reelbase.core.job.RetryPolicy;
import io.reelbase.media.worker.IsolatedMedia;
import io.reelbase.media.worker.WorkerLimits;
import io.reelbase.persistence.Database;
import io.reelbase.persistence.DatabaseSettings;
import io.reelbase.persistence.hibernate.Repositories;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code reelbase ingest PATH... [--wait]}: brings files into the catalogue and, with --wait, processes them. */
@Command(name = "ingest", description = "Add media files and folders (searched recursively) to the catalogue and queue "
        + "their processing; with --wait, process them here and report each file's outcome.")
final class IngestCommand implements java.util.concurrent.Callable<Integer> {
    @ParentCommand
    ReelbaseCommand root;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders.")
    List<Path> paths;

    @Option(names = "--wait", description = "Process the queued jobs here until every ingested file is PROCESSED or FAILED.")
    boolean await;

    @Option(names = "--workers", defaultValue = "2", paramLabel = "N", description = "Jobs run at once with --wait (default ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--retry-delay", defaultValue = "5", paramLabel = "SECONDS",
            description = "First wait before a failed job is tried again; doubles each time (default ${DEFAULT-VALUE} s).")
    int retryDelaySeconds;

    @Option(names = "--copy-to", paramLabel = "ROOT", description = "Also keep a checked copy of each original in this storage root"
            + " (originals stay referenced where they are).")
    String copyTo;

    @Override
    public Integer call() throws Exception {
        Printer p = root.printer();
        DatabaseSettings settings = root.settings();
        String actor = System.getProperty("user.name");
        Path home = root.dataHome();
        // with --wait its workers decode file after file (and the launcher started the first of them that way)
        WorkerLimits limits = WorkerLimits.defaults().withWorkers(Math.max(1, workers));
        try (Database db = Database.open(settings);
             IsolatedMedia media = new IsolatedMedia(await ? limits.forLongRuns() : limits)) {
            Repositories c = db.repositories();
            Ingest ingest = MediaPipeline.ingest(db, media, "reelbase-cli");
            if (copyTo != null) {
                Ingest.OriginalCopier copier = copierTo(db, copyTo);
                if (copier == null) {
                    p.problem("There is no storage root named \u201c" + copyTo + "\u201d; 'reelbase storage list' shows them. Nothing was ingested.");
                    return 2;
                }
                ingest = ingest.copyingTo(copier);
            }
            if (!await) {
                IngestReport report = ingest.ingest(paths, SourceSystem.USER_UPLOAD, actor, Progress.NONE);
                print(p, report);
                return report.count(IngestOutcome.Kind.FAILED) == 0 ? 0 : 1;
            }
            // The workers start first and take each file's job as soon as it is queued, while the next files are added.
            Path proxies = MediaPipeline.proxyFolder(db, home.resolve("proxies"));
            RetryPolicy retry = new RetryPolicy(Duration.ofSeconds(Math.max(0, retryDelaySeconds)), 2.0, Duration.ofMinutes(10), 0.2);
            long started = System.nanoTime();
            IngestReport report;
            List<UUID> added;
            try (WorkerPool pool = MediaPipeline.workers(db, media, proxies, Math.max(1, workers), retry)) {
                report = ingest.ingest(paths, SourceSystem.USER_UPLOAD, actor, Progress.NONE);
                print(p, report);
                added = report.outcomes().stream().filter(o -> o.kind() == IngestOutcome.Kind.ADDED).map(IngestOutcome::assetId).toList();
                while (!allSettled(db, added)) {
                    sleep(100);
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            int failed = 0;
            long bytes = 0;
            for (Asset a : c.assets().findAll(added)) {
                bytes += a.fileSize() == null ? 0 : a.fileSize();
                if (a.status() == AssetStatus.PROCESSED) {
                    p.line("PROCESSED %s", a.originalFilename());
                } else {
                    failed++;
                    Job job = db.jobs().forAsset(a.id()).get(0);
                    String why = job.errorMessage() == null ? "" : job.errorMessage();
                    p.line("%-9s %s", a.status(), why.startsWith(a.originalFilename()) ? why : a.originalFilename() + ": " + why);
                }
            }
            p.line(String.format(Locale.ROOT, "%d added and processed, %d failed in %.1f s (%.2f files/s, %.1f MB/s)",
                    added.size() - failed, failed, seconds, added.size() / seconds, bytes / 1e6 / seconds));
            return failed == 0 && report.count(IngestOutcome.Kind.FAILED) == 0 ? 0 : 1;
        }
    }

    private static void print(Printer p, IngestReport report) {
        for (IngestOutcome o : report.outcomes()) {
            p.line("%-9s %s: %s", o.kind(), o.file(), o.message());
        }
        p.line("%d added, %d already known, %d skipped, %d failed", report.count(IngestOutcome.Kind.ADDED),
                report.count(IngestOutcome.Kind.DUPLICATE), report.count(IngestOutcome.Kind.SKIPPED),
                report.count(IngestOutcome.Kind.FAILED));
    }

    private static boolean allSettled(Database db, List<UUID> assets) {
        return db.jobs().countUnfinished(assets) == 0;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The copier into the named root, or null when there is none; a root whose folder is unusable is refused first. */
    private static Ingest.OriginalCopier copierTo(Database db, String name) {
        return db.storageRoots().named(name).map(r -> io.reelbase.core.storage.RootCopier.into(db.storageRoots(), r,
                new io.reelbase.media.hash.Sha256Hasher())).orElse(null);
    }
}
