package io.reelbase.app.ui;

import io.reelbase.app.AppContext;
import io.reelbase.app.BuildInfo;
import io.reelbase.app.feature.library.LibraryView;
import io.reelbase.core.ReelbaseException;
import io.reelbase.core.media.MediaLibraryInfo;
import io.reelbase.media.FfmpegLibrary;
import io.reelbase.persistence.DatabaseInfo;
import javafx.application.Platform;
import javafx.scene.Parent;
import io.reelbase.core.ingest.IngestOutcome;
import io.reelbase.core.ingest.IngestReport;
import io.reelbase.core.job.JobStatus;
import io.reelbase.persistence.queue.JobNotifications;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.DirectoryChooser;
import javafx.scene.control.TabPane;
import javafx.stage.FileChooser;

/** The main window's content: menus, the library screen, the status bar. */
public final class MainWindow {
    private final BorderPane root = new BorderPane();
    private final AppContext context;
    private final DialogService dialogs;
    private final LibraryView library;
    private final io.reelbase.app.feature.monitor.MonitorView monitor;
    private final io.reelbase.app.feature.workflows.WorkflowsView workflows;
    private final io.reelbase.app.feature.sources.SourcesView sources;
    private final javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane();
    private final StatusBar status;
    private JobNotifications jobEvents;

