package io.reelbase.core;

/**
 * A failure a person can act on: {@link #getMessage()} says what happened and to what,
 * {@link #advice()} says what to do about it.
 */
public class ReelbaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String advice;

    public ReelbaseException(String message, String advice) {
        this(message, advice, null);
    }

    public ReelbaseException(String message, String advice, Throwable cause) {
        super(message, cause);
        this.advice = advice == null ? "" : advice;
    }

    /** What the person should do next; may be empty. */
    public String advice() {
        return advice;
    }

    /** Message and advice together, as shown in a dialog or printed by the command line. */
    public String describe() {
        return advice.isEmpty() ? getMessage() : getMessage() + "\n" + advice;
    }
}
