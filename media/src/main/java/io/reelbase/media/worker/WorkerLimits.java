package io.reelbase.media.worker;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Bounds for the decoding child processes: how many run at once, how long one file may take, how
 * much memory a worker may use (Java heap, and the native memory JavaCPP tracks), where their
 * error output goes (null: discarded), and whether they work for long: a worker that decodes file after file (the
 * window, the job worker, {@code ingest --wait}) compiles its hot code fully, which costs a little of a short
 * command's start and saves a tenth of the CPU of a long run (photo ingest: 2.5 of 26 CPU-s, decision 0019).
 */
public record WorkerLimits(int workers, Duration timePerFile, int heapMegabytes, long maxPhysicalBytes, Path errorLog,
                           boolean longRuns) {
    public WorkerLimits {
        if (workers < 1) {
            throw new IllegalArgumentException("at least one worker");
        }
        if (timePerFile.isNegative() || timePerFile.isZero()) {
            throw new IllegalArgumentException("the time per file must be positive");
        }
    }

    public static WorkerLimits defaults() {
        return new WorkerLimits(1, Duration.ofSeconds(120), 512, 2L * 1024 * 1024 * 1024, null, false);
    }

    public WorkerLimits withTimePerFile(Duration d) {
        return new WorkerLimits(workers, d, heapMegabytes, maxPhysicalBytes, errorLog, longRuns);
    }

    public WorkerLimits withWorkers(int n) {
        return new WorkerLimits(n, timePerFile, heapMegabytes, maxPhysicalBytes, errorLog, longRuns);
    }

    /** The same limits for workers that will decode many files (their JVM compiles hot code fully). */
    public WorkerLimits forLongRuns() {
        return new WorkerLimits(workers, timePerFile, heapMegabytes, maxPhysicalBytes, errorLog, true);
    }

    /** The worker JVM's compiler: a short command's worker stops at the quick compiler (C1), a long-running one does not. */
    java.util.List<String> compilerOptions() {
        return longRuns ? java.util.List.of() : java.util.List.of("-XX:TieredStopAtLevel=1");
    }
}
