package io.reelbase.app.ui;

import io.reelbase.app.feature.audit.AuditView;
import io.reelbase.app.feature.library.LibraryView;
import io.reelbase.app.feature.lifecycle.LifecycleView;
import io.reelbase.app.feature.monitor.MonitorView;
import io.reelbase.app.feature.people.PeopleView;
import io.reelbase.app.feature.sources.SourcesView;
import io.reelbase.app.feature.workflows.WorkflowsView;
import io.reelbase.core.user.Permission;
import io.reelbase.core.user.SignedIn;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main window's content: the menus, one tab per screen and the status bar. A screen listens and loads
 * only while its tab is shown; job notifications reach the others when they are shown next.
 */
public final class MainWindow {
    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);

    /** A screen in a tab: shown (activate) and hidden (deactivate). */
    interface Screen {
        void activate();

        void deactivate();
    }

    private final BorderPane root = new BorderPane();
    private final WindowParts parts;
    private final LibraryView library;
    private final TabPane tabs = new TabPane();
    private final StatusBar status;
    private final DialogService dialogs;
    private Screen shown;
    private AutoCloseable jobEvents;

    public MainWindow(WindowParts parts, TaskRunner runner, DialogService dialogs) {
        this.parts = parts;
        this.dialogs = dialogs;
        this.library = new LibraryView(parts.library(), parts.pictures());
        library.setOnExportSelection(() -> parts.exports().exportSelection(parts.library().selection().ids()));
        MonitorView monitor = new MonitorView(parts.monitor());
        WorkflowsView workflows = new WorkflowsView(parts.workflows());
        SourcesView sources = new SourcesView(parts.sources(), dialogs);
        status = new StatusBar(runner);
        status.setConnection(parts.info().connectionSummary());
        root.setTop(new MainMenus(this, parts, dialogs, runner).bar());
        tabs.getTabs().addAll(tab("Library", "tab-library", library.node(), library::activate, library::deactivate),
                tab("Workflow Monitor", "tab-monitor", monitor.node(), monitor::activate, monitor::deactivate),
                tab("Workflows", "tab-workflows", workflows.node(), workflows::activate, workflows::deactivate),
                tab("Watch Folders", "tab-sources", sources.node(), sources::activate, sources::deactivate));
        // Screens a role lacks are not shown at all (the database would refuse what they read or change).
        SignedIn me = parts.info().signedIn();
        if (me.may(Permission.READ_AUDIT)) {
            AuditView audit = new AuditView(parts.audit());
            tabs.getTabs().add(tab("Audit Trail", "tab-audit", audit.node(), audit::activate, audit::deactivate));
        }
        if (me.may(Permission.MANAGE_LIFECYCLE)) {
            LifecycleView lifecycle = new LifecycleView(parts.lifecycle());
            tabs.getTabs().add(tab("Lifecycle", "tab-lifecycle", lifecycle.node(), lifecycle::activate, lifecycle::deactivate));
        }
        if (me.may(Permission.MANAGE_PEOPLE)) {
            PeopleView people = new PeopleView(parts.people());
            tabs.getTabs().add(tab("People", "tab-people", people.node(), people::activate, people::deactivate));
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> show(now));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
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
                importPaths(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private static Tab tab(String name, String id, Node content, Runnable activate, Runnable deactivate) {
        Tab tab = new Tab(name, content);
        tab.setId(id);
        tab.setUserData(new Screen() {
            @Override
            public void activate() {
                activate.run();
            }

            @Override
            public void deactivate() {
                deactivate.run();
            }
        });
        return tab;
    }

    private void show(Tab tab) {
        if (shown != null) {
            shown.deactivate();
        }
        shown = tab == null ? null : (Screen) tab.getUserData();
        if (shown != null) {
            shown.activate();
        }
    }

    /** Imports files and folders in the background, with progress in the status bar and a report at the end. */
    public void importPaths(List<Path> paths) {
        if (!parts.info().signedIn().may(Permission.INGEST)) {
            dialogs.showError("Import", Permission.INGEST.needs(), "Ask an admin to give you the Editor role.");
            return;
        }
        parts.imports().importPaths(paths, this::refresh);
    }

    /** Exports the selected assets to {@code target} (JSON for a .json name, else CSV) in the background. */
    public void exportSelectionTo(Path target) {
        parts.exports().exportSelectionTo(parts.library().selection().ids(), target);
    }

    /** Exports the library's current list to {@code target} in the background. */
    public void exportTo(Path target) {
        parts.exports().exportTo(parts.library().currentFilter(), target);
    }

    /** Reloads the library (when it is hidden: once it is shown), the monitor if it is shown, and the processing line. */
    void refresh() {
        library.refresh();
        if (tabs.getSelectionModel().getSelectedIndex() == 1) {
            parts.monitor().refresh();
        }
        parts.processing().refresh();
    }

    void selectTab(int index) {
        tabs.getSelectionModel().select(index);
    }

    /** Call once the window is showing: the screen on top starts, and job notifications are followed. */
    public void activate() {
        status.follow(parts.processing().summaryProperty());
        show(tabs.getSelectionModel().getSelectedItem());
        parts.processing().refresh();
        jobEvents = parts.info().listenToJobs(changes -> UiThread.run(this::refresh));
    }

    public void deactivate() {
        show(null);
        if (jobEvents != null) {
            try {
                jobEvents.close();
            } catch (Exception e) {
                LOG.warn("Could not stop listening to job changes", e);
            }
            jobEvents = null;
        }
    }

    public Parent node() {
        return root;
    }

    TabPane tabs() {
        return tabs;
    }

    WindowParts parts() {
        return parts;
    }
}
