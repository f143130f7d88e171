package io.reelbase.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelbase.core.ReelbaseException;
import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetStatus;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.NewAsset;
import io.reelbase.persistence.Database;
import io.reelbase.persistence.DatabaseSettings;
import io.reelbase.persistence.TestDatabases;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Legal hold: an asset held itself or through its collection may not be archived or deleted, by any path, and
 * the refusal says why and what to do; a held collection keeps its assets and itself; only a content manager may
 * release a hold; every hold and release is in the audit trail.
 */
class LegalHoldIT {

    @Test
    void heldAssetsCannotBeArchivedOrDeletedUntilReleased() throws Exception {
        DatabaseSettings s = TestDatabases.fresh();
        Asset evidence;
        Asset memo;
        Asset other;
        try (Database db = Database.open(s)) {
            var assets = db.repositories().assets();
            evidence = assets.create(NewAsset.of("Evidence", AssetType.VIDEO), "ann");
            memo = assets.create(NewAsset.of("Memo", AssetType.DOCUMENT), "ann");
            other = assets.create(NewAsset.of("Other", AssetType.IMAGE), "ann");
            var c = db.repositories().collections().create("Case 42", null, null);
            db.repositories().collections().add(c.id(), List.of(evidence.id()), null);
        }
        CliRun cli = new CliRun();
        String[] db = {"--db", s.jdbcUrl(), "--user", s.user()};
        assertThat(cli.run(concat(db, "hold", memo.id().toString()))).as(cli.err.toString()).isZero();
        assertThat(cli.out.toString()).contains("1 asset(s) put on legal hold.");
        assertThat(cli.run(concat(db, "hold", "--collection", "case 42"))).as(cli.err.toString()).isZero();
        assertThat(cli.run(concat(db, "hold", "--collection", "Case 43"))).isEqualTo(2);
        assertThat(cli.err.toString()).contains("There is no collection named \u201cCase 43\u201d.");

        try (Database d = Database.open(s)) {
            var assets = d.repositories().assets();
            assertThatThrownBy(() -> assets.changeStatus(evidence.id(), evidence.version(), AssetStatus.ARCHIVED, "ann"))
                    .isInstanceOf(ReelbaseException.class).hasMessage("\u201cEvidence\u201d is on legal hold: it may not be archived or deleted.")
                    .satisfies(e -> assertThat(((ReelbaseException) e).advice()).contains("reelbase hold " + evidence.id() + " --release"));
            assertThatThrownBy(() -> assets.changeStatus(memo.id(), memo.version(), AssetStatus.DELETED, "ann"))
                    .hasMessage("\u201cMemo\u201d is on legal hold: it may not be archived or deleted.");
            assertThat(assets.changeStatus(other.id(), other.version(), AssetStatus.ARCHIVED, "ann").status()).isEqualTo(AssetStatus.ARCHIVED);
            assertThatThrownBy(() -> d.repositories().collections().remove(collection(d), List.of(evidence.id())))
                    .hasMessageContaining("its assets may not be taken out of it");
            assertThatThrownBy(() -> TestDatabases.execute(s.jdbcUrl(), s.user(), s.password(), "delete from asset where id = '" + memo.id() + "'"))
                    .hasMessageContaining("is on legal hold");
        }

        // Only a content manager may release it.
        String editor = "lh_" + UUID.randomUUID().toString().substring(0, 6);
        TestDatabases.execute(s.jdbcUrl(), s.user(), s.password(), "create role " + editor + " login in role reelbase_editor");
        String personUrl = TestDatabases.personUrl(s);
        assertThat(cli.run("--db", personUrl, "--user", editor, "hold", memo.id().toString(), "--release")).isEqualTo(1);
        assertThat(cli.err.toString()).contains("Placing or releasing a legal hold needs the Content manager role.");

        assertThat(cli.run(concat(db, "hold", memo.id().toString(), "--release"))).as(cli.err.toString()).isZero();
        try (Database d = Database.open(s)) {
            Asset m = d.repositories().assets().find(memo.id()).orElseThrow();
            assertThat(d.repositories().assets().changeStatus(m.id(), m.version(), AssetStatus.ARCHIVED, "ann").status())
                    .as("released, it may be archived").isEqualTo(AssetStatus.ARCHIVED);
            assertThat(d.repositories().audit().forAsset(memo.id(), 20)).filteredOn(r -> r.type() == io.reelbase.core.audit.ActionType.ADMIN_CHANGE)
                    .extracting(r -> r.metadata().get("legal_hold")).containsExactlyInAnyOrder(true, false);
        }
        // A laptop's copy of a held asset leaves with its working set: nothing is destroyed, the server keeps it held.
        try (Database d = Database.open(s)) {
            d.legalHolds().hold(List.of(other.id()), true, "ann");
            var sets = new io.reelbase.persistence.offline.WorkingSets(d.dataSource());
            var set = sets.create("Trip", "jdbc:postgresql://server/reelbase", "ann", null);
            TestDatabases.execute(s.jdbcUrl(), s.user(), s.password(), "insert into working_set_asset (working_set_id, asset_id, base_version,"
                    + " local_base_version) values ('" + set.id() + "', '" + other.id() + "', 1, 1)");
            sets.remove(set.id());
            assertThat(d.repositories().assets().find(other.id())).as("the returned copy is gone").isEmpty();
        }
        TestDatabases.dropWhileInUse(s);
        TestDatabases.dropRole(s, editor);
    }

    private static UUID collection(Database d) {
        return d.repositories().collections().all().stream().filter(c -> c.name().equals("Case 42")).findFirst().orElseThrow().id();
    }

    private static String[] concat(String[] head, String... tail) {
        String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
