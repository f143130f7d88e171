package io.reelbase.app.ui;

import javafx.application.Platform;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import io.reelbase.core.user.Permission;
import io.reelbase.core.user.SignedIn;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The main window's menus: File (import, export, database), View (refresh, monitor, theme, pause), Help. */
final class MainMenus {
    private final MenuBar bar;

    private final BackgroundTasks tasks;
    private final DialogService dialogs;

    MainMenus(MainWindow window, WindowParts parts, DialogService dialogs, BackgroundTasks tasks) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        MenuItem importFiles = new MenuItem("Import Files\u2026");
        importFiles.setAccelerator(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
        importFiles.setOnAction(e -> parts.imports().chooseFiles(window::refresh));
        MenuItem importFolder = new MenuItem("Import Folder\u2026");
        importFolder.setOnAction(e -> parts.imports().chooseFolder(window::refresh));
        MenuItem export = new MenuItem("Export This List\u2026");
        export.setOnAction(e -> parts.exports().exportList(parts.library().currentFilter()));
        MenuItem takeList = new MenuItem("Take This List Offline\u2026");
        takeList.setOnAction(e -> parts.library().workingSets().takeList(parts.library().currentFilter(),
                parts.library().sectionProperty().get().label()));
        MenuItem takeSelection = new MenuItem("Take Selection Offline\u2026");
        takeSelection.setOnAction(e -> parts.library().workingSets().takeSelection(parts.library().selection().ids()));
        SignedIn me = parts.info().signedIn();
        notOffered(me, Permission.INGEST, importFiles, importFolder);
        notOffered(me, Permission.TAKE_OFFLINE, takeList, takeSelection);
        boolean canTake = parts.library().workingSets().canTake();
        takeList.setVisible(canTake);
        takeSelection.setVisible(canTake);
        MenuItem dbInfo = new MenuItem("Database Information\u2026");
        dbInfo.setOnAction(e -> report("Reading database information", "Database", parts.info().connectionSummary(),
                "Cannot read the database information", p -> parts.info().databaseReport()));
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> Platform.exit());
        Menu file = new Menu("_File", null, importFiles, importFolder, new SeparatorMenuItem(), export, takeList, takeSelection, new SeparatorMenuItem(),
                dbInfo, new SeparatorMenuItem(), quit);

        MenuItem refresh = new MenuItem("Refresh");
        refresh.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        refresh.setOnAction(e -> window.refresh());
        MenuItem showMonitor = new MenuItem("Workflow Monitor");
        showMonitor.setAccelerator(new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN));
        showMonitor.setOnAction(e -> window.selectTab(1));
        CheckMenuItem dark = new CheckMenuItem("Dark Theme");
        dark.setId("menu-dark-theme");
        dark.setSelected(Theme.prefersDark());
        dark.setOnAction(e -> {
            if (window.node().getScene() != null) {
                Theme.apply(window.node().getScene(), dark.isSelected());
            }
        });
        Menu view = new Menu("_View", null, refresh, showMonitor, new SeparatorMenuItem(), dark);
        if (parts.processing().hasWorkers()) {
            CheckMenuItem pause = new CheckMenuItem("Pause Processing");
            pause.setOnAction(e -> parts.processing().pause(pause.isSelected()));
            view.getItems().addAll(new SeparatorMenuItem(), pause);
        }

        MenuItem about = new MenuItem("About Reelbase");
        about.setOnAction(e -> report("Loading FFmpeg", "About Reelbase", "Reelbase " + io.reelbase.app.BuildInfo.version(),
                "Cannot load FFmpeg", p -> parts.info().aboutReport()));
        Menu help = new Menu("_Help", null, about);
        bar = new MenuBar(file, view, help);
        bar.setId("main-menu");
    }

    /** Reads a report in the background, then shows it. */
    private void report(String task, String title, String header, String failure, BackgroundTasks.Work<String> text) {
        tasks.submit(task, text, t -> dialogs.showInformation(title, header, t), error -> dialogs.showProblem(failure, error));
    }

    MenuBar bar() {
        return bar;
    }

    /** A menu item the person's role lacks stays in its place, disabled, saying which role has it. */
    private static void notOffered(SignedIn me, Permission p, MenuItem... items) {
        if (!me.may(p)) {
            for (MenuItem i : items) {
                i.setDisable(true);
                i.setText(i.getText() + "  \u2014 " + p.needs());
            }
        }
    }
}
