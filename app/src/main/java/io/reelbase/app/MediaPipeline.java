package io.reelbase.app;

import io.reelbase.core.job.JobRunner;
import io.reelbase.core.job.RetryPolicy;
import io.reelbase.core.job.WorkerPool;
import io.reelbase.media.hash.Sha256Hasher;
import io.reelbase.media.worker.IsolatedMedia;
import io.reelbase.persistence.Database;
import io.reelbase.persistence.hibernate.Repositories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How media goes through Reelbase: the ingest service that adds files and queues their jobs, and the worker
 * pool that runs them. The same for the desktop app, {@code ingest --wait} and {@code worker}.
 */
public final class MediaPipeline {
    private MediaPipeline() {
    }

    public static WorkerPool workers(Database db, IsolatedMedia media, Path proxies, int size, RetryPolicy retries) {
        try {
            Files.createDirectories(proxies);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the proxy folder " + proxies, e);
        }
        Repositories c = db.repositories();
        String base = hostName() + ":" + ProcessHandle.current().pid();
        var limits = WorkerPool.heavyStepLimits(size);
        return new WorkerPool(size, (i, beats) -> new JobRunner(db.jobs(), c.assets(), c.media(), media, new Sha256Hasher(),
                proxies, base + ":" + i, Duration.ofSeconds(60), retries, beats, db.units(), limits));
    }

    /**
     * Where this computer's workers write proxies: the storage root chosen for proxies ({@code storage add … --proxies}),
     * which every client of the catalogue reaches, else {@code fallback} (this computer's data directory). A proxy
     * root whose folder is missing or read-only here is passed over, with a warning in the log.
     */
    public static Path proxyFolder(Database db, Path fallback) {
        return db.storageRoots().proxyRoot().filter(r -> {
            String wrong = r.problem();
            if (wrong != null) {
                org.slf4j.LoggerFactory.getLogger(MediaPipeline.class).warn("The proxy root \u201c{}\u201d ({}) is {} here; proxies go to {}",
                        r.name(), r.path(), wrong, fallback);
            }
            return wrong == null;
        }).map(r -> r.path().resolve("proxies")).orElse(fallback);
    }

    /** The ingest service over this database and media engine; {@code component} names the caller in the audit trail. */
    public static io.reelbase.core.ingest.Ingest ingest(Database db, IsolatedMedia media, String component) {
        Repositories c = db.repositories();
        return new io.reelbase.core.ingest.Ingest(c.assets(), c.media(), c.workflows(), db.jobs(), new Sha256Hasher(), media,
                c.audit(), component + "/" + BuildInfo.version(), db.units());
    }

    static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }
}
