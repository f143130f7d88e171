package io.reelbase.core.merge;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/**
 * Two texts as one run of pieces, word by word: kept, removed (only in the first) and added (only in the
 * second), so a screen can show a long text with the changed words marked.
 */
public final class WordDiff {
    /** A run of text and whether it is in both texts, only the old one, or only the new one. */
    public record Piece(Kind kind, String text) {
    }

    public enum Kind { KEPT, REMOVED, ADDED }

    private WordDiff() {
    }

    public static List<Piece> between(String before, String after) {
        List<String> a = TextMerge.tokens(before == null ? "" : before, false);
        List<String> b = TextMerge.tokens(after == null ? "" : after, false);
        List<Piece> out = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
            int from = d.getSource().getPosition();
            add(out, Kind.KEPT, a.subList(at, from));
            add(out, Kind.REMOVED, d.getSource().getLines());
            add(out, Kind.ADDED, d.getTarget().getLines());
            at = from + d.getSource().size();
        }
        add(out, Kind.KEPT, a.subList(at, a.size()));
        return out;
    }

    private static void add(List<Piece> out, Kind kind, List<String> words) {
        if (!words.isEmpty()) {
            out.add(new Piece(kind, String.join("", words)));
        }
    }
}
