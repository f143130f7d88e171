package io.reelbase.app;

import io.reelbase.app.feature.library.LibraryViewModel;
import io.reelbase.app.ui.BackgroundTasks;
import io.reelbase.persistence.Database;
import io.reelbase.persistence.DatabaseInfo;
import io.reelbase.persistence.DatabaseSettings;

/**
 * The composition root: builds every service by hand from the open database and hands each
 * screen only what it uses. No static singletons.
 */
public final class AppContext implements AutoCloseable {
    private final Database database;
    private final BackgroundTasks tasks;
    private final LibraryViewModel library;

    public AppContext(Database database, BackgroundTasks tasks) {
        this.database = database;
        this.tasks = tasks;
        this.library = new LibraryViewModel(database.catalog().assets(), tasks);
    }

    public LibraryViewModel library() {
        return library;
    }

    public BackgroundTasks tasks() {
        return tasks;
    }

    /** Reads the connection and schema facts (touches the database: run it as a background task). */
    public DatabaseInfo databaseInfo() {
        return database.info();
    }

    /** One line for the status bar. */
    public String connectionSummary() {
        DatabaseSettings s = database.settings();
        return s.mode() == DatabaseSettings.Mode.EMBEDDED
                ? "Embedded database · " + s.dataHome()
                : database.user() + " @ " + s.jdbcUrl().replaceFirst("^jdbc:postgresql://", "").replaceFirst("\\?.*$", "");
    }

    @Override
    public void close() {
        database.close();
    }
}
