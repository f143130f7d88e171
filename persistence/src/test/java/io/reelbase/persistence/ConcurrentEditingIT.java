package io.reelbase.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetChangeNotice;
import io.reelbase.core.asset.AssetChanges;
import io.reelbase.core.asset.AssetRepository;
import io.reelbase.core.asset.AssetSnapshot;
import io.reelbase.core.asset.AssetStatus;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.AssetVersion;
import io.reelbase.core.asset.NewAsset;
import io.reelbase.core.asset.VersionOrigin;
import io.reelbase.core.audit.ActionRecord;
import io.reelbase.core.audit.ActionType;
import io.reelbase.core.edit.AssetEdit;
import io.reelbase.core.edit.AssetEdits;
import io.reelbase.core.edit.AssetReverts;
import io.reelbase.core.edit.EditOutcome;
import io.reelbase.core.edit.RevertPlan;
import io.reelbase.core.merge.ClashAnswer;
import io.reelbase.core.merge.ConflictResolution;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two clients of one catalogue (two pools, as two workstations) editing the same assets: merges, clashes,
 * resolving, reverting to a moment, processing arriving during an edit, the audit trail and the notifications.
 */
class ConcurrentEditingIT {
    private static Database annDb;
    private static Database bobDb;
    private static AssetRepository ann;
    private static AssetRepository bob;
    private static AssetEdits annEdits;
    private static AssetEdits bobEdits;

    @BeforeAll
    static void open() {
        DatabaseSettings settings = TestDatabases.fresh();
        annDb = Database.open(settings);
        bobDb = Database.open(settings);
        ann = annDb.repositories().assets();
        bob = bobDb.repositories().assets();
        annEdits = new AssetEdits(ann, ann, ann);
        bobEdits = new AssetEdits(bob, bob, bob);
    }

    @AfterAll
    static void close() {
        bobDb.close();
        annDb.close();
    }

    private static Asset asset(String title) {
        return ann.create(NewAsset.of(title, AssetType.IMAGE), "test");
    }

    private static List<ActionType> audit(Asset a) {
        return annDb.repositories().audit().forAsset(a.id(), 50).stream().map(ActionRecord::type).toList();
    }

    @Test
    void twoClientsChangingDifferentFieldsAreMergedAndNothingIsLost() {
        Asset a = asset("Pier");
        bobEdits.save(AssetEdit.of(a.id(), 1, AssetChanges.none().title("Pier at night"), VersionOrigin.EDIT), "bob");
        EditOutcome out = annEdits.save(AssetEdit.of(a.id(), 1, AssetChanges.none().description("Long exposure.")
                .tags(List.of("night")), VersionOrigin.EDIT), "ann");
        assertThat(out).isInstanceOf(EditOutcome.Merged.class);
        Asset now = bob.find(a.id()).orElseThrow();
        assertThat(now.title()).isEqualTo("Pier at night");
        assertThat(now.description()).isEqualTo("Long exposure.");
        assertThat(now.tags()).containsExactly("night");
        assertThat(ann.versions(a.id())).extracting(AssetVersion::origin)
                .containsExactly(VersionOrigin.CREATE, VersionOrigin.EDIT, VersionOrigin.MERGE);
        assertThat(audit(a)).contains(ActionType.METADATA_UPDATE);
    }

    @Test
    void theSameFieldChangedByBothIsAClashAndNothingIsOverwritten() {
        Asset a = asset("Dunes");
        bobEdits.save(AssetEdit.of(a.id(), 1, AssetChanges.none().title("Dunes, bob"), VersionOrigin.EDIT), "bob");
        EditOutcome out = annEdits.save(AssetEdit.of(a.id(), 1, AssetChanges.none().title("Dunes, ann"), VersionOrigin.EDIT), "ann");
        assertThat(out).isInstanceOfSatisfying(EditOutcome.Conflict.class, c -> {
            assertThat(c.merge().clashes()).singleElement().satisfies(x -> {
                assertThat(x.mine()).isEqualTo("Dunes, ann");
                assertThat(x.theirs()).isEqualTo("Dunes, bob");
            });
            assertThat(c.theirsAuthor()).isEqualTo("bob");
        });
        assertThat(ann.find(a.id()).orElseThrow().title()).isEqualTo("Dunes, bob");
        assertThat(ann.versions(a.id())).hasSize(2);
    }

