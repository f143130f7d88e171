package io.reelbase.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.NewAsset;
import io.reelbase.persistence.Database;
import io.reelbase.persistence.DatabaseSettings;
import io.reelbase.persistence.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** reelbase offline take / list: a team's server (a database given with --db) and this computer's own catalogue. */
class OfflineCommandsIT {
    private final CliRun cli = new CliRun();
    private final java.io.StringWriter out = cli.out;
    private final java.io.StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void aCollectionIsTakenIntoTheLaptopsCatalogueAndListed(@TempDir Path laptop) {
        DatabaseSettings s = TestDatabases.fresh();
        try (Database team = Database.open(s)) {
            var assets = team.repositories().assets();
            Asset a = assets.create(NewAsset.of("Glacier front", AssetType.IMAGE), "ann");
            Asset b = assets.create(NewAsset.of("Moraine", AssetType.IMAGE), "ann");
            assets.create(NewAsset.of("Left at home", AssetType.IMAGE), "ann");
            var shoot = team.repositories().collections().create("Shoot", null, null);
            team.repositories().collections().add(shoot.id(), List.of(a.id(), b.id()), null);
        }
        String[] server = {"--db", s.jdbcUrl(), "--user", s.user(), "--data-dir", laptop.toString()};
        assertThat(run(concat(server, "offline", "take", "--collection", "shoot", "--history", "2"))).isZero();
        assertThat(out.toString()).contains("Took 2 asset(s) offline into \u201cShoot\u201d");

        assertThat(run("--data-dir", laptop.toString(), "offline", "list")).isZero();
        assertThat(out.toString()).startsWith("Shoot").contains("2 assets", "0 changed here", "never synced");
        assertThat(run("--data-dir", laptop.toString(), "search")).isZero();
        assertThat(out.toString()).contains("Glacier front", "Moraine").doesNotContain("Left at home");

        assertThat(run(concat(server, "offline", "take", "--collection", "Shoot"))).as("the same set again carries on").isZero();
        assertThat(run("--data-dir", laptop.toString(), "offline", "list")).isZero();
        assertThat(out.toString()).contains("2 assets").doesNotContain("4 assets");
        DatabaseSettings other = TestDatabases.fresh();
        try (Database elsewhere = Database.open(other)) {
            elsewhere.repositories().collections().create("Shoot", null, null);
        }
        assertThat(run("--db", other.jdbcUrl(), "--user", other.user(), "--data-dir", laptop.toString(), "offline", "take",
                "--collection", "Shoot")).as("the name is taken by a set from another server").isEqualTo(1);
        assertThat(err.toString()).contains("already a working set named \u201cShoot\u201d");
        assertThat(run(concat(server, "offline", "take", "--collection", "Nowhere"))).isEqualTo(2);
        assertThat(run("--data-dir", laptop.toString(), "offline", "take", "--search", "x")).as("no server").isEqualTo(2);
        assertThat(err.toString()).contains("name it with --db");
    }

    @Test
    void changesOnBothSidesAreSyncedAndAClashExitsThreeUntilAnswered(@TempDir Path laptop) {
        DatabaseSettings s = TestDatabases.fresh();
        Asset a;
        Asset b;
        try (Database team = Database.open(s)) {
            a = team.repositories().assets().create(NewAsset.of("Glacier front", AssetType.IMAGE), "ann");
            b = team.repositories().assets().create(NewAsset.of("Moraine", AssetType.IMAGE), "ann");
        }
        String[] server = {"--db", s.jdbcUrl(), "--user", s.user(), "--data-dir", laptop.toString()};
        String[] here = {"--data-dir", laptop.toString()};
        assertThat(run(concat(server, "offline", "take", "--search", "glacier", "--name", "Ice"))).isZero();
        assertThat(run(concat(server, "offline", "take", "--search", "moraine", "--name", "Rock"))).isZero();
        assertThat(run(concat(here, "edit", a.id().toString(), "--set", "title=Glacier front, laptop", "--add-tag", "ice"))).isZero();
        assertThat(run(concat(here, "edit", b.id().toString(), "--set", "description=Laptop note"))).isZero();
        assertThat(run(concat(server, "edit", a.id().toString(), "--set", "title=Glacier front, server"))).isZero();
        assertThat(run(concat(server, "edit", b.id().toString(), "--add-tag", "rock"))).isZero();

        Map<String, String> env = Map.of("REELBASE_DB_PASSWORD", s.password() == null ? "" : s.password());
        assertThat(sync(env, laptop, "offline", "sync")).as("two sets: name one").isEqualTo(2);
        assertThat(sync(env, laptop, "offline", "sync", "Rock")).isZero();
        assertThat(sync(env, laptop, "offline", "sync", "Ice")).isEqualTo(3);
        assertThat(out.toString()).contains("clash in \u201cGlacier front, laptop\u201d").contains("title");
        try (Database team = Database.open(s)) {
            Asset moraine = team.repositories().assets().find(b.id()).orElseThrow();
            assertThat(moraine.description()).isEqualTo("Laptop note");
            assertThat(moraine.tags()).containsExactly("rock");
            Asset glacier = team.repositories().assets().find(a.id()).orElseThrow();
            assertThat(glacier.title()).as("the clash wrote nothing").isEqualTo("Glacier front, server");
            assertThat(glacier.tags()).as("nor the rest of that asset").isEmpty();
        }
        assertThat(sync(env, laptop, "offline", "sync", "Ice", "--resolve", "mine")).isZero();
        try (Database team = Database.open(s)) {
            Asset glacier = team.repositories().assets().find(a.id()).orElseThrow();
            assertThat(glacier.title()).isEqualTo("Glacier front, laptop");
            assertThat(glacier.tags()).containsExactly("ice");
        }
        assertThat(run(concat(here, "offline", "list"))).isZero();
        assertThat(out.toString()).contains("0 changed here").doesNotContain("never synced");

        // Return: refused while a change made here clashes with the server, unless discarding it is asked for.
        assertThat(run(concat(here, "edit", b.id().toString(), "--set", "title=Moraine, laptop"))).isZero();
        assertThat(run(concat(server, "edit", b.id().toString(), "--set", "title=Moraine, server"))).isZero();
        assertThat(sync(env, laptop, "offline", "return", "Rock")).isEqualTo(3);
        assertThat(err.toString()).contains("1 asset(s) changed here are not on the server: 1 asset(s) clash with the server");
        assertThat(sync(env, laptop, "offline", "return", "Rock", "--discard-local-changes")).isZero();
        assertThat(out.toString()).contains("Returned \u201cRock\u201d", "1 change(s) made here were discarded");
        assertThat(sync(env, laptop, "offline", "return", "Ice")).isZero();
        assertThat(run(concat(here, "offline", "list"))).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(run(concat(here, "search"))).isZero();
        assertThat(out.toString()).as("the local copies are gone").doesNotContain("Glacier", "Moraine");
    }

    private int sync(Map<String, String> env, Path laptop, String... args) {
        return cli.run(env, concat(new String[] {"--data-dir", laptop.toString()}, args));
    }

    private static String[] concat(String[] a, String... b) {
        return CliRun.concat(a, b);
    }
}
