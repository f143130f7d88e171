package io.reelbase.core.job;

import io.reelbase.core.media.TechnicalSummary;
import java.util.List;

/**
 * What to tell people about a file that processing could only partly read: the probe's finding ("the file ends
 * at 38% of its stated duration") first, then the optional steps that could not finish. Null when nothing is
 * wrong.
 */
final class Damage {
    private Damage() {
    }

    static String note(TechnicalSummary summary, List<String> unfinishedSteps) {
        StringBuilder note = new StringBuilder();
        if (summary != null && summary.damage() != null) {
            note.append(summary.damage());
        }
        for (String step : unfinishedSteps) {
            note.append(note.length() == 0 ? "" : "; ").append(step);
        }
        return note.length() == 0 ? null : note.toString();
    }
}
