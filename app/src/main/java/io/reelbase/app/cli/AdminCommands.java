package io.reelbase.app.cli;

import io.reelbase.core.ReelbaseException;
import io.reelbase.core.user.AppRole;
import io.reelbase.core.user.People;
import io.reelbase.persistence.Database;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code reelbase admin}: the people who may log in (admins only; the database checks). */
@Command(name = "admin", description = "Manage the people who may log in: each has a login of their own and one role.",
        subcommands = {AdminCommands.AddUser.class, AdminCommands.ListUsers.class, AdminCommands.SetRole.class,
                AdminCommands.Disable.class, AdminCommands.Enable.class, AdminCommands.ResetPassword.class})
final class AdminCommands {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @ParentCommand
    ReelbaseCommand root;

    int withPeople(Consumer<People> work) {
        try (Database db = Database.open(root.settings())) {
            work.accept(db.people());
        }
        return 0;
    }

    /** Runs a command; input the rules refuse (an unknown role, a login name that is not one) is exit status 2. */
    static int refusingBadInput(Printer p, Callable<Integer> work) throws Exception {
        try {
            return work.call();
        } catch (IllegalArgumentException bad) {
            p.problem(bad.getMessage());
            return 2;
        }
    }

    static AppRole role(String name) {
        try {
            return AppRole.valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("There is no role '" + name + "'; choose admin, content_manager, editor, developer or viewer.");
        }
    }

    /** The new password, typed twice without echo; refused when the two differ or none could be asked. */
    static char[] newPassword(Printer p, String login) {
        char[] first = p.askPassword("New password for " + login + ": ").orElseThrow(() -> new ReelbaseException(
                "A password is needed for " + login + ", and there is no terminal to type it on.",
                "Run the command in a terminal, or add an existing login with --existing."));
        char[] again = p.askPassword("The same password again: ").orElse(new char[0]);
        boolean same = Arrays.equals(first, again);
        Arrays.fill(again, '\0');
        if (!same) {
            Arrays.fill(first, '\0');
            throw new IllegalArgumentException("The two passwords differ; nothing was changed. Type it again.");
        }
        return first;
    }

    @Command(name = "add-user", description = "Add a person: a new login with a password (asked for), or --existing for a login the server has.")
    static final class AddUser implements Callable<Integer> {
        @ParentCommand
        AdminCommands admin;

        @Parameters(index = "0", paramLabel = "LOGIN", description = "Lower-case letters, digits and _, e.g. ann.")
        String login;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "admin, content_manager, editor, developer or viewer.")
        String role;

        @Option(names = "--name", paramLabel = "NAME", description = "The name shown (default: the login).")
        String name;

        @Option(names = "--existing", description = "The server already has this login (no password is set).")
        boolean existing;

        @Override
        public Integer call() throws Exception {
            return refusingBadInput(admin.root.printer(), () -> {
                Printer p = admin.root.printer();
                AppRole r = role(role);
                char[] password = existing ? null : newPassword(p, login);
                admin.withPeople(people -> people.add(login, name, r, password));
                p.line("Added %s as %s.", login, r.name().toLowerCase(Locale.ROOT));
                return 0;
            });
        }
    }

    @Command(name = "list-users", description = "The people: login, name, role, whether they may log in, last login.")
    static final class ListUsers implements Callable<Integer> {
        @ParentCommand
        AdminCommands admin;

        @Override
        public Integer call() throws Exception {
            return refusingBadInput(admin.root.printer(), () -> {
                Printer p = admin.root.printer();
                return admin.withPeople(people -> {
                    p.line("%-20s %-24s %-16s %-9s %s", "LOGIN", "NAME", "ROLE", "STATE", "LAST LOGIN");
                    for (People.Person x : people.list()) {
                        p.line("%-20s %-24s %-16s %-9s %s", x.login(), x.displayName(), x.role().name().toLowerCase(Locale.ROOT),
                                x.active() && x.canLogIn() ? "enabled" : "disabled", x.lastLogin() == null ? "never" : WHEN.format(x.lastLogin()));
                    }
                });
            });
        }
    }

    @Command(name = "set-role", description = "Give a person another role (the old one is taken away).")
    static final class SetRole implements Callable<Integer> {
        @ParentCommand
        AdminCommands admin;

        @Parameters(index = "0", paramLabel = "LOGIN")
        String login;

        @Parameters(index = "1", paramLabel = "ROLE")
        String role;

        @Override
        public Integer call() throws Exception {
            return refusingBadInput(admin.root.printer(), () -> {
                AppRole r = role(role);
                admin.withPeople(people -> people.setRole(login, r));
                admin.root.printer().line("%s is now %s.", login, r.name().toLowerCase(Locale.ROOT));
                return 0;
            });
        }
    }

    /** disable / enable: whether a person's login is let in; their profile and history stay either way. */
    abstract static class Switch implements Callable<Integer> {
        @ParentCommand
        AdminCommands admin;

        @Parameters(index = "0", paramLabel = "LOGIN")
        String login;

        abstract boolean enable();

        @Override
        public Integer call() throws Exception {
            return refusingBadInput(admin.root.printer(), () -> {
                admin.withPeople(people -> people.setEnabled(login, enable()));
                admin.root.printer().line(enable() ? "%s may log in again." : "%s is disabled: the server refuses their login until"
                        + " 'reelbase admin enable %s'.", login, login);
                return 0;
            });
        }
    }

    @Command(name = "disable", description = "Stop a person logging in (their profile and history stay).")
    static final class Disable extends Switch {
        @Override
        boolean enable() {
            return false;
        }
    }

    @Command(name = "enable", description = "Let a disabled person log in again.")
    static final class Enable extends Switch {
        @Override
        boolean enable() {
            return true;
        }
    }

    @Command(name = "reset-password", description = "Set a new password for a person (asked for; yours without being an admin).")
    static final class ResetPassword implements Callable<Integer> {
        @ParentCommand
        AdminCommands admin;

        @Parameters(index = "0", paramLabel = "LOGIN")
        String login;

        @Override
        public Integer call() throws Exception {
            return refusingBadInput(admin.root.printer(), () -> {
                char[] password = newPassword(admin.root.printer(), login);
                admin.withPeople(people -> people.setPassword(login, password));
                admin.root.printer().line("The password of %s is changed.", login);
                return 0;
            });
        }
    }
}
