package io.reelbase.app.feature.library;

import io.reelbase.core.ReelbaseException;

/** What went wrong, in the words shown to the person: a Reelbase message with its advice, or the rule that refused. */
final class Problems {
    private Problems() {
    }

    static String describe(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && !(t instanceof ReelbaseException)) {
            t = t.getCause();
        }
        if (t instanceof ReelbaseException re) {
            return re.describe();
        }
        if (t instanceof IllegalArgumentException || t instanceof IllegalStateException) {
            return t.getMessage();
        }
        return "Could not load the assets: " + error.getMessage();
    }
}
