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
        if (!o.theirs().isEmpty()) {
            List<String> titles = o.theirs().stream().map(Asset::title).toList();
            space(m).append(titles.size() == 1 ? "\u201c" + titles.get(0) + "\u201d was"
                            : titles.size() + " assets (" + String.join(", ", titles) + ") were")
                    .append(" changed by someone else since you opened ").append(titles.size() == 1 ? "it" : "them")
                    .append(": not saved. Your changes are still in the form; look at the current version and save again.");
        }
        if (!o.failed().isEmpty()) {
            space(m).append("Not saved: ").append(String.join("; ", o.failed())).append('.');
        }
        return m.toString();
    }

    /** Newer versions of {@code mine} (as the person opened them) arrived while the person was typing. */
    static String newerWhileEditing(List<Asset> mine) {
        String who = mine.size() == 1 ? "\u201c" + mine.get(0).title() + "\u201d was"
                : mine.size() + " of the selected assets were";
        return who + " changed by someone else while you were editing. Your changes are kept in the form; saving will"
                + " not overwrite theirs (Discard shows their version).";
    }

    private static StringBuilder space(StringBuilder m) {
        return m.length() > 0 ? m.append(' ') : m;
    }
}
