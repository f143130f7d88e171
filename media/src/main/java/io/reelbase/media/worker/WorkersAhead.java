package io.reelbase.media.worker;

/**
 * A command that will decode starts its media worker first thing, so that the worker's JVM and FFmpeg start while
 * the command reads its arguments and opens its log; the first {@link IsolatedMedia} with the same limits takes it.
 * (No logger here: asking for one would open the log before the worker starts.)
 */
public final class WorkersAhead {
    private WorkersAhead() {
    }

    /** Starts one worker with these limits in the background. */
    public static void start(WorkerLimits limits) {
        WorkerProcess.startAhead(limits);
    }
}