    public MainWindow(AppContext context, TaskRunner runner, DialogService dialogs) {
        this.context = context;
        this.dialogs = dialogs;
        this.library = new LibraryView(context.library(), context.pictures());
        library.setOnExportSelection(this::exportSelection);
        this.monitor = new io.reelbase.app.feature.monitor.MonitorView(context.monitor());
        this.workflows = new io.reelbase.app.feature.workflows.WorkflowsView(context.workflows());
        this.sources = new io.reelbase.app.feature.sources.SourcesView(context.sources());
        status = new StatusBar(runner);
        status.setConnection(context.connectionSummary());
        root.setTop(menus());
        javafx.scene.control.Tab libraryTab = new javafx.scene.control.Tab("Library", library.node());
        javafx.scene.control.Tab monitorTab = new javafx.scene.control.Tab("Workflow Monitor", monitor.node());
        javafx.scene.control.Tab workflowsTab = new javafx.scene.control.Tab("Workflows", workflows.node());
        libraryTab.setId("tab-library");
        monitorTab.setId("tab-monitor");
        workflowsTab.setId("tab-workflows");
        javafx.scene.control.Tab sourcesTab = new javafx.scene.control.Tab("Watch Folders", sources.node());
        sourcesTab.setId("tab-sources");
        tabs.getTabs().addAll(libraryTab, monitorTab, workflowsTab, sourcesTab);
        // Settings screens show what is in the database now (a sync or another admin may have changed it).
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, tab) -> {
            if (tab == sourcesTab) {
                context.sources().load();
            } else if (tab == workflowsTab) {
                context.workflows().load();
            }
        });
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setCenter(tabs);
        root.setBottom(status.node());
        root.getStyleClass().add("main-window");
        // Files and folders dropped anywhere on the window are imported.
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                importPaths(e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /** Imports files and folders in the background, with progress in the status bar and a report at the end. */
    public void importPaths(List<Path> paths) {
        if (paths.isEmpty()) {
            return;
        }
        String what = paths.size() == 1 ? paths.get(0).getFileName().toString() : paths.size() + " items";
        context.tasks().<IngestReport>submit("Importing " + what, p -> context.ingest(paths, p),
                report -> {
                    library.refresh();
                    refreshProcessing();
                    StringBuilder details = new StringBuilder();
                    for (IngestOutcome o : report.outcomes()) {
                        if (o.kind() != IngestOutcome.Kind.ADDED) {
                            details.append(o.kind()).append("  ").append(o.file()).append(": ").append(o.message()).append('\n');
                        }
                    }
                    dialogs.showInformation("Import", String.format(java.util.Locale.ROOT,
                            "%d added, %d already in the catalogue, %d skipped, %d failed%s",
                            report.count(IngestOutcome.Kind.ADDED), report.count(IngestOutcome.Kind.DUPLICATE),
                            report.count(IngestOutcome.Kind.SKIPPED), report.count(IngestOutcome.Kind.FAILED),
                            report.cancelled() ? " (cancelled)" : ""),
                            details.length() == 0 ? "Every file was added and queued for processing." : details.toString());
                },
                error -> showProblem("The import stopped", error));
    }

    /** Writes the metadata of the assets selected in the library to CSV or JSON. */
    private void exportSelection() {
        int chosen = context.library().selection().size();
        if (chosen == 0) {
            return;
        }
        askExportFile("Export the metadata of the " + chosen + " selected asset(s)", "reelbase-selection.csv")
                .ifPresent(this::exportSelectionTo);
    }

    /** Where to write an export: CSV or JSON, chosen by the person. */
    private java.util.Optional<Path> askExportFile(String title, String initialName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV", "*.csv"),
                new FileChooser.ExtensionFilter("JSON", "*.json"));
        chooser.setInitialFileName(initialName);
        return java.util.Optional.ofNullable(chooser.showSaveDialog(root.getScene().getWindow())).map(java.io.File::toPath);
    }

    /** Exports the selected assets to {@code target} (JSON for a .json name, else CSV) in the background. */
    public void exportSelectionTo(Path target) {
        List<java.util.UUID> ids = context.library().selection().ids();
        write(target, p -> context.assets(ids));
    }

    /** Writes the metadata of every asset in the library's current list (section and search) to CSV or JSON. */
    private void exportList() {
        askExportFile("Export the metadata of this list", "reelbase-export.csv").ifPresent(this::exportTo);
    }

    /** Exports the current list to {@code target} (JSON for a .json name, else CSV) in the background. */
    public void exportTo(Path target) {
        var filter = context.library().currentFilter();
        write(target, p -> context.allMatching(filter, p));
    }

    private void write(Path target, BackgroundTasks.Work<List<io.reelbase.core.asset.Asset>> which) {
        boolean json = target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
        context.tasks().<Integer>submit("Exporting to " + target.getFileName(), p -> {
            var assets = which.run(p);
            try (java.io.Writer w = java.nio.file.Files.newBufferedWriter(target, java.nio.charset.StandardCharsets.UTF_8)) {
                if (json) {
                    io.reelbase.app.feature.export.MetadataExport.json(assets, w);
                } else {
                    io.reelbase.app.feature.export.MetadataExport.csv(assets, w);
                }
            }
            return assets.size();
        }, n -> dialogs.showInformation("Export", n + " asset(s) written", target.toString()),
                error -> showProblem("The export failed", error));
    }

    private void refreshProcessing() {
        context.tasks().<Map<JobStatus, Long>>submit("Reading the queue", p -> context.jobCounts(),
                counts -> status.setProcessing(describe(counts, context.workers().map(w -> w.isPaused()).orElse(false))),
                error -> status.setProcessing("Processing: unknown (" + error.getMessage() + ")"));
    }

    static String describe(Map<JobStatus, Long> counts, boolean paused) {
        long queued = counts.getOrDefault(JobStatus.QUEUED, 0L) + counts.getOrDefault(JobStatus.RETRYING, 0L);
        long running = counts.getOrDefault(JobStatus.PROCESSING, 0L);
        long failed = counts.getOrDefault(JobStatus.FAILED, 0L);
        List<String> parts = new java.util.ArrayList<>();
        if (queued > 0) {
            parts.add(queued + " queued");
        }
        if (running > 0) {
            parts.add(running + " running");
        }
        if (failed > 0) {
            parts.add(failed + " failed");
        }
        String text = parts.isEmpty() ? "Processing: idle" : "Processing: " + String.join(" · ", parts);
        return paused ? text + " (paused)" : text;
    }

    private MenuBar menus() {
        MenuItem importFiles = new MenuItem("Import Files…");
        importFiles.setAccelerator(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
        importFiles.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Import files");
            List<java.io.File> chosen = chooser.showOpenMultipleDialog(root.getScene().getWindow());
            if (chosen != null) {
                importPaths(chosen.stream().map(java.io.File::toPath).toList());
            }
        });
        MenuItem importFolder = new MenuItem("Import Folder…");
        importFolder.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Import a folder and everything in it");
            java.io.File chosen = chooser.showDialog(root.getScene().getWindow());
            if (chosen != null) {
                importPaths(List.of(chosen.toPath()));
            }
        });
        MenuItem export = new MenuItem("Export This List…");
        export.setOnAction(e -> exportList());
        MenuItem dbInfo = new MenuItem("Database Information…");
        dbInfo.setOnAction(e -> showDatabaseInfo());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> Platform.exit());
        Menu file = new Menu("_File", null, importFiles, importFolder, new SeparatorMenuItem(), export, new SeparatorMenuItem(),
                dbInfo, new SeparatorMenuItem(), quit);

        MenuItem refresh = new MenuItem("Refresh");
        refresh.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        refresh.setOnAction(e -> {
            library.refresh();
            context.monitor().refresh();
            refreshProcessing();
        });
        MenuItem showMonitor = new MenuItem("Workflow Monitor");
        showMonitor.setAccelerator(new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN));
        showMonitor.setOnAction(e -> tabs.getSelectionModel().select(1));
        CheckMenuItem dark = new CheckMenuItem("Dark Theme");
        dark.setId("menu-dark-theme");
        dark.setSelected(Theme.prefersDark());
        dark.setOnAction(e -> {
            if (root.getScene() != null) {
                Theme.apply(root.getScene(), dark.isSelected());
            }
        });
        Menu view = new Menu("_View", null, refresh, showMonitor, new SeparatorMenuItem(), dark);
        context.workers().ifPresent(pool -> {
            CheckMenuItem pause = new CheckMenuItem("Pause Processing");
            pause.setOnAction(e -> {
                if (pause.isSelected()) {
                    pool.pause();
                } else {
                    pool.resume();
                }
                refreshProcessing();
            });
            view.getItems().addAll(new SeparatorMenuItem(), pause);
        });

        MenuItem about = new MenuItem("About Reelbase");
        about.setOnAction(e -> showAbout());
        Menu help = new Menu("_Help", null, about);

        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("main-menu");
        return bar;
    }

    private void showDatabaseInfo() {
        context.tasks().<DatabaseInfo>submit("Reading database information", p -> context.databaseInfo(),
                info -> dialogs.showInformation("Database", context.connectionSummary(), format(info)),
                error -> showProblem("Cannot read the database information", error));
    }

    static String format(DatabaseInfo info) {
        StringBuilder sb = new StringBuilder();
        sb.append("JDBC URL:  ").append(info.jdbcUrl()).append('\n');
        sb.append("User:      ").append(info.user()).append('\n');
        sb.append("Server:    PostgreSQL ").append(info.serverVersion()).append('\n');
        if (info.dataDirectory() != null) {
            sb.append("Data:      ").append(info.dataDirectory()).append('\n');
        }
        sb.append("Schema:    ").append(info.applied()).append(" migrations applied, ").append(info.pending()).append(" pending\n\n");
        for (DatabaseInfo.Migration m : info.migrations()) {
            sb.append(String.format(java.util.Locale.ROOT, "  V%-3s %-28s %s%n", m.version(), m.description(), m.state()));
        }
        return sb.toString();
    }

    private void showAbout() {
        context.tasks().<MediaLibraryInfo>submit("Loading FFmpeg", p -> FfmpegLibrary.info(),
                ffmpeg -> dialogs.showInformation("About Reelbase", "Reelbase " + BuildInfo.version(),
                        "The desktop media asset manager.\n\n"
                                + "Java     " + System.getProperty("java.version") + "\n"
                                + "JavaFX   " + System.getProperty("javafx.runtime.version") + "\n"
                                + ffmpeg.describe() + "\n"
                                + "Catalogue  " + context.connectionSummary() + "\n"),
                error -> showProblem("Cannot load FFmpeg", error));
    }

    private void showProblem(String title, Throwable error) {
        if (error instanceof ReelbaseException re) {
            dialogs.showError(title, re.getMessage(), re.advice());
        } else {
            dialogs.showError(title, String.valueOf(error.getMessage()), "The log has the details.");
        }
    }

    /** Call once the window is showing. */
    public void activate() {
        library.activate();
        monitor.activate();
        workflows.activate();
        sources.activate();
        refreshProcessing();
        jobEvents = context.listenToJobs(changes -> UiThread.run(() -> {
            library.refresh();
            context.monitor().refresh();
            refreshProcessing();
        }));
    }

    public void deactivate() {
        library.deactivate();
        monitor.deactivate();
        workflows.deactivate();
        sources.deactivate();
        if (jobEvents != null) {
            jobEvents.close();
            jobEvents = null;
        }
    }

    public Parent node() {
        return root;
    }

    TabPane tabs() {
        return tabs;
    }

    AppContext context() {
        return context;
    }
}