    @Test
    void aResolvedConflictIsAMergeVersionMarkedResolvedWithItsActionRecord() {
        Asset a = asset("Market");
        bobEdits.save(AssetEdit.of(a.id(), 1, AssetChanges.none().title("Market, bob").customFields(Map.of("rights", "bob's")),
                VersionOrigin.EDIT), "bob");
        EditOutcome.Conflict c = (EditOutcome.Conflict) annEdits.save(AssetEdit.of(a.id(), 1, AssetChanges.none()
                .title("Market, ann").customFields(Map.of("rights", "ann's")), VersionOrigin.EDIT), "ann");
        AssetSnapshot answer = ConflictResolution.apply(c.merge(), List.of(ClashAnswer.mine(c.merge().clashes().get(0)),
                ClashAnswer.typed(c.merge().clashes().get(1), "shared")));
        EditOutcome out = annEdits.resolve(a.id(), c.asset().version(), answer, "ann");
        Asset now = ann.find(a.id()).orElseThrow();
        assertThat(out.saved()).isTrue();
        assertThat(now.title()).isEqualTo("Market, ann");
        assertThat(now.customFields()).containsExactly(Map.entry("rights", "shared"));
        AssetVersion last = ann.version(a.id(), now.version()).orElseThrow();
        assertThat(last.origin()).isEqualTo(VersionOrigin.MERGE);
        assertThat(last.conflictResolved()).isTrue();
        assertThat(audit(a)).contains(ActionType.CONFLICT_RESOLVED);
    }

    @Test
    void anAssetChangedAgainWhileResolvingIsMergedAgainNeverOverwritten() {
        Asset a = asset("Ferry");
        bobEdits.save(AssetEdit.of(a.id(), 1, AssetChanges.none().title("Ferry, bob"), VersionOrigin.EDIT), "bob");
        EditOutcome.Conflict c = (EditOutcome.Conflict) annEdits.save(AssetEdit.of(a.id(), 1,
                AssetChanges.none().title("Ferry, ann"), VersionOrigin.EDIT), "ann");
        AssetSnapshot mine = ConflictResolution.apply(c.merge(), List.of(ClashAnswer.mine(c.merge().clashes().get(0))));
        // While ann chooses, bob changes another field: her answer is merged with it.
        bobEdits.save(AssetEdit.of(a.id(), 2, AssetChanges.none().description("Crossing at noon."), VersionOrigin.EDIT), "bob");
        assertThat(annEdits.resolve(a.id(), c.asset().version(), mine, "ann")).isInstanceOf(EditOutcome.Merged.class);
        Asset now = ann.find(a.id()).orElseThrow();
        assertThat(now.title()).isEqualTo("Ferry, ann");
        assertThat(now.description()).isEqualTo("Crossing at noon.");
        // ... and when he changes the same field again, it is a new conflict against his newest version.
        bobEdits.save(AssetEdit.of(a.id(), now.version(), AssetChanges.none().title("Ferry, bob again"), VersionOrigin.EDIT), "bob");
        AssetSnapshot again = new AssetSnapshot("Ferry, ann 2", now.description(), now.status(), now.reviewStatus(), Map.of(), Map.of(), List.of());
        EditOutcome out = annEdits.resolve(a.id(), now.version(), again, "ann");
        assertThat(out).isInstanceOfSatisfying(EditOutcome.Conflict.class, x ->
                assertThat(x.merge().clashes()).singleElement().satisfies(cl -> assertThat(cl.theirs()).isEqualTo("Ferry, bob again")));
        assertThat(ann.find(a.id()).orElseThrow().title()).isEqualTo("Ferry, bob again");
    }

