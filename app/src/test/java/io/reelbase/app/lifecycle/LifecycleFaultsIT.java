package io.reelbase.app.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.core.Progress;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.ReviewStatus;
import io.reelbase.core.asset.SourceSystem;
import io.reelbase.core.asset.StorageTier;
import io.reelbase.core.lifecycle.ItemState;
import io.reelbase.core.lifecycle.LifecycleAction;
import io.reelbase.core.lifecycle.LifecyclePlans;
import io.reelbase.core.lifecycle.LifecycleRule;
import io.reelbase.core.lifecycle.LifecycleSettings;
import io.reelbase.core.lifecycle.PlanItem;
import io.reelbase.core.lifecycle.RuleFilter;
import io.reelbase.core.lifecycle.RunOptions;
import io.reelbase.core.lifecycle.RunSummary;
import io.reelbase.core.lifecycle.StepWatch;
import io.reelbase.persistence.Database;
import io.reelbase.persistence.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What goes wrong on real disks: a root that is gone, an original changed since its checksum; each fails its item with
 * what happened and what to do, and nothing is lost. And on generated catalogues (random kinds, ages, holds and rules)
 * the run does exactly what its simulation showed, and the catalogue ends as the plan said.
 */
class LifecycleFaultsIT {
    @TempDir
    Path tmp;

    @Test
    void aMissingRootOrAChangedOriginalFailsItsItemAndLosesNothing() throws Exception {
        try (Database db = Database.open(TestDatabases.fresh())) {
            Catalogue cat = new Catalogue(db);
            cat.root("Cold", tmp.resolve("cold"), StorageTier.COLD);
            UUID changed = cat.asset(tmp.resolve("in"), "changed since", AssetType.VIDEO, SourceSystem.USER_UPLOAD, ReviewStatus.DRAFT, 60, 5000);
            Path original = Path.of(cat.one("select path from storage_location where asset_id = ?", changed));
            Files.write(original, "someone edited this file in place".getBytes());
            db.lifecycleRules().save(LifecycleRule.of("Cold", RuleFilter.ANY, LifecycleAction.MOVE, StorageTier.COLD, 30, 100));

            RunSummary run = cat.runner(StepWatch.NONE).run(RunOptions.EXECUTE, Instant.now(), Progress.NONE);
            PlanItem item = db.lifecyclePlans().items(run.id(), LifecyclePlans.ItemQuery.ALL, 0, 10).get(0);
            assertThat(item.state()).isEqualTo(ItemState.FAILED);
            assertThat(item.message()).contains("Could not copy \u201cchanged since\u201d", "the copy's bytes differ from the original's",
                    "nothing was moved", "If it changed since it was ingested, look at it");
            assertThat(run.message()).isEqualTo("0 done, 1 failed.");
            assertThat(db.lifecyclePlans().items(run.id(), new LifecyclePlans.ItemQuery(true, ItemState.FAILED, null), 0, 10))
                    .as("what failed, asked of the database").extracting(PlanItem::assetId).containsExactly(changed);
            assertThat(db.lifecyclePlans().items(run.id(), new LifecyclePlans.ItemQuery(true, ItemState.DONE, null), 0, 10)).isEmpty();
            assertThat(db.lifecyclePlans().runs(5)).singleElement().satisfies(h -> {
                assertThat(h.acting()).isEqualTo(1);
                assertThat(h.actingBytes()).isEqualTo(5000);
                assertThat(h.message()).isEqualTo("0 done, 1 failed.");
            });
            assertThat(db.lifecyclePlans().run(run.id().toString().substring(0, 8))).map(h -> h.id()).contains(run.id());
            assertThat(original).exists();
            assertThat(cat.rows("select tier || ' ' || is_primary from storage_location where asset_id = ?", changed)).containsExactly("HOT true");
            try (var files = Files.walk(tmp.resolve("cold"))) {
                assertThat(files.filter(Files::isRegularFile)).as("no copy, no part file").isEmpty();
            }

            UUID fine = cat.asset(tmp.resolve("in"), "fine clip", AssetType.VIDEO, SourceSystem.USER_UPLOAD, ReviewStatus.DRAFT, 60, 5000);
            try (var walk = Files.walk(tmp.resolve("cold"))) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
            RunSummary second = cat.runner(StepWatch.NONE).run(RunOptions.EXECUTE, Instant.now(), Progress.NONE);
            assertThat(db.lifecyclePlans().items(second.id(), LifecyclePlans.ItemQuery.ALL, 0, 10)).filteredOn(i -> i.assetId().equals(fine))
                    .singleElement().satisfies(i -> {
                        assertThat(i.state()).isEqualTo(ItemState.FAILED);
                        assertThat(i.message()).contains("No storage root of tier COLD can take \u201cfine clip\u201d", "\u201cCold\u201d is missing",
                                "Nothing was moved", "Free space, fix the root's folder or add a root");
                    });
            assertThat(cat.rows("select tier || ' ' || is_primary || ' ' || status from storage_location where asset_id = ?", fine))
                    .containsExactly("HOT true AVAILABLE");
        }
    }

