package io.reelbase.app.ui;

/** What the window tells about itself: where the catalogue is, its schema, the versions in use. */
public interface AppInfo {
    /** Who the window is logged in as, and their role (what it offers follows it; the database enforces it). */
    io.reelbase.core.user.SignedIn signedIn();

    /** One line for the status bar. */
    String connectionSummary();

    /** The connection, server and migrations, as text (reads the database: call it in the background). */
    String databaseReport();

    /** Reelbase, Java, JavaFX and FFmpeg versions and the catalogue, as text (loads FFmpeg: call it in the background). */
    String aboutReport();

    /** Calls back (on a background thread) when jobs change, at most twice a second, until closed. */
    AutoCloseable listenToJobs(java.util.function.IntConsumer onChanges);
}
