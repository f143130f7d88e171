package io.reelbase.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetChanges;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.NewAsset;
import io.reelbase.core.asset.VersionOrigin;
import io.reelbase.persistence.Database;
import io.reelbase.persistence.DatabaseSettings;
import io.reelbase.persistence.TestDatabases;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** reelbase edit and reelbase revert against a real PostgreSQL server: merges, clashes (exit 3), bad input (exit 2). */
class EditCommandsIT {
    private static DatabaseSettings settings;
    private static Database db;
    private final CliRun cli = new CliRun();
    private final java.io.StringWriter out = cli.out;
    private final java.io.StringWriter err = cli.err;

    @BeforeAll
    static void open() {
        settings = TestDatabases.fresh();
        db = Database.open(settings);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private int run(String... args) {
        return cli.run(CliRun.concat(new String[] {"--db", settings.jdbcUrl(), "--user", settings.user()}, args));
    }

    private static Asset stored(Asset a) {
        return db.repositories().assets().find(a.id()).orElseThrow();
    }

    @Test
    void anEditIsSavedAStaleOneMergedAndAClashWritesNothingAndExitsThree() {
        Asset a = db.repositories().assets().create(NewAsset.of("Harbour", AssetType.IMAGE), "test");
        String id = a.id().toString().substring(0, 10);
        assertThat(run("edit", id, "--set", "title=Harbour at dawn", "--add-tag", "sea", "--set", "custom.rights=CC-BY")).isZero();
        assertThat(out.toString()).contains("Saved \u201cHarbour at dawn\u201d as version 2.");
        assertThat(run("edit", id, "--set", "description=Low tide.", "--expect-version", "1")).isZero();
        assertThat(out.toString()).contains("Merged with version 2").contains("as version 3");
        assertThat(stored(a).description()).isEqualTo("Low tide.");
        assertThat(stored(a).title()).isEqualTo("Harbour at dawn");

        assertThat(run("edit", id, "--set", "title=My harbour", "--expect-version", "1")).isEqualTo(3);
        assertThat(out.toString()).contains("title:  base \u201cHarbour\u201d  |  mine \u201cMy harbour\u201d  |  theirs \u201cHarbour at dawn\u201d");
        assertThat(err.toString()).contains("nothing was written");
        assertThat(stored(a).version()).isEqualTo(3);
    }

    @Test
    void badInputIsNamedWritesNothingAndExitsTwo() {
        Asset a = db.repositories().assets().create(NewAsset.of("Pier", AssetType.IMAGE), "test");
        String id = a.id().toString();
        assertThat(run("edit", id, "--set", "colour=red")).isEqualTo(2);
        assertThat(err.toString()).contains("\u201ccolour\u201d is not a field that can be set");
        assertThat(run("edit", id, "--set", "review=APPROVED")).isEqualTo(2);
        assertThat(err.toString()).contains("cannot move to APPROVED");
        assertThat(run("edit", id, "--set", "title=x", "--expect-version", "9")).isEqualTo(2);
        assertThat(err.toString()).contains("there is no version 9");
        assertThat(run("edit", "00000000-0000", "--set", "title=x")).isEqualTo(2);
        assertThat(run("edit", id, "--set", "title=" + "x".repeat(600))).isEqualTo(2);
        assertThat(err.toString()).contains("at most 500 characters");
        assertThat(stored(a).version()).isEqualTo(1);
    }

    @Test
    void revertBringsTheMatchingAssetsBackToAMomentAndDryRunOnlyCounts() throws Exception {
        var assets = db.repositories().assets();
        Asset a = assets.create(NewAsset.of("Lighthouse keeper", AssetType.IMAGE), "test");
        a = assets.update(a.id(), 1, AssetChanges.none().tags(List.of("coast")), VersionOrigin.EDIT, null, "ann");
        Thread.sleep(20);
        Instant moment = Instant.now();
        Thread.sleep(20);
        assets.update(a.id(), a.version(), AssetChanges.none().title("Lighthouse keeper, oops").tags(List.of()), VersionOrigin.EDIT, null, "bob");

        assertThat(run("revert", "--at", moment.toString(), "lighthouse", "--dry-run")).isZero();
        assertThat(err.toString()).contains("1 asset would change (2 fields)");
        assertThat(stored(a).version()).isEqualTo(3);
        assertThat(run("revert", "--at", moment.toString(), "lighthouse")).isZero();
        assertThat(err.toString()).contains("Reverted 1 asset(s).");
        assertThat(stored(a).title()).isEqualTo("Lighthouse keeper");
        assertThat(stored(a).tags()).containsExactly("coast");
        assertThat(assets.versions(a.id())).last().satisfies(v -> assertThat(v.origin()).isEqualTo(VersionOrigin.ROLLBACK));

        assertThat(run("revert", "--at", "2001-01-01", "lighthouse")).as("before the asset existed").isEqualTo(2);
        assertThat(err.toString()).contains("None of the matching assets existed");
        assertThat(run("revert", "--at", "2999-01-01", "lighthouse")).as("a moment to come").isEqualTo(2);
        assertThat(err.toString()).contains("is still to come");
        assertThat(run("revert", "--at", "last tuesday", "lighthouse")).isEqualTo(2);
        assertThat(err.toString()).contains("is not a time");
    }
}
