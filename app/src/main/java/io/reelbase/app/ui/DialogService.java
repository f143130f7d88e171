package io.reelbase.app.ui;

/** Messages and questions to the person, behind an interface so view-models are testable without windows. */
public interface DialogService {
    void showError(String title, String message, String advice);

    void showInformation(String title, String header, String text);

    /** An error the person can try again after fixing its cause; true for "Try Again". */
    boolean askRetry(String title, String message, String advice);

    /** Returns true for the confirming choice. */
    boolean confirm(String title, String question, String confirmLabel, String cancelLabel);

    /** A password, typed hidden (never stored by Reelbase); empty when cancelled. */
    java.util.Optional<char[]> askPassword(String title, String question);

    /** A line of text from the person (a name), stripped; empty when cancelled or left blank. */
    java.util.Optional<String> askText(String title, String question, String initial);

    /** Files to open; empty when cancelled. */
    java.util.List<java.nio.file.Path> chooseFilesToOpen(String title);

    /** A folder; empty when cancelled. */
    java.util.Optional<java.nio.file.Path> chooseFolder(String title);

    /** What went wrong with {@code title}: a Reelbase message with its advice, else the error's own words. */
    default void showProblem(String title, Throwable error) {
        if (error instanceof io.reelbase.core.ReelbaseException re) {
            showError(title, re.getMessage(), re.advice());
        } else {
            showError(title, String.valueOf(error.getMessage()), "The log has the details.");
        }
    }

    /** Where to save, offering files ending in each of {@code extensions} ("csv", "json"); empty when cancelled. */
    java.util.Optional<java.nio.file.Path> chooseFileToSave(String title, String initialName, java.util.List<String> extensions);
}
