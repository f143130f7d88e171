package io.reelbase.app.ui;

import io.reelbase.app.AppContext;
import io.reelbase.persistence.Database;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;

/** The main window on a real catalogue, shown on TestFX's headless stage (1280x800), and its tidy-up. */
final class ShownWindow implements AutoCloseable {
    final TaskRunner runner;
    final AppContext context;
    final Stage stage;
    final MainWindow window;

    private ShownWindow(TaskRunner runner, AppContext context, Stage stage, MainWindow window) {
        this.runner = runner;
        this.context = context;
        this.stage = stage;
        this.window = window;
    }

    static ShownWindow open(Database db, DialogService dialogs) throws Exception {
        return open(db, dialogs, null);
    }

    /** With {@code dataHome}: this computer's data directory (where Take Offline copies to); no processing. */
    static ShownWindow open(Database db, DialogService dialogs, java.nio.file.Path dataHome) throws Exception {
        TaskRunner runner = new TaskRunner(2);
        AppContext context = new AppContext(db, runner, dialogs, dataHome, 0);
        Stage stage = FxToolkit.registerPrimaryStage();
        MainWindow[] window = new MainWindow[1];
        FxToolkit.setupStage(s -> {
            window[0] = new MainWindow(context.windowParts(), runner, dialogs);
            Scene scene = new Scene(window[0].node(), 1280, 800);
            scene.getStylesheets().add(Theme.stylesheet());
            s.setScene(scene);
            s.show();
            window[0].activate();
        });
        return new ShownWindow(runner, context, stage, window[0]);
    }

    @Override
    public void close() throws Exception {
        FxToolkit.cleanupStages();
        runner.close();
        context.close();
    }
}
