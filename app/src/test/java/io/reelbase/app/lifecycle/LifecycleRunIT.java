package io.reelbase.app.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelbase.core.Progress;
import io.reelbase.core.asset.AssetFilter;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.ReviewStatus;
import io.reelbase.core.asset.SourceSystem;
import io.reelbase.core.asset.StorageTier;
import io.reelbase.core.lifecycle.ItemState;
import io.reelbase.core.lifecycle.LifecycleAction;
import io.reelbase.core.lifecycle.LifecyclePlans;
import io.reelbase.core.lifecycle.LifecycleRule;
import io.reelbase.core.lifecycle.LifecycleSettings;
import io.reelbase.core.lifecycle.MassDeletionStop;
import io.reelbase.core.lifecycle.PlanItem;
import io.reelbase.core.lifecycle.RuleFilter;
import io.reelbase.core.lifecycle.RunOptions;
import io.reelbase.core.lifecycle.RunSummary;
import io.reelbase.core.lifecycle.SpareReason;
import io.reelbase.persistence.Database;
import io.reelbase.persistence.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lifecycle rules on a real catalogue with real files: the simulation is exactly what the run then does; legal hold
 * (on an asset, through a collection) spares what it holds and the database refuses moving it; soft delete, restore
 * and the purge after the grace period; the stop before a mass deletion.
 */
class LifecycleRunIT {
    @TempDir
    Path tmp;

    private static Set<String> keys(List<PlanItem> items) {
        Set<String> out = new HashSet<>();
        items.forEach(i -> out.add(i.assetTitle() + " " + i.action() + " " + i.ruleName() + " " + (i.reason() == null ? "ACT" : i.reason())));
        return out;
    }

