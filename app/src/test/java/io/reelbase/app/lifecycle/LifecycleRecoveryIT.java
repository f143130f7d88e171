package io.reelbase.app.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelbase.core.Progress;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.ReviewStatus;
import io.reelbase.core.asset.SourceSystem;
import io.reelbase.core.asset.StorageTier;
import io.reelbase.core.lifecycle.AssetRestore;
import io.reelbase.core.lifecycle.ItemState;
import io.reelbase.core.lifecycle.LifecycleAction;
import io.reelbase.core.lifecycle.LifecyclePlans;
import io.reelbase.core.lifecycle.LifecycleRule;
import io.reelbase.core.lifecycle.LifecycleSettings;
import io.reelbase.core.lifecycle.MassDeletionStop;
import io.reelbase.core.lifecycle.RuleFilter;
import io.reelbase.core.lifecycle.RunOptions;
import io.reelbase.core.lifecycle.RunSummary;
import io.reelbase.core.lifecycle.SpareReason;
import io.reelbase.core.lifecycle.StepWatch;
import io.reelbase.core.storage.StorageRoot;
import io.reelbase.media.hash.Sha256Hasher;
import io.reelbase.persistence.Database;
import io.reelbase.persistence.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * A move killed after each of its steps finishes correctly when the run starts again (nothing copied twice, no
 * location pointing at a missing file, the old managed copy gone only after the switch); soft delete, restore and the
 * purge after the grace period; a run that would delete too much stops before it does anything.
 */
class LifecycleRecoveryIT {
    @TempDir
    Path tmp;

    /** What a kill does to the run: it stops dead, no clean-up. */
    static final class Killed extends Error {
        private static final long serialVersionUID = 1L;
    }

    @ParameterizedTest
    @EnumSource(value = ItemState.class, names = {"COPIED", "VERIFIED", "SWITCHED"})
    void aMoveKilledAfterAnyStepFinishesOnTheNextRun(ItemState killedAfter) throws Exception {
        try (Database db = Database.open(TestDatabases.fresh())) {
            Catalogue cat = new Catalogue(db);
            StorageRoot warm = cat.root("Warm", tmp.resolve("warm"), StorageTier.WARM);
            cat.root("Cold", tmp.resolve("cold"), StorageTier.COLD);
            UUID clip = cat.asset(tmp.resolve("warm/in"), "rushes", AssetType.VIDEO, SourceSystem.WATCH_FOLDER, ReviewStatus.DRAFT, 45, 50_000);
            Path old = Path.of(cat.one("select path from storage_location where asset_id = ?", clip));
            assertThat(db.storageRoots().adopt(warm)).isEqualTo(1);
            cat.sql("update asset set storage_tier = 'WARM' where id = ?", clip);
            db.lifecycleRules().save(LifecycleRule.of("Cold after 30 days", RuleFilter.ANY, LifecycleAction.MOVE, StorageTier.COLD, 30, 100));

            StepWatch kill = (item, reached) -> {
                if (reached == killedAfter) {
                    throw new Killed();
                }
            };
            assertThatThrownBy(() -> cat.runner(kill).run(RunOptions.EXECUTE, Instant.now(), Progress.NONE)).isInstanceOf(Killed.class);
            assertThat(cat.one("select state from lifecycle_plan_item where asset_id = ?", clip)).isEqualTo(killedAfter.name());
            assertThat(old).as("the old copy stays until the new one is the primary and the item carries on").exists();

            RunSummary again = cat.runner(StepWatch.NONE).run(RunOptions.EXECUTE, Instant.now(), Progress.NONE);
            assertThat(cat.rows("select kind || ' ' || status from lifecycle_run order by started_at"))
                    .containsExactly("EXECUTION COMPLETED", "EXECUTION COMPLETED");
            assertThat(cat.one("select state from lifecycle_plan_item i join lifecycle_run r on r.id = i.run_id"
                    + " where i.asset_id = ? order by r.started_at limit 1", clip)).isEqualTo("DONE");
            assertThat(again.spared()).as("the fresh plan finds it already there").containsEntry(SpareReason.ALREADY_THERE, 1L);
            assertThat(old).as("the old managed copy is removed").doesNotExist();
            assertThat(cat.rows("select status || ' ' || tier || ' ' || is_primary from storage_location where asset_id = ? order by created_at", clip))
                    .containsExactly("DELETED WARM false", "AVAILABLE COLD true");
            Path now = Path.of(cat.one("select path from storage_location where asset_id = ? and is_primary", clip));
            assertThat(new Sha256Hasher().sha256(now, Progress.NONE)).isEqualTo(db.repositories().assets().find(clip).orElseThrow().fileHash());
            try (var files = Files.walk(tmp.resolve("cold"))) {
                assertThat(files.filter(Files::isRegularFile)).as("one copy, no part file").containsExactly(now);
            }
            assertThat(cat.rows("select path from storage_location where asset_id = ? and status = 'AVAILABLE'", clip))
                    .allSatisfy(p -> assertThat(Path.of(p)).exists());
            assertThat(cat.rows("select count(*) from action_record where action_type = 'LIFECYCLE_MOVE'")).containsExactly("1");
        }
    }

