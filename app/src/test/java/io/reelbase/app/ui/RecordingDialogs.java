package io.reelbase.app.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** A dialog service that records what would have been shown and gives the answers a test set up. */
public final class RecordingDialogs implements DialogService {
    public final List<String> shown = new CopyOnWriteArrayList<>();
    /** Answers to the next text questions, in order; none left: cancelled. */
    public final Deque<String> texts = new ArrayDeque<>();
    /** Answers to the next confirmations, in order; none left: cancelled. */
    public final Deque<Boolean> confirmations = new ArrayDeque<>();
    /** The next file chosen to save to; null: cancelled. */
    public Path saveTo;

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
        return Boolean.TRUE.equals(confirmations.poll());
    }

    @Override
    public Optional<char[]> askPassword(String title, String question) {
        shown.add("password: " + title + ": " + question);
        return Optional.ofNullable(texts.poll()).map(String::toCharArray);
    }

    @Override
    public Optional<String> askText(String title, String question, String initial) {
        shown.add("ask: " + title + ": " + question);
        return Optional.ofNullable(texts.poll()).map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public List<Path> chooseFilesToOpen(String title) {
        shown.add("open: " + title);
        return List.of();
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        shown.add("folder: " + title);
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, List<String> extensions) {
        shown.add("save: " + title);
        return Optional.ofNullable(saveTo);
    }
}
