package io.reelbase.app;

import io.reelbase.app.cli.Printer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import io.reelbase.app.cli.ReelbaseCommand;

/**
 * The one entry point for the window and the command line. A plain class (not a JavaFX
 * Application), so the app starts from the class path without the JavaFX launcher check.
 */
public final class Launcher {
    private Launcher() {
    }

    /** Commands that decode media in a worker, so start it before anything else (unless they decode in process). */
    private static final java.util.Set<String> DECODING = java.util.Set.of("probe", "thumbnail", "filmstrip", "proxy", "ingest");
    /** Options with which such a command decodes nothing in a worker. */
    private static final java.util.Set<String> NOT_DECODING = java.util.Set.of("--in-process", "--help", "-h");

    public static void main(String[] args) {
        if (decodesInWorker(args)) {
            io.reelbase.media.worker.WorkersAhead.start(io.reelbase.media.worker.WorkerLimits.defaults());
        }
        // Before any logger exists: logs go to the person's data directory.
        if (System.getProperty("reelbase.logdir") == null) {
            System.setProperty("reelbase.logdir", logDirectory(args).toString());
        }
        int status = ReelbaseCommand.run(args, Printer.console(), System.getenv());
        System.exit(status);
    }

    /** Whether these arguments run a command that will decode in a media worker (so it is worth starting one now). */
    static boolean decodesInWorker(String[] args) {
        return args.length > 0 && DECODING.contains(args[0]) && java.util.Collections.disjoint(java.util.Arrays.asList(args), NOT_DECODING);
    }

    /** The data directory's logs folder if it can be made, else the temporary directory (the real error comes later). */
    static Path logDirectory(String[] args) {
        Path logs = DataHome.resolve(DataHome.optionIn(args), System.getenv(), System.getProperty("user.home")).resolve("logs");
        try {
            Files.createDirectories(logs);
            if (Files.isWritable(logs)) {
                return logs;
            }
        } catch (IOException | RuntimeException e) {
            // fall through
        }
        return Path.of(System.getProperty("java.io.tmpdir"));
    }
}
