package io.reelbase.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.NewAsset;
import io.reelbase.persistence.Database;
import io.reelbase.persistence.DatabaseSettings;
import io.reelbase.persistence.EmbeddedServer;
import io.reelbase.persistence.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team's server that wants a password: a sync finds none in the environment or ~/.pgpass, asks for it on the
 * terminal (a wrong one is refused with a clear message and nothing changes), and with no terminal says where to
 * give it. The password is never written to the laptop's catalogue. A server that is down is said to be so.
 */
class OfflinePasswordIT {

    @Test
    void aSyncAsksForThePasswordTheServerWantsAndNeverKeepsIt(@TempDir Path serverHome, @TempDir Path laptop, @TempDir Path home)
            throws Exception {
        try (EmbeddedServer server = EmbeddedServer.start(serverHome, false)) {
            String url = server.jdbcUrl().replaceFirst("\\?.*$", "");
            try (Database team = Database.open(DatabaseSettings.server(url, server.user(), null))) {
                var a = team.repositories().assets().create(NewAsset.of("Glacier", AssetType.IMAGE), "ann");
                var shoot = team.repositories().collections().create("Shoot", null, null);
                team.repositories().collections().add(shoot.id(), List.of(a.id()), null);
            }
            TestDatabases.execute(server.jdbcUrl(), server.user(), null, "create role carol login superuser password 'right'");
            Files.write(serverHome.resolve("pgdata/pg_hba.conf"), List.of("local all all trust",
                    "host all postgres 127.0.0.1/32 trust", "host all postgres ::1/128 trust",
                    "host all all 127.0.0.1/32 scram-sha-256", "host all all ::1/128 scram-sha-256"));
            TestDatabases.execute(server.jdbcUrl(), server.user(), null, "select pg_reload_conf()");
            Map<String, String> noSecrets = Map.of("HOME", home.toString(), "PGPASSFILE", home.resolve("none").toString());

            CliRun cli = new CliRun();
            assertThat(cli.run(noSecrets, "--db", url, "--user", "carol", "--password", "right", "--data-dir", laptop.toString(),
                    "offline", "take", "--collection", "Shoot")).as(cli.err.toString()).isZero();

            assertThat(cli.run(noSecrets, "--data-dir", laptop.toString(), "offline", "sync")).as("no terminal").isEqualTo(1);
            assertThat(cli.err.toString()).contains("No password was found for carol @ ", "Run it in a terminal to be asked for it",
                    "REELBASE_DB_PASSWORD");

            cli.typing("wrong");
            assertThat(cli.run(noSecrets, "--data-dir", laptop.toString(), "offline", "sync")).isEqualTo(1);
            assertThat(cli.asked).singleElement().satisfies(q -> assertThat(q).startsWith("Password for carol @ "));
            assertThat(cli.err.toString()).contains("refused the login of 'carol'");

            cli.typing("right");
            assertThat(cli.run(noSecrets, "--data-dir", laptop.toString(), "offline", "sync")).as(cli.err.toString()).isZero();
            assertThat(cli.out.toString()).contains("\u201cShoot\u201d with ", "unchanged 1");

            try (Database here = Database.open(DatabaseSettings.embedded(laptop));
                 var c = here.dataSource().getConnection();
                 var rs = c.createStatement().executeQuery("select string_agg(w::text, ' ') from working_set w")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).as("the set remembers the server and user, not the password").contains("carol")
                        .doesNotContain("right");
            }
        }
        CliRun cli = new CliRun();
        cli.typing("right");
        assertThat(cli.run(Map.of("HOME", home.toString()), "--data-dir", laptop.toString(), "offline", "sync"))
                .as("the server is down").isEqualTo(1);
        assertThat(cli.err.toString()).contains("The server of \u201cShoot\u201d cannot be reached",
                "your work on this computer is kept. Sync again when the server");
    }
}
