package io.reelbase.app.cli;

import io.reelbase.core.ReelbaseException;
import java.io.Console;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.function.Function;

/** The command line's only way to talk to the terminal: results to standard output, problems to standard error. */
public final class Printer {
    private final PrintWriter out;
    private final PrintWriter err;
    private final Function<String, Optional<char[]>> passwords;

    /** Asks for nothing: a password not found elsewhere is not there. */
    public Printer(PrintWriter out, PrintWriter err) {
        this(out, err, prompt -> Optional.empty());
    }

    /** @param passwords asks the person for a password with this prompt, without echo (empty: none given, or no terminal) */
    public Printer(PrintWriter out, PrintWriter err, Function<String, Optional<char[]>> passwords) {
        this.out = out;
        this.err = err;
        this.passwords = passwords;
    }

    /** Standard output and error of this process; passwords are asked for on its terminal, when it has one. */
    public static Printer console() {
        return new Printer(new PrintWriter(System.out, true), new PrintWriter(System.err, true), prompt -> {
            Console console = System.console();
            return console == null ? Optional.empty() : Optional.ofNullable(console.readPassword("%s", prompt));
        });
    }

    /** The person's password typed at {@code prompt}, not echoed; empty when there is no terminal to ask on. */
    public Optional<char[]> askPassword(String prompt) {
        return passwords.apply(prompt).filter(p -> p.length > 0);
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
