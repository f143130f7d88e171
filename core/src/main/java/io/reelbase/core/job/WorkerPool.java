package io.reelbase.core.job;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bounded set of job runners taking work from the shared queue until stopped; can be paused (running
 * jobs finish, no new ones are taken). Used by the desktop app and by {@code reelbase worker}.
 */
public final class WorkerPool implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WorkerPool.class);
    private final ExecutorService threads;
    private final ScheduledExecutorService heartbeats = JobRunner.heartbeatScheduler();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final AtomicBoolean paused = new AtomicBoolean();
    private final AtomicLong finishedJobs = new AtomicLong();
    private final int size;

    /**
     * How many runners of a pool may be in a heavy step (a proxy or a filmstrip, counted together) at once: one
     * fewer than the pool (at least one), so a pool busy with proxies and filmstrips always has a runner for
     * thumbnails of new files.
     */
    public static java.util.Map<io.reelbase.core.workflow.Capability, java.util.concurrent.Semaphore> heavyStepLimits(int size) {
        java.util.concurrent.Semaphore heavy = new java.util.concurrent.Semaphore(Math.max(1, size - 1));
        return java.util.Map.of(io.reelbase.core.workflow.Capability.PROXY, heavy, io.reelbase.core.workflow.Capability.FILMSTRIP, heavy);
    }

    /** @param runners makes runner {@code i} given the shared heartbeat scheduler */
    public WorkerPool(int size, java.util.function.BiFunction<Integer, ScheduledExecutorService, JobRunner> runners) {
        this.size = size;
        this.threads = Executors.newFixedThreadPool(size);
        List<JobRunner> made = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            made.add(runners.apply(i, heartbeats));
        }
        for (JobRunner r : made) {
            threads.submit(() -> loop(r));
        }
    }

    private void loop(JobRunner runner) {
        while (!stopped.get()) {
            try {
                if (paused.get() || !runner.runNext()) {
                    Thread.sleep(300);
                } else {
                    finishedJobs.incrementAndGet();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("Worker loop error; going on", e);
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    public void pause() {
        paused.set(true);
    }

    public void resume() {
        paused.set(false);
    }

    public boolean isPaused() {
        return paused.get();
    }

    public int size() {
        return size;
    }

    /** Jobs run (to completion or failure) by this pool so far. */
    public long finishedJobs() {
        return finishedJobs.get();
    }

    /** Stops taking jobs and waits up to {@code seconds} for running ones. */
    public void stop(long seconds) {
        stopped.set(true);
        threads.shutdown();
        try {
            if (!threads.awaitTermination(seconds, TimeUnit.SECONDS)) {
                threads.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            threads.shutdownNow();
        }
        heartbeats.shutdownNow();
    }

    @Override
    public void close() {
        stop(30);
    }
}
