package io.reelbase.app.cli;

import io.reelbase.core.ReelbaseException;
import java.io.PrintWriter;

/** The command line's only way to talk to the terminal: results to standard output, problems to standard error. */
public final class Printer {
    private final PrintWriter out;
    private final PrintWriter err;

    public Printer(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** Standard output and error of this process. */
    public static Printer console() {
        return new Printer(new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public void line(String text) {
        out.println(text);
        out.flush();
    }

    public void line(String format, Object... args) {
        line(String.format(format, args));
    }

    public void problem(ReelbaseException e) {
        err.println("reelbase: " + e.getMessage());
        if (!e.advice().isEmpty()) {
            err.println("  " + e.advice());
        }
        err.flush();
    }

    public void problem(String message) {
        err.println("reelbase: " + message);
        err.flush();
    }

    /** Progress for a long command: every {@code every}-th step's message on standard error (the command is not cancelled). */
    public io.reelbase.core.Progress progress(int every) {
        return new io.reelbase.core.Progress() {
            private int steps;

            @Override
            public void update(double fraction, String message) {
                if (++steps % every == 0) {
                    err.println(message + "\u2026");
                    err.flush();
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }
}
