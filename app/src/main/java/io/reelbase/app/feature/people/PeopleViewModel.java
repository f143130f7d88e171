package io.reelbase.app.feature.people;

import io.reelbase.app.ui.BackgroundTasks;
import io.reelbase.app.ui.Problems;
import io.reelbase.core.user.AppRole;
import io.reelbase.core.user.People;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The People screen (admins): everyone who may log in, a form to add a person, and for the one selected their
 * role, whether they may log in, and a new password. The database checks that the caller is an admin; passwords
 * are wiped from the form as soon as they are sent.
 */
public final class PeopleViewModel {
    private final People people;
    private final BackgroundTasks tasks;
    private final ObservableList<People.Person> list = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<People.Person> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<AppRole> newRole = new SimpleObjectProperty<>(AppRole.EDITOR);
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty again = new SimpleStringProperty("");
    private final javafx.beans.property.BooleanProperty existingLogin = new javafx.beans.property.SimpleBooleanProperty();
    private final ObjectProperty<AppRole> role = new SimpleObjectProperty<>();
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final StringProperty newAgain = new SimpleStringProperty("");

    public PeopleViewModel(People people, BackgroundTasks tasks) {
        this.people = people;
        this.tasks = tasks;
    }

    public void load() {
        String keep = selected.get() == null ? null : selected.get().login();
        tasks.<List<People.Person>>submit("Loading people", p -> people.list(), l -> {
            list.setAll(l);
            select(l.stream().filter(x -> x.login().equals(keep)).findFirst().orElse(null));
        }, e -> notice.set(Problems.describe(e)));
    }

    public void select(People.Person p) {
        selected.set(p);
        role.set(p == null ? null : p.role());
        newPassword.set("");
        newAgain.set("");
    }

    /** Adds the person in the form; on success the form is cleared, on a refusal it keeps what was typed but the passwords. */
    public void add() {
        String who = login.get().strip();
        char[] pw = null;
        if (existingLogin.get()) {
            password.set("");
            again.set("");
        } else if ((pw = matching(password, again)) == null) {
            return;
        }
        char[] sent = pw;
        run("Adding " + who, () -> people.add(who, name.get(), newRole.get(), sent), "Added " + who + " as "
                + newRole.get().label().toLowerCase(Locale.ROOT) + ".", () -> {
                    login.set("");
                    name.set("");
                });
    }

    public void changeRole() {
        People.Person p = selected.get();
        AppRole r = role.get();
        if (p == null || r == null || r == p.role()) {
            return;
        }
        run("Changing the role of " + p.login(), () -> people.setRole(p.login(), r), p.login() + " is now "
                + r.label().toLowerCase(Locale.ROOT) + ".", () -> { });
    }

    /** Disables a person who may log in, enables one who may not. */
    public void toggleEnabled() {
        People.Person p = selected.get();
        if (p == null) {
            return;
        }
        boolean enable = !(p.active() && p.canLogIn());
        run((enable ? "Enabling " : "Disabling ") + p.login(), () -> people.setEnabled(p.login(), enable), enable
                ? p.login() + " may log in again." : p.login() + " is disabled: the server refuses their login; their history stays.", () -> { });
    }

    public void setPassword() {
        People.Person p = selected.get();
        char[] pw = matching(newPassword, newAgain);
        if (p == null || pw == null) {
            return;
        }
        run("Setting the password of " + p.login(), () -> people.setPassword(p.login(), pw), "The password of " + p.login()
                + " is changed.", () -> { });
    }

    /** The password typed twice, or null (and why) when it is empty or the two differ; the fields are cleared. */
    private char[] matching(StringProperty first, StringProperty second) {
        char[] a = first.get().toCharArray();
        char[] b = second.get().toCharArray();
        first.set("");
        second.set("");
        boolean same = Arrays.equals(a, b);
        Arrays.fill(b, '\0');
        if (a.length == 0 || !same) {
            Arrays.fill(a, '\0');
            notice.set(a.length == 0 && same ? "Type a password, twice." : "The two passwords differ; nothing was changed. Type it again.");
            return null;
        }
        return a;
    }

    private void run(String title, Runnable work, String done, Runnable then) {
        tasks.<Void>submit(title, p -> {
            work.run();
            return null;
        }, ok -> {
            notice.set(done);
            then.run();
            load();
        }, e -> notice.set(Problems.describe(e)));
    }

    public ObservableList<People.Person> people() {
        return list;
    }

    public ReadOnlyObjectProperty<People.Person> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<AppRole> newRoleProperty() {
        return newRole;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** The server already has this login (a team's existing account): it becomes a person here, no password is set. */
    public javafx.beans.property.BooleanProperty existingLoginProperty() {
        return existingLogin;
    }

    public StringProperty againProperty() {
        return again;
    }

    public ObjectProperty<AppRole> roleProperty() {
        return role;
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public StringProperty newAgainProperty() {
        return newAgain;
    }
}
