package io.reelbase.bench;

import java.util.Arrays;

/** Times a piece of work: once to warm the caches and the planner, as a person's second search would find them, then measured. */
final class Timing {
    private Timing() {
    }

    /** Milliseconds of each of {@code runs} runs after one warm-up. */
    static double[] time(int runs, Runnable work) {
        work.run();
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        return ms;
    }

    /** The median milliseconds of {@code runs} runs after one warm-up. */
    static double median(int runs, Runnable work) {
        double[] ms = time(runs, work);
        Arrays.sort(ms);
        return ms[ms.length / 2];
    }
}