    @Test
    void processingThatFinishesDuringAnEditIsKeptAlongsideIt() {
        Asset a = asset("Old town");
        Asset seen = ann.find(a.id()).orElseThrow();
        bob.recordProcessing(a.id(), AssetStatus.PROCESSED, 12_000L, "video/mp4", null, "Processed", "worker");
        EditOutcome out = annEdits.save(AssetEdit.of(a.id(), seen.version(), AssetChanges.none().title("Old town square"),
                VersionOrigin.EDIT), "ann");
        assertThat(out).isInstanceOf(EditOutcome.Merged.class);
        Asset now = ann.find(a.id()).orElseThrow();
        assertThat(now.title()).isEqualTo("Old town square");
        assertThat(now.status()).isEqualTo(AssetStatus.PROCESSED);
        assertThat(now.durationMs()).isEqualTo(12_000L);
    }

    @Test
    void aBatchIsRevertedToAMomentAssetByAssetAsRollbackVersions() throws Exception {
        Asset a = asset("Lighthouse");
        Asset b = asset("Beach");
        annEdits.save(AssetEdit.of(a.id(), 1, AssetChanges.none().tags(List.of("coast")), VersionOrigin.EDIT), "ann");
        Thread.sleep(20);
        Instant moment = Instant.now();
        Thread.sleep(20);
        annEdits.save(AssetEdit.of(a.id(), 2, AssetChanges.none().title("Lighthouse, wrong").tags(List.of()), VersionOrigin.EDIT), "ann");
        bobEdits.save(AssetEdit.of(b.id(), 1, AssetChanges.none().description("wrong"), VersionOrigin.EDIT), "bob");
        Asset later = asset("Added later");
        AssetReverts reverts = new AssetReverts(ann, annEdits);
        RevertPlan plan = reverts.plan(ann.findAll(List.of(a.id(), b.id(), later.id())), moment);
        assertThat(plan.steps()).hasSize(2);
        assertThat(plan.fields()).as("a: title and the tag coast; b: the description").isEqualTo(3);
        assertThat(plan.notYetThere()).extracting(Asset::id).containsExactly(later.id());
        AssetReverts.Report report = reverts.run(plan, "ann", io.reelbase.core.Progress.NONE);
        assertThat(report.reverted()).isEqualTo(2);
        assertThat(ann.find(a.id()).orElseThrow()).satisfies(x -> {
            assertThat(x.title()).isEqualTo("Lighthouse");
            assertThat(x.tags()).containsExactly("coast");
        });
        assertThat(ann.find(b.id()).orElseThrow().description()).isNull();
        assertThat(ann.versions(a.id())).hasSize(4).last().satisfies(v -> assertThat(v.origin()).isEqualTo(VersionOrigin.ROLLBACK));
        assertThat(ann.versions(later.id())).hasSize(1);
        assertThat(audit(a)).contains(ActionType.ROLLBACK);
    }

    @Test
    void anotherClientsSaveIsAnnouncedAndOnesOwnIsNot() throws Exception {
        Asset a = asset("Announced");
        List<AssetChangeNotice> heard = new CopyOnWriteArrayList<>();
        AutoCloseable listening = annDb.assetChanges().subscribe(heard::addAll);
        try {
            Thread.sleep(300);  // the LISTEN is in place
            annEdits.save(AssetEdit.of(a.id(), 1, AssetChanges.none().description("by ann herself"), VersionOrigin.EDIT), "ann");
            bobEdits.save(AssetEdit.of(a.id(), 2, AssetChanges.none().title("Announced by bob"), VersionOrigin.EDIT), "bob");
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (heard.isEmpty() && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            Thread.sleep(300);
        } finally {
            listening.close();
        }
        assertThat(heard).singleElement().satisfies(n -> {
            assertThat(n.assetId()).isEqualTo(a.id());
            assertThat(n.version()).isEqualTo(3);
            assertThat(n.author()).isEqualTo("bob");
            assertThat(n.summary()).isEqualTo("title");
        });
    }
}
