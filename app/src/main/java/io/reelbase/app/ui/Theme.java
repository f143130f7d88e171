package io.reelbase.app.ui;

/** The application's stylesheet. */
public final class Theme {
    private Theme() {
    }

    public static String stylesheet() {
        return Theme.class.getResource("reelbase.css").toExternalForm();
    }
}
