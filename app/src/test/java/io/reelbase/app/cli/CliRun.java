package io.reelbase.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/** Runs the command line in the test's JVM and keeps what it printed, as a person would read it. */
final class CliRun {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    /** The password prompts of the last run. */
    final List<String> asked = new ArrayList<>();
    private String typed;

    /** From now on the person types {@code password} when asked for one (as at a terminal); until then there is no terminal. */
    void typing(String password) {
        typed = password;
    }

    /** The exit status; {@link #out} and {@link #err} hold only this run's output. */
    int run(Map<String, String> env, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        asked.clear();
        return ReelbaseCommand.run(args, new Printer(new PrintWriter(out, true), new PrintWriter(err, true), prompt -> {
            asked.add(prompt);
            return Optional.ofNullable(typed).map(String::toCharArray);
        }), env);
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
