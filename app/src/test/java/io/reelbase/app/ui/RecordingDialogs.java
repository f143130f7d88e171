package io.reelbase.app.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A dialog service that records what would have been shown. */
public final class RecordingDialogs implements DialogService {
    public final List<String> shown = new CopyOnWriteArrayList<>();

    @Override
    public void showError(String title, String message, String advice) {
        shown.add("error: " + title + ": " + message + " / " + advice);
    }

    @Override
    public void showInformation(String title, String header, String text) {
        shown.add("info: " + title + ": " + header + "\n" + text);
    }

    @Override
    public boolean askRetry(String title, String message, String advice) {
        shown.add("retry: " + title + ": " + message + " / " + advice);
        return false;
    }

    @Override
    public boolean confirm(String title, String question, String confirmLabel, String cancelLabel) {
        shown.add("confirm: " + title + ": " + question);
        return false;
    }
}
