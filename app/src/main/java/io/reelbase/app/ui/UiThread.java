package io.reelbase.app.ui;

import javafx.application.Platform;

/** The one way back onto the JavaFX application thread. */
public final class UiThread {
    private UiThread() {
    }

    /** Runs on the FX thread after what it is doing now (to gather requests made during one pulse). */
    public static void later(Runnable action) {
        Platform.runLater(action);
    }

    /** Runs now if already on the FX thread, else soon on it. */
    public static void run(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    public static void requireFxThread() {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("must run on the JavaFX application thread, not " + Thread.currentThread().getName());
        }
    }
}
