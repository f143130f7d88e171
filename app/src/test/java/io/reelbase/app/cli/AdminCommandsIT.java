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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team's server set up as the README says: the server's admin migrates and adds the first admin; that admin
 * adds people with the command line (passwords typed, never shown or logged); each person logs in with their own
 * password and gets what their role allows, the rest refused by the database with a message saying who may.
 */
class AdminCommandsIT {

    @Test
    void anAdminManagesPeopleAndEachLogsInWithTheirOwnPasswordAndRole(@TempDir Path serverHome, @TempDir Path home) throws Exception {
        try (EmbeddedServer server = EmbeddedServer.start(serverHome, false)) {
            String url = server.jdbcUrl().replaceFirst("\\?.*$", "");
            UUID glacier;
            try (Database team = Database.open(DatabaseSettings.server(url, server.user(), null))) {
                glacier = team.repositories().assets().create(NewAsset.of("Glacier", AssetType.IMAGE), "ann").id();
            }
            Files.write(serverHome.resolve("pgdata/pg_hba.conf"), List.of("local all all trust",
                    "host all postgres 127.0.0.1/32 trust", "host all postgres ::1/128 trust",
                    "host all all 127.0.0.1/32 scram-sha-256", "host all all ::1/128 scram-sha-256"));
            TestDatabases.execute(server.jdbcUrl(), server.user(), null, "select pg_reload_conf()");
            Map<String, String> env = Map.of("HOME", home.toString(), "PGPASSFILE", home.resolve("none").toString());
            CliRun cli = new CliRun();

            cli.typing("ann-secret");
            assertThat(cli.run(env, "--db", url, "--user", "postgres", "admin", "add-user", "ann", "--role", "admin", "--name", "Ann Lee"))
                    .as(cli.err.toString()).isZero();
            assertThat(cli.asked).containsExactly("New password for ann: ", "The same password again: ");
            cli.typing("bob-secret");
            assertThat(cli.run(env, "--db", url, "--user", "ann", "--password", "ann-secret", "admin", "add-user", "bob", "--role", "editor"))
                    .as(cli.err.toString()).isZero();
            assertThat(cli.out.toString()).contains("Added bob as editor.");

            // bob is an editor: he edits, but may not manage people.
            String[] bob = {"--db", url, "--user", "bob", "--password", "bob-secret"};
            assertThat(cli.run(env, concat(bob, "edit", glacier.toString(), "--set", "title=Glacier, bob"))).as(cli.err.toString()).isZero();
            cli.typing("eve-secret");
            assertThat(cli.run(env, concat(bob, "admin", "add-user", "eve", "--role", "admin"))).isEqualTo(1);
            assertThat(cli.err.toString()).contains("Managing people needs the Admin role.", "Ask an admin to do it.");

            String[] ann = {"--db", url, "--user", "ann", "--password", "ann-secret"};
            assertThat(cli.run(env, concat(ann, "admin", "list-users"))).as(cli.err.toString()).isZero();
            assertThat(cli.out.toString().lines()).anySatisfy(l -> assertThat(l).startsWith("ann ").contains("Ann Lee", "admin", "enabled"))
                    .anySatisfy(l -> assertThat(l).startsWith("bob ").contains("editor", "enabled").doesNotContain("never"))
                    .noneSatisfy(l -> assertThat(l).startsWith("eve"));

            // Made a viewer, bob's edit is refused by the database, with who may.
            assertThat(cli.run(env, concat(ann, "admin", "set-role", "bob", "viewer"))).as(cli.err.toString()).isZero();
            assertThat(cli.run(env, concat(bob, "edit", glacier.toString(), "--set", "title=Glacier, again"))).isEqualTo(1);
            assertThat(cli.err.toString()).contains("Your role may not do that with assets; the database refused it.", "Ask an admin");

            // Disabled, bob cannot log in at all; enabled, he can; with a new password, only that one works.
            assertThat(cli.run(env, concat(ann, "admin", "disable", "bob"))).as(cli.err.toString()).isZero();
            assertThat(cli.run(env, concat(bob, "search", "Glacier"))).isEqualTo(1);
            assertThat(cli.err.toString()).contains("The login 'bob' is disabled", "reelbase admin enable bob");
            assertThat(cli.run(env, concat(ann, "admin", "enable", "bob"))).as(cli.err.toString()).isZero();
            assertThat(cli.run(env, concat(bob, "search", "Glacier"))).as(cli.err.toString()).isZero();
            cli.typing("bob-new");
            assertThat(cli.run(env, concat(ann, "admin", "reset-password", "bob"))).as(cli.err.toString()).isZero();
            assertThat(cli.run(env, concat(bob, "search", "Glacier"))).as("the old password").isEqualTo(1);
            assertThat(cli.run(env, "--db", url, "--user", "bob", "--password", "bob-new", "search", "Glacier")).isZero();

            // A login name that is SQL is refused by the rule, and is nothing more than data.
            cli.typing("x");
            assertThat(cli.run(env, concat(ann, "admin", "add-user", "x'); drop table asset; --", "--role", "editor"))).isEqualTo(2);
            assertThat(cli.err.toString()).contains("is not a valid login name", "lower-case letters, digits and _");
            assertThat(cli.run(env, concat(ann, "admin", "add-user", "pg_sneaky", "--role", "admin"))).isEqualTo(2);
            assertThat(cli.err.toString()).contains("\"pg_sneaky\" is reserved");
            assertThat(cli.run(env, concat(ann, "search", "Glacier"))).as("the asset table is still there").isZero();
            assertThat(cli.run(env, concat(ann, "admin", "set-role", "bob", "boss"))).isEqualTo(2);
            assertThat(cli.err.toString()).contains("There is no role 'boss'");
        }
        assertThat(Files.readString(serverHome.resolve("postgres.log"))).as("no password reaches the server's log")
                .doesNotContain("ann-secret", "bob-secret", "bob-new");
    }

    private static String[] concat(String[] head, String... tail) {
        String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
