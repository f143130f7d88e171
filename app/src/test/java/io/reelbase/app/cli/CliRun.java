package io.reelbase.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.Map;

/** Runs the command line in the test's JVM and keeps what it printed, as a person would read it. */
final class CliRun {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /** The exit status; {@link #out} and {@link #err} hold only this run's output. */
    int run(Map<String, String> env, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return ReelbaseCommand.run(args, new Printer(new PrintWriter(out, true), new PrintWriter(err, true)), env);
    }

    int run(String... args) {
        return run(Map.of(), args);
    }

    static String[] concat(String[] a, String... b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
