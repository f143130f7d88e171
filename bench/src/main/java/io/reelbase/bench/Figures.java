package io.reelbase.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures a benchmark reports for the combined table: each benchmark prints, besides its own detailed output,
 * one line per figure, {@code FIGURE<TAB>what<TAB>ours<TAB>reference<TAB>target}; {@link Benchmarks} collects them
 * from every benchmark it runs and prints them as one table.
 */
final class Figures {
    static final String PREFIX = "FIGURE\t";

    private Figures() {
    }

    /** Prints one figure line; a missing reference or target is shown as a dash. */
    static void print(String what, String ours, String reference, String target) {
        System.out.println(PREFIX + String.join("\t", what, ours, dash(reference), dash(target)));
    }

    /** A figure line read back: null when {@code line} is not one. */
    static List<String> parse(String line) {
        if (!line.startsWith(PREFIX)) {
            return null;
        }
        List<String> cells = new ArrayList<>(List.of(line.substring(PREFIX.length()).split("\t", -1)));
        while (cells.size() < 4) {
            cells.add("—");
        }
        return cells;
    }

    static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
