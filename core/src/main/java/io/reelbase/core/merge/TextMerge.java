package io.reelbase.core.merge;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Long text changed on both sides: merged when the two sides touched different parts of the base (lines for
 * text of several lines, words and the spaces between them for one line), as git merges lines. Changes that
 * touch or overlap are a clash, unless they are the same change.
 */
final class TextMerge {
    private static final Pattern WORDS = Pattern.compile("\\s+|[^\\s]+");

    private TextMerge() {
    }

    /** The merged text, or empty when the two sides' changes touch. */
    static Optional<String> merge(String base, String mine, String theirs) {
        boolean lines = base.contains("\n") || mine.contains("\n") || theirs.contains("\n");
        List<String> b = tokens(base, lines);
        List<AbstractDelta<String>> all = new ArrayList<>(DiffUtils.diff(b, tokens(mine, lines)).getDeltas());
        for (AbstractDelta<String> d : DiffUtils.diff(b, tokens(theirs, lines)).getDeltas()) {
            if (all.stream().noneMatch(m -> same(m, d))) {
                all.add(d);
            }
        }
        all.sort(Comparator.comparingInt((AbstractDelta<String> d) -> d.getSource().getPosition())
                .thenComparing(d -> String.join("", d.getTarget().getLines())));
        for (int i = 1; i < all.size(); i++) {
            if (touch(all.get(i - 1), all.get(i))) {
                return Optional.empty();
            }
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (AbstractDelta<String> d : all) {
            b.subList(at, d.getSource().getPosition()).forEach(out::append);
            d.getTarget().getLines().forEach(out::append);
            at = d.getSource().getPosition() + d.getSource().size();
        }
        b.subList(at, b.size()).forEach(out::append);
        return Optional.of(out.toString());
    }

    /** Lines with their line ends, or words and runs of space: joined again they give back the text. */
    static List<String> tokens(String text, boolean lines) {
        List<String> out = new ArrayList<>();
        if (lines) {
            int start = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    out.add(text.substring(start, i + 1));
                    start = i + 1;
                }
            }
            if (start < text.length()) {
                out.add(text.substring(start));
            }
        } else {
            Matcher m = WORDS.matcher(text);
            while (m.find()) {
                out.add(m.group());
            }
        }
        return out;
    }

    private static boolean same(AbstractDelta<String> a, AbstractDelta<String> b) {
        return a.getSource().getPosition() == b.getSource().getPosition() && a.getSource().size() == b.getSource().size()
                && a.getTarget().getLines().equals(b.getTarget().getLines());
    }

    /** Two changes of the base that overlap or meet (sorted by where they start). */
    private static boolean touch(AbstractDelta<String> first, AbstractDelta<String> second) {
        int end = first.getSource().getPosition() + first.getSource().size();
        return second.getSource().getPosition() <= end;
    }
}