    @Test
    void aFullRootOrAnOriginalThatVanishedIsSaidSoAndNothingMoves() throws Exception {
        try (Database db = Database.open(TestDatabases.fresh())) {
            Catalogue cat = new Catalogue(db);
            db.storageRoots().add("Small", Files.createDirectories(tmp.resolve("small")), StorageTier.COLD, 8000L);
            UUID big = cat.asset(tmp.resolve("in"), "big clip", AssetType.VIDEO, SourceSystem.USER_UPLOAD, ReviewStatus.DRAFT, 60, 9000);
            UUID gone = cat.asset(tmp.resolve("in"), "vanished clip", AssetType.VIDEO, SourceSystem.USER_UPLOAD, ReviewStatus.DRAFT, 60, 100);
            Path vanished = Path.of(cat.one("select path from storage_location where asset_id = ?", gone));
            db.lifecycleRules().save(LifecycleRule.of("Cold", RuleFilter.ANY, LifecycleAction.MOVE, StorageTier.COLD, 30, 100));
            RunSummary sim = cat.runner(StepWatch.NONE).run(RunOptions.SIMULATE, Instant.now(), Progress.NONE);
            assertThat(sim.planned(LifecycleAction.MOVE).assets()).isEqualTo(2);
            Files.delete(vanished);

            RunSummary run = cat.runner(StepWatch.NONE).run(RunOptions.EXECUTE, Instant.now(), Progress.NONE);
            List<PlanItem> items = db.lifecyclePlans().items(run.id(), LifecyclePlans.ItemQuery.ALL, 0, 10);
            assertThat(items).filteredOn(i -> i.assetId().equals(big)).singleElement().satisfies(i -> assertThat(i.message())
                    .contains("\u201cSmall\u201d would pass its capacity (0 B of 7.8 KB used)", "Nothing was moved"));
            assertThat(items).filteredOn(i -> i.assetId().equals(gone)).singleElement().satisfies(i -> assertThat(i.message())
                    .contains("No copy of \u201cvanished clip\u201d's original can be read (" + vanished + " is gone); nothing was moved",
                            "Find the file"));
            assertThat(run.failed(LifecycleAction.MOVE).assets()).isEqualTo(2);
            assertThat(cat.rows("select count(*) from storage_location where tier = 'COLD'")).containsExactly("0");
        }
    }

    @Test
    void aRuleCountingSinceLastViewedSparesWhatSomeoneLookedAtLately() throws Exception {
        try (Database db = Database.open(TestDatabases.fresh())) {
            Catalogue cat = new Catalogue(db);
            UUID looked = cat.asset(tmp, "looked at", AssetType.IMAGE, SourceSystem.USER_UPLOAD, ReviewStatus.DRAFT, 200, 300);
            UUID forgotten = cat.asset(tmp, "forgotten", AssetType.IMAGE, SourceSystem.USER_UPLOAD, ReviewStatus.DRAFT, 200, 300);
            cat.asset(tmp, "new", AssetType.IMAGE, SourceSystem.USER_UPLOAD, ReviewStatus.DRAFT, 10, 300);
            db.repositories().media().viewed(looked);
            db.repositories().media().viewed(forgotten);
            cat.sql("update asset_view set viewed_at = now() - interval '150 days' where asset_id = ?", forgotten);
            var rule = new LifecycleRule(null, "Archive unseen", null, RuleFilter.ANY, io.reelbase.core.lifecycle.AgeBasis.VIEWED, null, null, 90,
                    null, 100, true);
            var count = db.lifecyclePlans().count(rule, Instant.now());
            assertThat(count.due()).containsOnlyKeys(LifecycleAction.ARCHIVE);
            assertThat(count.dueAssets()).isEqualTo(1);
            assertThat(count.notYet()).as("looked at today; never looked at but ingested 10 days ago").isEqualTo(2);
            db.lifecycleRules().save(rule);
            RunSummary run = cat.runner(StepWatch.NONE).run(RunOptions.EXECUTE, Instant.now(), Progress.NONE);
            assertThat(db.lifecyclePlans().items(run.id(), LifecyclePlans.ItemQuery.ALL, 0, 10)).extracting(PlanItem::assetTitle)
                    .containsExactly("forgotten");
        }
    }

