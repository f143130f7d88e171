package io.reelbase.app.feature.imports;

import io.reelbase.app.ui.BackgroundTasks;
import io.reelbase.app.ui.DialogService;
import io.reelbase.core.Progress;
import io.reelbase.core.ingest.IngestOutcome;
import io.reelbase.core.ingest.IngestReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Importing files and folders chosen or dropped by the person: in the background, with a report at the end. */
public final class ImportFiles {
    /** Adds files to the catalogue as this person. */
    @FunctionalInterface
    public interface Ingester {
        IngestReport ingest(List<Path> paths, Progress progress);
    }

    private final Ingester ingester;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;

    public ImportFiles(Ingester ingester, BackgroundTasks tasks, DialogService dialogs) {
        this.ingester = ingester;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    public void chooseFiles(Runnable then) {
        importPaths(dialogs.chooseFilesToOpen("Import files"), then);
    }

    public void chooseFolder(Runnable then) {
        dialogs.chooseFolder("Import a folder and everything in it").ifPresent(dir -> importPaths(List.of(dir), then));
    }

    /** Imports {@code paths}; {@code then} runs once they are in the catalogue (the screens reload). */
    public void importPaths(List<Path> paths, Runnable then) {
        if (paths.isEmpty()) {
            return;
        }
        String what = paths.size() == 1 ? paths.get(0).getFileName().toString() : paths.size() + " items";
        tasks.<IngestReport>submit("Importing " + what, p -> ingester.ingest(paths, p), report -> {
            then.run();
            dialogs.showInformation("Import", headline(report), details(report));
        }, error -> dialogs.showProblem("The import stopped", error));
    }

    static String headline(IngestReport report) {
        return String.format(Locale.ROOT, "%d added, %d already in the catalogue, %d skipped, %d failed%s",
                report.count(IngestOutcome.Kind.ADDED), report.count(IngestOutcome.Kind.DUPLICATE),
                report.count(IngestOutcome.Kind.SKIPPED), report.count(IngestOutcome.Kind.FAILED),
                report.cancelled() ? " (cancelled)" : "");
    }

    static String details(IngestReport report) {
        StringBuilder details = new StringBuilder();
        for (IngestOutcome o : report.outcomes()) {
            if (o.kind() != IngestOutcome.Kind.ADDED) {
                details.append(o.kind()).append("  ").append(o.file()).append(": ").append(o.message()).append('\n');
            }
        }
        return details.length() == 0 ? "Every file was added and queued for processing." : details.toString();
    }
}
