package io.reelbase.app.cli;

import io.reelbase.persistence.Database;
import io.reelbase.persistence.DatabaseInfo;
import io.reelbase.persistence.DatabaseSettings;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code reelbase db info} and {@code reelbase db migrate}. */
@Command(name = "db", description = "Look at or update the catalogue database.",
        subcommands = {DbCommand.Info.class, DbCommand.Migrate.class})
public final class DbCommand {
    @ParentCommand
    ReelbaseCommand root;

    @Command(name = "info", description = "Show the connection, the server version and the schema's migrations.")
    static final class Info implements Callable<Integer> {
        @ParentCommand
        DbCommand db;

        @Override
        public Integer call() {
            Printer p = db.root.printer();
            try (Database database = Database.connect(db.root.settings())) {
                print(p, database.info());
            }
            return 0;
        }

        static void print(Printer p, DatabaseInfo info) {
            p.line("Connection:  %s", info.mode() == DatabaseSettings.Mode.EMBEDDED
                    ? "embedded PostgreSQL (data in " + info.dataDirectory() + ")" : "shared PostgreSQL server");
            p.line("JDBC URL:    %s", info.jdbcUrl());
            p.line("User:        %s", info.user());
            p.line("Server:      PostgreSQL %s", info.serverVersion());
            p.line("Schema:      %d migration(s) applied, %d pending%s", info.applied(), info.pending(),
                    info.pending() > 0 ? " (run 'reelbase db migrate', or start the app, to apply them)" : "");
            for (DatabaseInfo.Migration m : info.migrations()) {
                p.line("  %-4s %-28s %-9s %s", m.version(), m.description(), m.state(), m.installedOn());
            }
        }
    }

    @Command(name = "migrate", description = "Apply the schema migrations this version of Reelbase brings.")
    static final class Migrate implements Callable<Integer> {
        @ParentCommand
        DbCommand db;

        @Override
        public Integer call() {
            Printer p = db.root.printer();
            try (Database database = Database.connect(db.root.settings())) {
                int applied = database.migrate();
                DatabaseInfo info = database.info();
                String version = info.migrations().stream().filter(m -> m.state().equalsIgnoreCase("Success"))
                        .reduce((a, b) -> b).map(DatabaseInfo.Migration::version).orElse("none");
                if (applied == 0) {
                    p.line("The schema is up to date (version %s).", version);
                } else {
                    p.line("Applied %d migration(s); the schema is now at version %s.", applied, version);
                }
            }
            return 0;
        }
    }
}