    @Test
    void deletedAssetsCanBeRestoredAndArePurgedOnlyAfterTheGracePeriod() throws Exception {
        try (Database db = Database.open(TestDatabases.fresh())) {
            Catalogue cat = new Catalogue(db);
            StorageRoot hot = cat.root("Hot", tmp.resolve("hot"), StorageTier.HOT);
            UUID keep = cat.asset(tmp.resolve("uploads"), "keeper", AssetType.IMAGE, SourceSystem.USER_UPLOAD, ReviewStatus.APPROVED, 200, 800);
            UUID a = cat.asset(tmp.resolve("hot/x"), "reject a", AssetType.IMAGE, SourceSystem.USER_UPLOAD, ReviewStatus.REJECTED, 200, 900);
            UUID b = cat.asset(tmp.resolve("outside"), "reject b", AssetType.IMAGE, SourceSystem.USER_UPLOAD, ReviewStatus.REJECTED, 200, 1000);
            UUID c = cat.asset(tmp.resolve("outside"), "reject c", AssetType.IMAGE, SourceSystem.USER_UPLOAD, ReviewStatus.REJECTED, 200, 1100);
            db.storageRoots().adopt(hot);
            db.lifecyclePlans().saveSettings(new LifecycleSettings(30, 100, 24));
            db.lifecycleRules().save(LifecycleRule.of("Delete rejects", RuleFilter.ANY.withReview(ReviewStatus.REJECTED), LifecycleAction.DELETE,
                    null, 90, 10));
            RunSummary first = cat.runner(StepWatch.NONE).run(RunOptions.EXECUTE, Instant.now(), Progress.NONE);
            assertThat(first.done(LifecycleAction.DELETE).assets()).isEqualTo(3);
            assertThat(cat.rows("select title from asset where status = 'DELETED' order by 1")).containsExactly("reject a", "reject b", "reject c");

            db.lifecycleRules().save(db.lifecycleRules().named("Delete rejects").orElseThrow().withActive(false));
            new AssetRestore(db.repositories().assets(), db.repositories().assets()).restore(c, "test");
            assertThat(db.repositories().assets().find(c).orElseThrow().status().name()).isEqualTo("PROCESSED");

            cat.sql("update asset set deleted_at = now() - interval '31 days' where id in (?, ?)", a, b);
            Path aFile = Path.of(cat.one("select path from storage_location where asset_id = ?", a));
            Path bFile = Path.of(cat.one("select path from storage_location where asset_id = ?", b));
            RunSummary sim = cat.runner(StepWatch.NONE).run(RunOptions.SIMULATE, Instant.now(), Progress.NONE);
            assertThat(db.lifecyclePlans().items(sim.id(), LifecyclePlans.ItemQuery.ALL, 0, 10)).extracting(i -> i.assetTitle() + " " + i.action())
                    .containsExactlyInAnyOrder("reject a PURGE", "reject b PURGE");
            cat.runner(StepWatch.NONE).run(RunOptions.EXECUTE, Instant.now(), Progress.NONE);
            assertThat(cat.rows("select title from asset order by 1")).containsExactly("keeper", "reject c");
            assertThat(aFile).as("a purged asset's copy inside a managed root is deleted").doesNotExist();
            assertThat(bFile).as("Reelbase never deletes a file outside a managed root").exists();
            assertThat(cat.rows("select count(*) from asset_version where asset_id = ?", a)).containsExactly("0");
            assertThat(cat.rows("select action_type from action_record where asset_id = ? order by id desc limit 2", a))
                    .containsExactly("ASSET_DELETED", "LIFECYCLE_DELETE");
            assertThat(db.repositories().assets().find(keep)).isPresent();
        }
    }

