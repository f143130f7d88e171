package io.reelbase.bench;

import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.NewAsset;
import io.reelbase.core.job.Job;
import io.reelbase.core.job.JobQueue;
import io.reelbase.core.workflow.Workflow;
import io.reelbase.persistence.Database;
import io.reelbase.persistence.DatabaseSettings;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Queue throughput with a no-op capability on the embedded database (durable settings, as the app runs it):
 * N jobs enqueued, then W workers claim and complete them until none is left. Usage:
 * {@code QueueBenchmark [JOBS] [WORKERS]}.
 */
public final class QueueBenchmark {
    private static final PrintStream OUT = System.out;

    private QueueBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int jobs = args.length > 0 && !args[0].startsWith("$") ? Integer.parseInt(args[0]) : 5000;
        int workers = args.length > 1 && !args[1].startsWith("$") ? Integer.parseInt(args[1]) : 4;
        Path home = Files.createTempDirectory("reelbase-queue-bench");
        try (Database db = Database.open(DatabaseSettings.embedded(home).withPoolSize(workers + 2))) {
            JobQueue queue = db.jobs();
            Workflow wf = db.repositories().workflows().defaultWorkflow().orElseThrow();
            UUID asset = db.repositories().assets().create(NewAsset.of("benchmark", AssetType.VIDEO), "bench").id();
            long t0 = System.nanoTime();
            for (int i = 0; i < jobs; i++) {
                queue.enqueue(asset, wf, 100, 3, "bench");
            }
            double enqueueS = (System.nanoTime() - t0) / 1e9;
            ExecutorService pool = Executors.newFixedThreadPool(workers);
            long t1 = System.nanoTime();
            List<Future<Integer>> done = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                String name = "bench-" + w;
                done.add(pool.submit(() -> {
                    int n = 0;
                    Optional<Job> j;
                    while ((j = queue.claim(name, Duration.ofSeconds(60))).isPresent()) {
                        queue.complete(j.get().id(), name);
                        n++;
                    }
                    return n;
                }));
            }
            int total = 0;
            for (Future<Integer> f : done) {
                total += f.get();
            }
            double runS = (System.nanoTime() - t1) / 1e9;
            pool.shutdown();
            OUT.printf(Locale.ROOT, "Queue benchmark: embedded PostgreSQL (fsync on), %d cores, %d workers%n",
                    Runtime.getRuntime().availableProcessors(), workers);
            OUT.printf(Locale.ROOT, "  enqueued %d jobs in %.2f s: %.0f jobs/s%n", jobs, enqueueS, jobs / enqueueS);
            OUT.printf(Locale.ROOT, "  claimed and completed %d jobs in %.2f s: %.0f jobs/s   (target >= 1,000/s)%n",
                    total, runS, total / runS);
            Figures.print("queue: no-op jobs, " + workers + " workers, embedded PostgreSQL (fsync on)",
                    Figures.fmt("%,.0f jobs/s (enqueue %,.0f/s)", total / runS, jobs / enqueueS), null, ">= 1,000/s");
        }
    }
}
