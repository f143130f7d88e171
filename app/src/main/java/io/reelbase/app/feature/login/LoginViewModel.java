package io.reelbase.app.feature.login;

import io.reelbase.app.ui.BackgroundTasks;
import io.reelbase.app.ui.Problems;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The connection form: filled in from the command line and what was remembered (never a password); Connect tries
 * the server in the background and either hands the open catalogue on or says what went wrong (wrong password,
 * disabled login, no access, server out of reach, a certificate that does not verify), keeping all but the password.
 *
 * @param <T> what a connection gives (the open catalogue)
 */
public final class LoginViewModel<T> {
    /** Opens the catalogue for a login (off the FX thread). */
    public interface Connector<T> {
        T connect(ServerLogin login) throws Exception;
    }

    private final BackgroundTasks tasks;
    private final Connector<T> connector;
    private final Consumer<T> onConnected;
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty("5432");
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty sslMode = new SimpleStringProperty("prefer");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public LoginViewModel(BackgroundTasks tasks, Connector<T> connector, Consumer<T> onConnected) {
        this.tasks = tasks;
        this.connector = connector;
        this.onConnected = onConnected;
    }

    /** Fills the form in ({@code why}: what happened last, e.g. the server's refusal), the password empty. */
    public void fill(ServerLogin from, String why) {
        host.set(from.host());
        port.set(String.valueOf(from.port()));
        database.set(from.database());
        user.set(from.user());
        sslMode.set(from.sslMode());
        password.set("");
        message.set(why == null ? "" : why);
    }

    public void connect() {
        if (busy.get()) {
            return;
        }
        ServerLogin login;
        char[] typed = password.get().toCharArray();
        password.set("");
        try {
            int p;
            try {
                p = Integer.parseInt(port.get().strip());
            } catch (NumberFormatException e) {
                p = -1;
            }
            login = new ServerLogin(host.get(), p, database.get(), user.get(), typed.length == 0 ? null : typed, sslMode.get());
        } catch (IllegalArgumentException bad) {
            Arrays.fill(typed, '\0');
            message.set(bad.getMessage());
            return;
        }
        busy.set(true);
        message.set("Connecting to " + login + "\u2026");
        tasks.<T>submit("Connecting to " + login.host(), pr -> {
            try {
                return connector.connect(login);
            } finally {
                Arrays.fill(typed, '\0');
            }
        }, opened -> {
            busy.set(false);
            message.set("");
            onConnected.accept(opened);
        }, e -> {
            busy.set(false);
            message.set(Problems.describe(e));
        });
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty sslModeProperty() {
        return sslMode;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