    @Test
    void theSimulationIsWhatTheRunDoesAndHeldAssetsAreSpared() throws Exception {
        try (Database db = Database.open(TestDatabases.fresh())) {
            Catalogue cat = new Catalogue(db);
            Path watch = tmp.resolve("watch");
            cat.root("Cold store", tmp.resolve("cold"), StorageTier.COLD);
            db.lifecyclePlans().saveSettings(new LifecycleSettings(30, 100, 24));
            List<UUID> oldClips = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                oldClips.add(cat.asset(watch, "old clip " + i, AssetType.VIDEO, SourceSystem.WATCH_FOLDER, ReviewStatus.DRAFT, 40 + i, 3000 + i));
            }
            cat.asset(watch, "new clip", AssetType.VIDEO, SourceSystem.WATCH_FOLDER, ReviewStatus.DRAFT, 5, 2000);
            cat.asset(watch, "uploaded clip", AssetType.VIDEO, SourceSystem.USER_UPLOAD, ReviewStatus.DRAFT, 60, 2000);
            UUID rejectedClip = cat.asset(watch, "rejected clip", AssetType.VIDEO, SourceSystem.WATCH_FOLDER, ReviewStatus.REJECTED, 100, 2500);
            UUID rejectedStill = cat.asset(watch, "rejected still", AssetType.IMAGE, SourceSystem.USER_UPLOAD, ReviewStatus.REJECTED, 95, 900);
            cat.asset(watch, "recent reject", AssetType.IMAGE, SourceSystem.USER_UPLOAD, ReviewStatus.REJECTED, 10, 900);
            UUID old = cat.asset(watch, "old still", AssetType.IMAGE, SourceSystem.USER_UPLOAD, ReviewStatus.APPROVED, 400, 1200);
            db.legalHolds().hold(List.of(oldClips.get(0)), true, "test");
            var evidence = db.repositories().collections().create("Evidence", null, null);
            db.repositories().collections().add(evidence.id(), List.of(oldClips.get(1)), null);
            db.legalHolds().holdCollection("Evidence", true, "test");

            db.lifecycleRules().save(LifecycleRule.of("Cold watch-folder videos", RuleFilter.ANY.withType(AssetType.VIDEO)
                    .withSource(SourceSystem.WATCH_FOLDER), LifecycleAction.MOVE, StorageTier.COLD, 30, 100));
            db.lifecycleRules().save(LifecycleRule.of("Delete rejects", RuleFilter.ANY.withReview(ReviewStatus.REJECTED),
                    LifecycleAction.DELETE, null, 90, 10));
            db.lifecycleRules().save(LifecycleRule.of("Archive old stills", RuleFilter.ANY.withType(AssetType.IMAGE),
                    LifecycleAction.ARCHIVE, null, 365, 50));

            RunSummary sim = cat.runner(io.reelbase.core.lifecycle.StepWatch.NONE)
                    .run(RunOptions.SIMULATE, Instant.now(), Progress.NONE);
            List<PlanItem> simulated = db.lifecyclePlans().items(sim.id(), LifecyclePlans.ItemQuery.ALL, 0, 1000);
            assertThat(sim.planned(LifecycleAction.MOVE).assets()).as("old watch-folder clips, not the held two").isEqualTo(4);
            assertThat(sim.planned(LifecycleAction.DELETE).assets()).isEqualTo(2);
            assertThat(sim.planned(LifecycleAction.ARCHIVE).assets()).isEqualTo(1);
            assertThat(keys(simulated)).contains("old clip 0 MOVE Cold watch-folder videos LEGAL_HOLD",
                    "old clip 1 MOVE Cold watch-folder videos LEGAL_HOLD",
                    "rejected clip DELETE Delete rejects ACT",
                    "rejected still DELETE Delete rejects ACT", "old still ARCHIVE Archive old stills ACT")
                    .noneMatch(k -> k.startsWith("new clip") || k.startsWith("uploaded clip") || k.startsWith("recent reject"));
            assertThat(simulated).filteredOn(i -> i.assetTitle().equals("rejected clip")).singleElement()
                    .satisfies(i -> assertThat(i.reasonWords()).as("the other rule due for it").isEqualTo("also due: Cold watch-folder videos"));
            assertThat(sim.spared()).containsEntry(SpareReason.HIGHER_PRIORITY_RULE, 1L).containsEntry(SpareReason.LEGAL_HOLD, 2L);
            assertThat(db.lifecyclePlans().overlaps(sim.id())).singleElement().satisfies(o -> {
                assertThat(o.rule() + " < " + o.winner() + ": " + o.assets()).isEqualTo("Cold watch-folder videos < Delete rejects: 1");
                assertThat(o.shadowed()).isFalse();
            });
            assertThat(sim.rules()).anySatisfy(r -> assertThat(r.ruleName()).isEqualTo("Delete rejects"))
                    .filteredOn(r -> r.ruleName().equals("Delete rejects")).singleElement()
                    .satisfies(r -> assertThat(r.notYet()).isEqualTo(1));
            assertThat(db.repositories().assets().find(rejectedClip).orElseThrow().status().name()).as("a simulation changes nothing")
                    .isEqualTo("PROCESSED");

            RunSummary run = cat.runner(io.reelbase.core.lifecycle.StepWatch.NONE).run(RunOptions.EXECUTE, Instant.now(), Progress.NONE);
            List<PlanItem> executed = db.lifecyclePlans().items(run.id(), LifecyclePlans.ItemQuery.ALL, 0, 1000);
            assertThat(keys(executed)).as("the run planned exactly what the simulation showed").isEqualTo(keys(simulated));
            assertThat(executed).filteredOn(PlanItem::acts).extracting(PlanItem::state).containsOnly(ItemState.DONE);
            assertThat(run.status()).isEqualTo(RunSummary.Status.COMPLETED);

            for (UUID clip : oldClips.subList(2, 6)) {
                String primary = cat.one("select l.path || '|' || l.tier || '|' || (l.checksum = a.file_hash) || '|' || a.storage_tier"
                        + " from storage_location l join asset a on a.id = l.asset_id where l.asset_id = ? and l.is_primary", clip);
                String[] f = primary.split("\\|");
                assertThat(Path.of(f[0])).startsWith(tmp.resolve("cold")).exists();
                assertThat(new io.reelbase.media.hash.Sha256Hasher().sha256(Path.of(f[0]), Progress.NONE))
                        .isEqualTo(db.repositories().assets().find(clip).orElseThrow().fileHash());
                assertThat(f[1] + " " + f[2] + " " + f[3]).isEqualTo("COLD true COLD");
                assertThat(cat.rows("select path from storage_location where asset_id = ? and not is_primary", clip))
                        .as("the watch folder's file is outside every root: it stays, referenced").singleElement()
                        .satisfies(p -> assertThat(Path.of(p)).startsWith(watch).exists());
            }
            for (UUID held : oldClips.subList(0, 2)) {
                assertThat(cat.rows("select tier from storage_location where asset_id = ?", held)).containsExactly("HOT");
            }
            assertThat(db.repositories().assets().find(rejectedStill).orElseThrow().status().name()).isEqualTo("DELETED");
            assertThat(db.repositories().assets().find(old).orElseThrow().status().name()).isEqualTo("ARCHIVED");
            assertThat(db.repositories().assets().all(AssetFilter.ALL, Progress.NONE)).as("deleted assets leave the library")
                    .extracting(a -> a.title()).doesNotContain("rejected clip", "rejected still").contains("old still", "new clip");
            assertThat(cat.rows("select action_type from action_record where action_type like 'LIFECYCLE%' order by 1"))
                    .containsExactly("LIFECYCLE_ARCHIVE", "LIFECYCLE_DELETE", "LIFECYCLE_DELETE", "LIFECYCLE_MOVE", "LIFECYCLE_MOVE",
                            "LIFECYCLE_MOVE", "LIFECYCLE_MOVE");

            RunSummary again = cat.runner(io.reelbase.core.lifecycle.StepWatch.NONE).run(RunOptions.EXECUTE, Instant.now(), Progress.NONE);
            assertThat(again.plannedAssets()).as("a second run finds nothing left to do").isZero();
            assertThat(again.spared()).containsEntry(SpareReason.ALREADY_THERE, 5L).containsEntry(SpareReason.LEGAL_HOLD, 2L);

            assertThatThrownBy(() -> db.lifecycleSteps().switched(0, oldClips.get(1), watch.resolve("x"), StorageTier.COLD))
                    .as("the database itself refuses moving a held asset").hasMessageContaining("legal hold");
        }
    }
}
