package io.reelbase.app.ui;

import io.reelbase.core.ReelbaseException;

/** What went wrong, in the words shown to the person: a Reelbase message with its advice, or the rule that refused. */
public final class Problems {
    private Problems() {
    }

    public static String describe(Throwable error) {
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
        return error.getMessage() + " (the log has the details)";
    }
}
