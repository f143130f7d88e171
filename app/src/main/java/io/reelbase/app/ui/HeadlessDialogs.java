package io.reelbase.app.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Dialogs where nobody can answer (benchmarks, scripts): messages go to the log, questions are declined. */
public final class HeadlessDialogs implements DialogService {
    private static final Logger LOG = LoggerFactory.getLogger(HeadlessDialogs.class);

    @Override
    public void showError(String title, String message, String advice) {
        LOG.warn("{}: {} {}", title, message, advice);
    }

    @Override
    public void showInformation(String title, String header, String text) {
        LOG.info("{}: {}", title, header);
    }

    @Override
    public boolean askRetry(String title, String message, String advice) {
        LOG.warn("{}: {} {}", title, message, advice);
        return false;
    }

    @Override
    public boolean confirm(String title, String question, String confirmLabel, String cancelLabel) {
        return false;
    }

    @Override
    public Optional<String> askText(String title, String question, String initial) {
        return Optional.empty();
    }

    @Override
    public Optional<char[]> askPassword(String title, String question) {
        return Optional.empty();
    }

    @Override
    public List<Path> chooseFilesToOpen(String title) {
        return List.of();
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, List<String> extensions) {
        return Optional.empty();
    }
}
