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
    static final java.util.Set<String> DECODING = java.util.Set.of("probe", "thumbnail", "filmstrip", "proxy", "ingest");
    /** Options with which such a command decodes nothing in a worker. */
    private static final java.util.Set<String> NOT_DECODING = java.util.Set.of("--in-process", "--help", "-h");

    public static void main(String[] args) {
        String command = System.getProperty("reelbase.command");
        if (decodesInWorker(command, args)) {
            io.reelbase.media.worker.WorkerLimits limits = io.reelbase.media.worker.WorkerLimits.defaults();
            io.reelbase.media.worker.WorkersAhead.start(decodesForLong(command, args) ? limits.forLongRuns() : limits);
        }
        // Before any logger exists: logs go to the person's data directory.
        if (System.getProperty("reelbase.logdir") == null) {
            System.setProperty("reelbase.logdir", logDirectory(args).toString());
        }
        int status = ReelbaseCommand.run(args, Printer.console(), System.getenv());
        System.exit(status);
    }

    /**
     * Whether these arguments run a command that will decode in a media worker (so it is worth starting one now).
     * {@code command} is the one the launcher script found (after the root options and their values, as for its class
     * archive); started some other way (a packaged app), the first argument.
     */
    static boolean decodesInWorker(String command, String[] args) {
        return DECODING.contains(named(command, args)) && java.util.Collections.disjoint(java.util.Arrays.asList(args), NOT_DECODING);
    }

    /** Whether the command will decode file after file ({@code ingest --wait}), so its workers are made for long runs. */
    static boolean decodesForLong(String command, String[] args) {
        return "ingest".equals(named(command, args)) && java.util.Arrays.asList(args).contains("--wait");
    }

    /** The command the launcher script found, or else the first argument. */
    private static String named(String command, String[] args) {
        return command != null ? command : args.length > 0 ? args[0] : "";
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
