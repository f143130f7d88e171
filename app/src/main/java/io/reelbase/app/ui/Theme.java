package io.reelbase.app.ui;

import java.util.prefs.Preferences;
import javafx.scene.Scene;

/** The application's stylesheets: the light look, and a dark one on top of it; the choice is remembered. */
public final class Theme {
    private static final String DARK_KEY = "darkTheme";

    private Theme() {
    }

    public static String stylesheet() {
        return Theme.class.getResource("reelbase.css").toExternalForm();
    }

    public static String darkStylesheet() {
        return Theme.class.getResource("reelbase-dark.css").toExternalForm();
    }

    /** Whether the person chose the dark look last time (false where preferences cannot be read). */
    public static boolean prefersDark() {
        try {
            return Preferences.userNodeForPackage(Theme.class).getBoolean(DARK_KEY, false);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Switches the scene to the dark or light look, for now only. */
    public static void show(Scene scene, boolean dark) {
        scene.getStylesheets().remove(darkStylesheet());
        if (dark) {
            scene.getStylesheets().add(darkStylesheet());
        }
    }

    /** Switches the scene to the dark or light look and remembers the choice. */
    public static void apply(Scene scene, boolean dark) {
        show(scene, dark);
        try {
            Preferences.userNodeForPackage(Theme.class).putBoolean(DARK_KEY, dark);
        } catch (RuntimeException e) {
            // Not remembered; the look still changes for this session.
        }
    }
}
