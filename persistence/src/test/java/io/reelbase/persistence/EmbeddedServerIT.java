package io.reelbase.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelbase.core.ReelbaseException;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.NewAsset;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server as a person's catalogue: it keeps data, refuses a second user, and survives crashes. */
class EmbeddedServerIT {

    @Test
    void theCatalogueIsStillThereAfterARestart(@TempDir Path home) {
        try (Database db = Database.open(DatabaseSettings.embedded(home))) {
            db.repositories().assets().create(NewAsset.of("Kept across restarts", AssetType.VIDEO), "alice");
        }
        try (Database db = Database.open(DatabaseSettings.embedded(home))) {
            assertThat(db.repositories().assets().count()).isEqualTo(1);
            assertThat(db.info().dataDirectory()).isEqualTo(home.toAbsolutePath().normalize().toString());
            assertThat(db.info().serverVersion()).startsWith("17");
        }
        assertThat(home.resolve("pgdata/postmaster.pid")).as("stopped cleanly on close").doesNotExist();
    }

    @Test
    void aSecondInstanceOnTheSameDataDirectoryIsRefusedWithAClearMessage(@TempDir Path home) {
        try (EmbeddedServer first = EmbeddedServer.start(home, false)) {
            assertThatThrownBy(() -> EmbeddedServer.start(home, false))
                    .isInstanceOf(ReelbaseException.class)
                    .hasMessageContaining("already")
                    .hasMessageContaining(home.toString());
            // The first one is unharmed.
            TestDatabases.execute(first.jdbcUrl(), first.user(), null, "select 1");
        }
    }

    @Test
    void aDataDirectoryThatCannotBeCreatedIsReported(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("a-file"), "not a directory");
        assertThatThrownBy(() -> EmbeddedServer.start(file.resolve("reelbase"), false))
                .isInstanceOf(ReelbaseException.class)
                .hasMessageContaining("Cannot create the data directory")
                .satisfies(e -> assertThat(((ReelbaseException) e).advice()).contains("--data-dir"));
    }

    @Test
    void aStalePidFileFromAKilledRunDoesNotBlockTheStart(@TempDir Path home) throws Exception {
        EmbeddedServer.start(home, false).close();
        // A pid that cannot be a running postgres.
        Files.writeString(home.resolve("pgdata/postmaster.pid"), "999999999\n" + home.resolve("pgdata") + "\n");
        try (EmbeddedServer again = EmbeddedServer.start(home, false)) {
            TestDatabases.execute(again.jdbcUrl(), again.user(), null, "select 1");
        }
    }

    @Test
    void aServerOrphanedByACrashedAppIsStoppedAndTheDataKept(@TempDir Path home) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EmbeddedServerChild.class.getName(), home.toString())
                .redirectErrorStream(true).start();
        try {
            String port = awaitReady(child);
            assertThat(port).isNotBlank();
            long postmaster = Long.parseLong(Files.readAllLines(home.resolve("pgdata/postmaster.pid")).get(0).strip());

            child.destroyForcibly(); // kill -9: no shutdown hooks, postgres keeps running
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).as("the orphan is alive").contains(true);

            try (EmbeddedServer recovered = EmbeddedServer.start(home, false);
                 Connection c = DriverManager.getConnection(recovered.jdbcUrl(), recovered.user(), null);
                 Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("select note from crash_probe")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("before the crash");
            }
            assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        } finally {
            child.destroyForcibly();
        }
    }

    private static String awaitReady(Process child) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        String line;
        StringBuilder seen = new StringBuilder();
        while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
            seen.append(line).append('\n');
            if (line.startsWith("READY ")) {
                return line.substring(6).strip();
            }
        }
        throw new AssertionError("child did not start the server:\n" + seen);
    }

    @Test
    void aWrongPasswordAMissingDatabaseAndADownServerEachSayWhatToDo(@TempDir Path home) throws Exception {
        try (EmbeddedServer server = EmbeddedServer.start(home, false)) {
            TestDatabases.execute(server.jdbcUrl(), server.user(), null, "create role alice login password 'right'");
            // Require passwords for everyone but the superuser (the server started with trust for all).
            Path hba = home.resolve("pgdata/pg_hba.conf");
            Files.write(hba, List.of(
                    "local all all trust",
                    "host all postgres 127.0.0.1/32 trust",
                    "host all postgres ::1/128 trust",
                    "host all all 127.0.0.1/32 scram-sha-256",
                    "host all all ::1/128 scram-sha-256"));
            TestDatabases.execute(server.jdbcUrl(), server.user(), null, "select pg_reload_conf()");
            String url = server.jdbcUrl().replaceFirst("\\?.*$", "");

            assertThatThrownBy(() -> Database.connect(DatabaseSettings.server(url, "alice", "wrong")))
                    .isInstanceOf(ReelbaseException.class)
                    .hasMessageContaining("refused the login of 'alice'")
                    .satisfies(e -> assertThat(((ReelbaseException) e).advice()).contains("REELBASE_DB_PASSWORD"));

            try (Database ok = Database.connect(DatabaseSettings.server(url, "alice", "right"))) {
                assertThat(ok.info().user()).isEqualTo("alice");
            }

            String missing = url.replaceFirst("/reelbase$", "/no_such_db");
            assertThatThrownBy(() -> Database.connect(DatabaseSettings.server(missing, "postgres", null)))
                    .isInstanceOf(ReelbaseException.class).hasMessageContaining("does not exist");
        }
        assertThatThrownBy(() -> Database.connect(DatabaseSettings.server("jdbc:postgresql://127.0.0.1:1/reelbase", "x", "y")))
                .isInstanceOf(ReelbaseException.class)
                .hasMessageContaining("Cannot reach the database server")
                .satisfies(e -> assertThat(((ReelbaseException) e).advice()).contains("embedded"));
        assertThatThrownBy(() -> DatabaseSettings.server("postgres://host/db", "x", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jdbc:postgresql://");
    }
}
