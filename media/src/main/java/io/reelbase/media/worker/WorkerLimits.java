package io.reelbase.media.worker;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Bounds for the decoding child processes: how many run at once, how long one file may take, how
 * much memory a worker may use (Java heap, and the native memory JavaCPP tracks), where their
 * error output goes (null: discarded).
 */
public record WorkerLimits(int workers, Duration timePerFile, int heapMegabytes, long maxPhysicalBytes, Path errorLog) {
    public WorkerLimits {
        if (workers < 1) {
            throw new IllegalArgumentException("at least one worker");
        }
        if (timePerFile.isNegative() || timePerFile.isZero()) {
            throw new IllegalArgumentException("the time per file must be positive");
        }
    }

    public static WorkerLimits defaults() {
        return new WorkerLimits(1, Duration.ofSeconds(120), 512, 2L * 1024 * 1024 * 1024, null);
    }

    public WorkerLimits withTimePerFile(Duration d) {
        return new WorkerLimits(workers, d, heapMegabytes, maxPhysicalBytes, errorLog);
    }

    public WorkerLimits withWorkers(int n) {
        return new WorkerLimits(n, timePerFile, heapMegabytes, maxPhysicalBytes, errorLog);
    }
}
