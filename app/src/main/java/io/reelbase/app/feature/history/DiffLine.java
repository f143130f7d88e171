package io.reelbase.app.feature.history;

import io.reelbase.core.merge.FieldChange;
import io.reelbase.core.merge.WordDiff;
import java.util.List;
import java.util.Locale;

/**
 * One line of the field-level diff: the field, added / removed / changed, before and after, and for the
 * description the words that changed.
 */
public record DiffLine(String field, FieldChange.Kind kind, String before, String after, List<WordDiff.Piece> words) {

    static DiffLine of(FieldChange c) {
        String label = c.describe();
        label = label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
        List<WordDiff.Piece> words = c.field() == io.reelbase.core.merge.Clash.Field.DESCRIPTION
                ? WordDiff.between(text(c.before()), text(c.after())) : List.of();
        return new DiffLine(label, c.kind(), text(c.before()), text(c.after()), words);
    }

    private static String text(Object v) {
        return v == null ? "" : String.valueOf(v);
    }

    /** "added", "removed", "changed". */
    public String change() {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
