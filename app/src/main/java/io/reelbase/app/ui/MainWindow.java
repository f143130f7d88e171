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
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;

/** The main window's content: menus, the library screen, the status bar. */
public final class MainWindow {
    private final BorderPane root = new BorderPane();
    private final AppContext context;
    private final DialogService dialogs;
    private final LibraryView library;

    public MainWindow(AppContext context, TaskRunner runner, DialogService dialogs) {
        this.context = context;
        this.dialogs = dialogs;
        this.library = new LibraryView(context.library());
        StatusBar status = new StatusBar(runner);
        status.setConnection(context.connectionSummary());
        root.setTop(menus());
        root.setCenter(library.node());
        root.setBottom(status.node());
        root.getStyleClass().add("main-window");
    }

    private MenuBar menus() {
        MenuItem dbInfo = new MenuItem("Database Information…");
        dbInfo.setOnAction(e -> showDatabaseInfo());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> Platform.exit());
        Menu file = new Menu("_File", null, dbInfo, new SeparatorMenuItem(), quit);

        MenuItem refresh = new MenuItem("Refresh");
        refresh.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        refresh.setOnAction(e -> context.library().refresh());
        Menu view = new Menu("_View", null, refresh);

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
    }

    public void deactivate() {
        library.deactivate();
    }

    public Parent node() {
        return root;
    }
}
