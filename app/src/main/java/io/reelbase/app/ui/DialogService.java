package io.reelbase.app.ui;

/** Messages and questions to the person, behind an interface so view-models are testable without windows. */
public interface DialogService {
    void showError(String title, String message, String advice);

    void showInformation(String title, String header, String text);

    /** An error the person can try again after fixing its cause; true for "Try Again". */
    boolean askRetry(String title, String message, String advice);

    /** Returns true for the confirming choice. */
    boolean confirm(String title, String question, String confirmLabel, String cancelLabel);
}
