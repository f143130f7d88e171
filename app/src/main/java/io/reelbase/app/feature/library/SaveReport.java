package io.reelbase.app.feature.library;

import io.reelbase.core.asset.Asset;
import java.util.List;
import java.util.Locale;

/** The sentence the form shows after a save or an undo. */
final class SaveReport {
    private SaveReport() {
    }

    /** {@code verb} for several ("Saved"); {@code oneSaved} for one, a format taking its new version. */
    static String of(String verb, String oneSaved, EditSaving.Outcome o) {
        StringBuilder m = new StringBuilder();
        List<Asset> saved = o.saved();
        if (saved.size() == 1 && o.theirs().isEmpty() && o.failed().isEmpty()) {
            m.append(String.format(Locale.ROOT, oneSaved, saved.get(0).version()));
        } else if (!saved.isEmpty()) {
            m.append(String.format(Locale.ROOT, "%s: %d asset%s, each as a new version.", verb, saved.size(), saved.size() == 1 ? "" : "s"));
        }
        if (!o.merged().isEmpty()) {
            space(m).append(merged(o.merged()));
        }
        if (!o.conflicts().isEmpty()) {
            List<String> titles = o.theirs().stream().map(Asset::title).toList();
            java.util.Set<String> fields = new java.util.LinkedHashSet<>();
            o.conflicts().forEach(c -> c.merge().clashes().forEach(x -> fields.add(x.describe())));
            space(m).append(titles.size() == 1 ? "\u201c" + titles.get(0) + "\u201d was"
                            : titles.size() + " assets (" + String.join(", ", titles) + ") were")
                    .append(" changed by someone else since you opened ").append(titles.size() == 1 ? "it" : "them")
                    .append(fields.isEmpty() ? "" : ", in the same fields as you (" + String.join(", ", fields) + ")")
                    .append(fields.isEmpty() ? ": not saved. Your changes are still in the form; look at the current version and save again."
                            : ": not saved yet. Choose between the two in the conflict window; your changes stay in the form until then.");
        }
        if (!o.failed().isEmpty()) {
            space(m).append("Not saved: ").append(String.join("; ", o.failed())).append('.');
        }
        return m.toString();
    }

    /** Automatic merges are never invisible: what was kept of the other side's version. */
    private static String merged(List<io.reelbase.core.edit.EditOutcome.Merged> merged) {
        if (merged.size() == 1) {
            var x = merged.get(0);
            return x.keptFromTheirs().equals("no change")
                    ? "Merged with version " + x.theirsVersion() + " (saved meanwhile by " + x.theirsAuthor() + ")."
                    : "Also kept what " + x.theirsAuthor() + " saved meanwhile (version " + x.theirsVersion() + "): "
                    + x.keptFromTheirs() + ".";
        }
        return merged.size() + " of them were merged with versions others saved meanwhile; their changes were kept too.";
    }

    /** Newer versions of {@code mine} (as the person opened them) arrived while the person was typing. */
    static String newerWhileEditing(List<Asset> mine) {
        String who = mine.size() == 1 ? "\u201c" + mine.get(0).title() + "\u201d was"
                : mine.size() + " of the selected assets were";
        return who + " changed by someone else while you were editing. Your changes are kept in the form; saving merges"
                + " them with theirs and never overwrites a field you both changed (Discard shows their version).";
    }

    private static StringBuilder space(StringBuilder m) {
        return m.length() > 0 ? m.append(' ') : m;
    }
}