    @Test
    void theScheduleRunsTheRulesOncePerIntervalAndNotWithoutActiveRules() throws Exception {
        try (Database db = Database.open(TestDatabases.fresh())) {
            Catalogue cat = new Catalogue(db);
            cat.asset(tmp, "old still", AssetType.IMAGE, SourceSystem.USER_UPLOAD, ReviewStatus.APPROVED, 400, 500);
            var schedule = new io.reelbase.core.lifecycle.LifecycleSchedule(db.lifecyclePlans(), db.lifecycleRules(), cat.runner(StepWatch.NONE));
            Instant now = Instant.now();
            assertThat(schedule.runIfDue(now, Progress.NONE)).as("no active rules, no run").isEmpty();
            db.lifecycleRules().save(LifecycleRule.of("Archive after a year", RuleFilter.ANY, LifecycleAction.ARCHIVE, null, 365, 100));
            assertThat(schedule.runIfDue(now, Progress.NONE)).hasValueSatisfying(s -> assertThat(s.done(LifecycleAction.ARCHIVE).assets())
                    .isEqualTo(1));
            assertThat(schedule.runIfDue(now.plus(java.time.Duration.ofHours(23)), Progress.NONE)).as("the next is a day later").isEmpty();
            assertThat(schedule.runIfDue(now.plus(java.time.Duration.ofHours(25)), Progress.NONE)).isPresent();
            assertThat(cat.rows("select kind || ' ' || status from lifecycle_run")).containsExactly("EXECUTION COMPLETED", "EXECUTION COMPLETED");
        }
    }

    @Test
    void aRunThatWouldDeleteTooMuchStopsBeforeActingUntilConfirmed() throws Exception {
        try (Database db = Database.open(TestDatabases.fresh())) {
            Catalogue cat = new Catalogue(db);
            for (int i = 0; i < 8; i++) {
                cat.asset(tmp, "still " + i, AssetType.IMAGE, SourceSystem.USER_UPLOAD, i < 3 ? ReviewStatus.REJECTED : ReviewStatus.DRAFT, 120, 500 + i);
            }
            db.lifecycleRules().save(LifecycleRule.of("Delete rejects", RuleFilter.ANY.withReview(ReviewStatus.REJECTED), LifecycleAction.DELETE,
                    null, 90, 10));
            assertThatThrownBy(() -> cat.runner(StepWatch.NONE).run(RunOptions.EXECUTE, Instant.now(), Progress.NONE))
                    .isInstanceOf(MassDeletionStop.class).hasMessageContaining("would delete 3 of the catalogue's 8 assets (37.5%)")
                    .hasMessageContaining("more than the 10% one run may delete without asking; nothing was done")
                    .satisfies(e -> assertThat(((MassDeletionStop) e).advice()).contains("--confirm-deletions 3"));
            assertThat(cat.rows("select count(*) from asset where status = 'DELETED'")).containsExactly("0");
            assertThat(cat.rows("select status from lifecycle_run")).containsExactly("STOPPED");
            assertThatThrownBy(() -> cat.runner(StepWatch.NONE).run(new RunOptions(false, 2L), Instant.now(), Progress.NONE))
                    .as("confirming fewer than the plan deletes is not enough").isInstanceOf(MassDeletionStop.class);
            RunSummary done = cat.runner(StepWatch.NONE).run(new RunOptions(false, 3L), Instant.now(), Progress.NONE);
            assertThat(done.done(LifecycleAction.DELETE).assets()).isEqualTo(3);
            assertThat(cat.rows("select count(*) from asset where status = 'DELETED'")).containsExactly("3");
            List<String> runs = cat.rows("select status from lifecycle_run order by started_at");
            assertThat(runs).containsExactly("STOPPED", "STOPPED", "COMPLETED");
        }
    }
}
