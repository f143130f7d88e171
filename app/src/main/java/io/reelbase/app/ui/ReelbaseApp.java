package io.reelbase.app.ui;

import io.reelbase.app.AppContext;
import io.reelbase.app.BuildInfo;
import io.reelbase.app.feature.login.LoginView;
import io.reelbase.app.feature.login.LoginViewModel;
import io.reelbase.app.feature.login.ServerLogin;
import io.reelbase.core.ReelbaseException;
import io.reelbase.persistence.Database;
import io.reelbase.persistence.DatabaseSettings;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: shows the window at once, opens the catalogue in the background
 * (starting the embedded server and migrating if needed), then shows the library. If the
 * catalogue cannot be opened it says why and offers to try again.
 */
public final class ReelbaseApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(ReelbaseApp.class);
    /** Handed over from the launcher: JavaFX constructs the Application itself. */
    private static volatile DatabaseSettings pendingSettings;
    private static volatile java.nio.file.Path pendingDataHome;
    private static volatile java.nio.file.Path pendingScreenshots;
    private java.nio.file.Path dataHome;

    private DatabaseSettings settings;
    private TaskRunner runner;
    private AppContext context;
    private MainWindow window;
    private Stage stage;
    private final Label startupMessage = new Label();

    /** Opens the window on the given catalogue and returns when it is closed. */
    public static void launchWith(DatabaseSettings settings, java.nio.file.Path dataHome, java.nio.file.Path screenshots) {
        pendingSettings = Objects.requireNonNull(settings);
        pendingDataHome = Objects.requireNonNull(dataHome);
        pendingScreenshots = screenshots;
        Application.launch(ReelbaseApp.class);
    }

    @Override
    public void init() {
        settings = pendingSettings;
        dataHome = pendingDataHome;
        runner = new TaskRunner(Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors())));
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        stage.setTitle("Reelbase");
        stage.setScene(new Scene(startupView(), 1280, 800));
        stage.getScene().getStylesheets().add(Theme.stylesheet());
        if (Theme.prefersDark()) {
            stage.getScene().getStylesheets().add(Theme.darkStylesheet());
        }
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.show();
        if (settings.mode() == DatabaseSettings.Mode.SERVER && settings.password() == null) {
            showLogin(null);
        } else {
            openCatalogue();
        }
    }

    /**
     * The connection form, filled in from the command line (or, for the same server, the login last used there);
     * {@code why} says what went wrong with the last try.
     */
    private void showLogin(String why) {
        ConnectionMemory memory = new ConnectionMemory(dataHome);
        ServerLogin given = ServerLogin.of(settings.jdbcUrl(), settings.user());
        ServerLogin shown = memory.last().filter(m -> m.host().equals(given.host()) && m.database().equals(given.database())
                && settings.user() == null).orElse(given);
        LoginViewModel<io.reelbase.app.OpenCatalogue> login = new LoginViewModel<>(runner, l -> {
            DatabaseSettings tried = DatabaseSettings.server(l.jdbcUrl(), l.user(), l.password() == null ? null : new String(l.password()))
                    .withPoolSize(settings.poolSize());
            Database db = Database.open(tried);
            settings = tried;
            memory.remember(l);
            return io.reelbase.app.OpenCatalogue.of(db, dataHome);
        }, this::showLibrary);
        login.fill(shown, why);
        LoginView view = new LoginView(login, "Reelbase " + BuildInfo.version());
        stage.getScene().setRoot(view.node());
        view.focusPassword();
    }

    private VBox startupView() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        Label title = new Label("Reelbase " + BuildInfo.version());
        title.getStyleClass().add("startup-title");
        startupMessage.getStyleClass().add("muted");
        VBox box = new VBox(16, title, spinner, startupMessage);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("startup");
        return box;
    }

    private void openCatalogue() {
        startupMessage.setText("Opening " + settings.describe() + "…");
        runner.<io.reelbase.app.OpenCatalogue>submit("Opening the catalogue", progress -> {
                    progress.update(-1, settings.describe());
                    long t0 = System.nanoTime();
                    Database db = Database.open(settings);
                    LOG.info("Catalogue open in {} ms (server, schema check, mapping)", (System.nanoTime() - t0) / 1_000_000);
                    return io.reelbase.app.OpenCatalogue.of(db, dataHome);
                },
                this::showLibrary,
                this::cannotOpen);
    }



    private void showLibrary(io.reelbase.app.OpenCatalogue opened) {
        Database database = opened.database();
        FxDialogService dialogs = new FxDialogService(stage);
        context = new AppContext(database, runner, dialogs, dataHome, opened.proxies(), 2);
        window = new MainWindow(context.windowParts(), runner, dialogs);
        stage.getScene().setRoot(window.node());
        stage.setTitle("Reelbase — " + context.connectionSummary());
        window.activate();
        context.watchFolders().ifPresent(timer -> timer.start(window::refresh));
        context.lifecycleTimer().ifPresent(io.reelbase.app.feature.lifecycle.LifecycleTimer::start);
        reportWhenUsable();
        if (pendingScreenshots != null) {
            new ScreenRenderer(stage.getScene(), window, pendingScreenshots).start();
        }
    }

    /** Logs how long after the process started the library showed its first page (the start-up figure). */
    private void reportWhenUsable() {
        var library = context.library().list();
        javafx.beans.value.ChangeListener<Boolean> listener = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean loading) {
                if (!loading) {
                    library.loadingProperty().removeListener(this);
                    long started = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
                    LOG.info("Usable: the library showed {} assets {} ms after the process started",
                            library.rows().size(), System.currentTimeMillis() - started);
                }
            }
        };
        library.loadingProperty().addListener(listener);
    }

    private void cannotOpen(Throwable error) {
        ReelbaseException problem = error instanceof ReelbaseException re ? re
                : new ReelbaseException("Could not open the catalogue: " + error.getMessage(), "The log has the details.", error);
        LOG.error("Cannot open the catalogue", error);
        if (settings.mode() == DatabaseSettings.Mode.SERVER) {
            // On a team's server the person can fix what went wrong in the form: the password, the login, the address.
            showLogin(problem.describe());
            return;
        }
        startupMessage.setText(problem.getMessage());
        boolean retry = new FxDialogService(stage).askRetry("Cannot open the catalogue", problem.getMessage(), problem.advice());
        if (retry) {
            openCatalogue();
        } else {
            Platform.exit();
        }
    }

    @Override
    public void stop() {
        // The window is already gone: stopping the embedded server here blocks nobody.
        if (window != null) {
            window.deactivate();
        }
        if (context != null) {
            context.close();
        }
        runner.close();
    }
}