    @Test
    void aRuleThatAHigherOneAlwaysBeatsIsFlaggedAsShadowed() throws Exception {
        try (Database db = Database.open(TestDatabases.fresh())) {
            Catalogue cat = new Catalogue(db);
            cat.root("Cold", tmp.resolve("cold"), StorageTier.COLD);
            for (int i = 0; i < 12; i++) {
                cat.asset(tmp, "still " + i, AssetType.IMAGE, SourceSystem.USER_UPLOAD, ReviewStatus.DRAFT, 50, 300);
            }
            cat.asset(tmp, "clip", AssetType.VIDEO, SourceSystem.USER_UPLOAD, ReviewStatus.DRAFT, 50, 300);
            db.lifecycleRules().save(LifecycleRule.of("Archive stills", RuleFilter.ANY.withType(AssetType.IMAGE), LifecycleAction.ARCHIVE,
                    null, 30, 10));
            db.lifecycleRules().save(LifecycleRule.of("Cold stills", RuleFilter.ANY.withType(AssetType.IMAGE), LifecycleAction.MOVE,
                    StorageTier.COLD, 20, 50));
            db.lifecycleRules().save(LifecycleRule.of("Cold everything", RuleFilter.ANY, LifecycleAction.MOVE, StorageTier.COLD, 20, 90));
            RunSummary sim = cat.runner(StepWatch.NONE).run(RunOptions.SIMULATE, Instant.now(), Progress.NONE);
            assertThat(db.lifecyclePlans().overlaps(sim.id())).extracting(o -> o.rule() + " < " + o.winner() + ": " + o.assets()
                    + (o.shadowed() ? " (shadowed)" : "")).containsExactlyInAnyOrder("Cold stills < Archive stills: 12 (shadowed)",
                    "Cold everything < Archive stills: 12");
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void onAGeneratedCatalogueTheRunDoesExactlyWhatTheSimulationShowed(long seed) throws Exception {
        Random r = new Random(seed);
        try (Database db = Database.open(TestDatabases.fresh())) {
            Catalogue cat = new Catalogue(db);
            cat.root("Warm", tmp.resolve("warm"), StorageTier.WARM);
            cat.root("Cold", tmp.resolve("cold"), StorageTier.COLD);
            db.lifecyclePlans().saveSettings(new LifecycleSettings(30, 100, 24));
            List<UUID> ids = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                ids.add(cat.asset(tmp.resolve("media"), "asset " + i, pick(r, AssetType.values()), pick(r, SourceSystem.values()),
                        pick(r, ReviewStatus.values()), r.nextInt(400), 200 + r.nextInt(2000)));
            }
            db.legalHolds().hold(List.of(ids.get(r.nextInt(60)), ids.get(r.nextInt(60))), true, "test");
            for (int i = 0; i < 5; i++) {
                RuleFilter f = RuleFilter.ANY;
                f = r.nextBoolean() ? f.withType(pick(r, AssetType.values())) : f;
                f = r.nextBoolean() ? f.withReview(pick(r, ReviewStatus.values())) : f;
                f = r.nextBoolean() ? f.withSource(pick(r, SourceSystem.values())) : f;
                LifecycleAction a = pick(r, new LifecycleAction[] {LifecycleAction.MOVE, LifecycleAction.ARCHIVE, LifecycleAction.DELETE});
                db.lifecycleRules().save(LifecycleRule.of("rule " + i, f, a, r.nextBoolean() ? StorageTier.WARM : StorageTier.COLD,
                        1 + r.nextInt(300), r.nextInt(200)));
            }
            RunSummary sim = cat.runner(StepWatch.NONE).run(RunOptions.SIMULATE, Instant.now(), Progress.NONE);
            Set<String> simulated = keys(db.lifecyclePlans().items(sim.id(), LifecyclePlans.ItemQuery.ALL, 0, 10_000));
            RunSummary run = cat.runner(StepWatch.NONE).run(RunOptions.EXECUTE, Instant.now(), Progress.NONE);
            List<PlanItem> executed = db.lifecyclePlans().items(run.id(), LifecyclePlans.ItemQuery.ALL, 0, 10_000);
            assertThat(keys(executed)).isEqualTo(simulated);
            assertThat(executed).filteredOn(PlanItem::acts).allSatisfy(i -> assertThat(i.state()).as(i.message()).isEqualTo(ItemState.DONE));
            for (PlanItem i : executed) {
                String state = cat.one("select status || ' ' || storage_tier || ' ' || legal_hold from asset where id = ?", i.assetId());
                if (i.acts()) {
                    assertThat(state).startsWith(switch (i.action()) {
                        case MOVE -> "PROCESSED " + i.targetTier();
                        case ARCHIVE -> "ARCHIVED";
                        case DELETE -> "DELETED";
                        case PURGE -> "";
                    });
                }
            }
            assertThat(cat.rows("select count(*) from asset where legal_hold and (status <> 'PROCESSED' or storage_tier <> 'HOT')"))
                    .as("held assets untouched").containsExactly("0");
            Set<UUID> acted = new java.util.HashSet<>();
            executed.stream().filter(PlanItem::acts).forEach(i -> acted.add(i.assetId()));
            assertThat(cat.rows("select count(*) from asset where status <> 'PROCESSED' or storage_tier <> 'HOT'"))
                    .as("nothing the plan did not name changed").containsExactly(String.valueOf(acted.size()));
        }
    }

    private static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    private static Set<String> keys(List<PlanItem> items) {
        Set<String> out = new TreeSet<>();
        items.forEach(i -> out.add(i.assetId() + " " + i.action() + " " + i.ruleName() + " " + i.targetTier() + " " + i.reason()));
        return out;
    }
}
