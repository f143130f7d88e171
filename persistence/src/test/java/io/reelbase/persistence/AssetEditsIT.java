package io.reelbase.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetChanges;
import io.reelbase.core.asset.AssetRepository;
import io.reelbase.core.asset.AssetStatus;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.NewAsset;
import io.reelbase.core.asset.ReviewStatus;
import io.reelbase.core.asset.VersionOrigin;
import io.reelbase.core.edit.AssetEdit;
import io.reelbase.core.edit.AssetEdits;
import io.reelbase.core.edit.EditOutcome;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The one edit pipeline on a real catalogue: rules, versions with summaries, stale edits, undo. */
class AssetEditsIT {
    private static Database db;
    private static AssetRepository assets;
    private static AssetEdits edits;

    @BeforeAll
    static void open() {
        db = Database.open(TestDatabases.fresh());
        assets = db.repositories().assets();
        edits = new AssetEdits(assets, assets, assets);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void aSavedEditIsOneNewVersionSayingWhatChanged() {
        Asset a = assets.create(NewAsset.of("Harbour", AssetType.IMAGE), "t");
        EditOutcome out = edits.save(AssetEdit.of(a.id(), 1, AssetChanges.none().title("Harbour at dawn")
                .tags(List.of("sea", "boats")).reviewStatus(ReviewStatus.PENDING_REVIEW), VersionOrigin.EDIT), "ann");
        assertThat(out).isInstanceOf(EditOutcome.Saved.class);
        assertThat(out.asset().version()).isEqualTo(2);
        assertThat(assets.version(a.id(), 2).orElseThrow()).satisfies(v -> {
            assertThat(v.origin()).isEqualTo(VersionOrigin.EDIT);
            assertThat(v.baseVersion()).isEqualTo(1L);
            assertThat(v.createdByName()).isEqualTo("ann");
            assertThat(v.changeSummary()).isEqualTo("title, review status, 2 tags added");
            assertThat(v.snapshot().title()).isEqualTo("Harbour at dawn");
            assertThat(v.snapshot().tags()).containsExactly("boats", "sea");
        });
    }

    @Test
    void anEditOfOtherFieldsThanSomeoneElsesIsMergedWithTheirs() {
        Asset a = assets.create(NewAsset.of("Pier", AssetType.IMAGE), "t");
        edits.save(AssetEdit.of(a.id(), 1, AssetChanges.none().description("by bob").tags(List.of("sea")), VersionOrigin.EDIT), "bob");
        EditOutcome out = edits.save(AssetEdit.of(a.id(), 1, AssetChanges.none().title("Ann's pier").tags(List.of("night")),
                VersionOrigin.EDIT), "ann");
        assertThat(out).isInstanceOf(EditOutcome.Merged.class);
        EditOutcome.Merged m = (EditOutcome.Merged) out;
        assertThat(m.theirsAuthor()).isEqualTo("bob");
        assertThat(m.theirsVersion()).isEqualTo(2);
        assertThat(m.keptFromTheirs()).isEqualTo("description, 1 tag added");
        Asset now = assets.find(a.id()).orElseThrow();
        assertThat(now.title()).isEqualTo("Ann's pier");
        assertThat(now.description()).as("bob's change kept").isEqualTo("by bob");
        assertThat(now.tags()).as("both added a tag").containsExactly("night", "sea");
        assertThat(assets.versions(a.id())).last().satisfies(v -> {
            assertThat(v.origin()).isEqualTo(VersionOrigin.MERGE);
            assertThat(v.version()).isEqualTo(3);
            assertThat(v.baseVersion()).isEqualTo(2L);
            assertThat(v.createdByName()).isEqualTo("ann");
            assertThat(v.changeSummary()).startsWith("Merged with version 2 by bob: title, 1 tag added");
        });
    }

    @Test
    void anEditOfTheSameFieldIsAConflictAndWritesNothing() {
        Asset a = assets.create(NewAsset.of("Dunes", AssetType.IMAGE), "t");
        edits.save(AssetEdit.of(a.id(), 1, AssetChanges.none().title("Dunes at noon"), VersionOrigin.EDIT), "bob");
        EditOutcome out = edits.save(AssetEdit.of(a.id(), 1, AssetChanges.none().title("Dunes at dusk").description("Wide"),
                VersionOrigin.EDIT), "ann");
        assertThat(out).isInstanceOf(EditOutcome.Conflict.class);
        EditOutcome.Conflict c = (EditOutcome.Conflict) out;
        assertThat(c.asset().version()).as("theirs").isEqualTo(2);
        assertThat(c.merge().clashes()).singleElement().satisfies(x -> {
            assertThat(x.describe()).isEqualTo("title");
            assertThat(x.mine()).isEqualTo("Dunes at dusk");
            assertThat(x.theirs()).isEqualTo("Dunes at noon");
        });
        assertThat(c.merge().merged().description()).as("the rest merged, for the conflict screen").isEqualTo("Wide");
        Asset now = assets.find(a.id()).orElseThrow();
        assertThat(now.title()).isEqualTo("Dunes at noon");
        assertThat(now.description()).isNull();
        assertThat(assets.versions(a.id())).hasSize(2);
    }

    @Test
    void eightEditorsSavingTheirOwnFieldAtOnceLoseNothing() throws Exception {
        Asset a = assets.create(NewAsset.of("Busy", AssetType.IMAGE), "t");
        int writers = 8;
        int saves = 100;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        var start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Integer>> done = new java.util.ArrayList<>();
        for (int w = 0; w < writers; w++) {
            String field = "writer" + w;
            done.add(pool.submit(() -> {
                start.await();
                int merged = 0;
                for (int i = 1; i <= saves; i++) {
                    Asset seen = assets.find(a.id()).orElseThrow();
                    Map<String, Object> fields = new java.util.HashMap<>(seen.customFields());
                    fields.put(field, i);
                    EditOutcome out = edits.save(AssetEdit.of(a.id(), seen.version(), AssetChanges.none().customFields(fields),
                            VersionOrigin.EDIT), field);
                    assertThat(out.saved()).as(field + " save " + i).isTrue();
                    merged += out instanceof EditOutcome.Merged ? 1 : 0;
                }
                return merged;
            }));
        }
        start.countDown();
        int merges = 0;
        for (var f : done) {
            merges += f.get();
        }
        pool.shutdown();
        Asset end = assets.find(a.id()).orElseThrow();
        for (int w = 0; w < writers; w++) {
            assertThat(end.customFields()).as("writer" + w + "'s last value").containsEntry("writer" + w, saves);
        }
        assertThat(end.version()).as("one version per save, plus the first").isEqualTo(1 + writers * saves);
        // Every one of the 800 changes is in the history: each writer's values 1..100 appear in order.
        List<io.reelbase.core.asset.AssetVersion> history = assets.versions(a.id());
        for (int w = 0; w < writers; w++) {
            String key = "writer" + w;
            List<Object> seen = history.stream().map(v -> v.snapshot().customFields().get(key)).filter(java.util.Objects::nonNull)
                    .distinct().toList();
            assertThat(seen).as(key + "'s values through the history")
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, saves).boxed().map(i -> (Object) i).toList());
        }
        assertThat(merges).as("saves raced and were merged, not refused").isPositive();
    }

    @Test
    void anInvalidReviewTransitionIsRefusedBeforeAnythingIsWritten() {
        Asset a = assets.create(NewAsset.of("Draft clip", AssetType.VIDEO), "alice");
        assertThatThrownBy(() -> edits.save(AssetEdit.of(a.id(), 1, AssetChanges.none().reviewStatus(ReviewStatus.APPROVED),
                VersionOrigin.EDIT), "alice"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DRAFT").hasMessageContaining("APPROVED");
        assertThat(assets.find(a.id()).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void undoRestoresWhatTheLastEditChangedAsANewVersionAndKeepsProcessing() {
        Asset a = assets.create(NewAsset.of("Lighthouse", AssetType.IMAGE), "t");
        Asset edited = edits.save(AssetEdit.of(a.id(), 1, AssetChanges.none().title("Lighthouse at night")
                .reviewStatus(ReviewStatus.PENDING_REVIEW).tags(List.of("night")).customFields(Map.of("take", "2")),
                VersionOrigin.EDIT), "ann").asset();
        Asset jobbed = assets.recordProcessing(a.id(), AssetStatus.PROCESSED, null, "image/jpeg", null, "job", "worker");

        assertThat(edits.undoLastEdit(a.id(), edited.version(), "ann"))
                .as("based on an old version: nothing written").isInstanceOf(EditOutcome.Conflict.class);
        Asset undone = edits.undoLastEdit(a.id(), jobbed.version(), "ann").asset();
        assertThat(undone.title()).isEqualTo("Lighthouse");
        assertThat(undone.reviewStatus()).isEqualTo(ReviewStatus.DRAFT);
        assertThat(undone.tags()).isEmpty();
        assertThat(undone.customFields()).isEmpty();
        assertThat(undone.status()).as("what processing wrote stays").isEqualTo(AssetStatus.PROCESSED);
        assertThat(undone.mimeType()).isEqualTo("image/jpeg");
        assertThat(undone.version()).isEqualTo(jobbed.version() + 1);
        assertThat(assets.versions(a.id())).last().satisfies(v -> {
            assertThat(v.origin()).isEqualTo(VersionOrigin.ROLLBACK);
            assertThat(v.changeSummary()).isEqualTo("Undid the edit of version " + edited.version());
        });
        Asset redone = edits.undoLastEdit(a.id(), undone.version(), "ann").asset();
        assertThat(redone.title()).as("undoing the undo redoes").isEqualTo("Lighthouse at night");
        assertThat(redone.tags()).containsExactly("night");
        assertThat(redone.customFields()).containsEntry("take", "2");

        Asset fresh = assets.create(NewAsset.of("Untouched", AssetType.IMAGE), "t");
        assertThatThrownBy(() -> edits.undoLastEdit(fresh.id(), fresh.version(), "ann")).hasMessageContaining("no edit to undo");
    }
}
