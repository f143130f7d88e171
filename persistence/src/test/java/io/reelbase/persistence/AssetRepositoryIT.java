package io.reelbase.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelbase.core.Page;
import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetChanges;
import io.reelbase.core.asset.AssetCursor;
import io.reelbase.core.asset.AssetRepository;
import io.reelbase.core.asset.AssetStatus;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.AssetVersion;
import io.reelbase.core.asset.DuplicateAssetException;
import io.reelbase.core.asset.NewAsset;
import io.reelbase.core.asset.ReviewStatus;
import io.reelbase.core.asset.StaleAssetException;
import io.reelbase.core.asset.VersionOrigin;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AssetRepositoryIT {
    private static final String HASH = "a".repeat(64);
    private static Database db;
    private static AssetRepository assets;

    @BeforeAll
    static void open() {
        db = Database.open(TestDatabases.fresh());
        assets = db.repositories().assets();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void createdAssetIsReadBackAtVersionOneWithItsFirstSnapshot() {
        Asset a = assets.create(NewAsset.of("  Harbour at dawn ", AssetType.VIDEO)
                .withFile("B".repeat(64), 1234, "harbour.mov", "video/quicktime")
                .withDescription("Wide shot"), "alice");

        Asset read = assets.find(a.id()).orElseThrow();
        assertThat(read.title()).isEqualTo("Harbour at dawn");
        assertThat(read.fileHash()).isEqualTo("b".repeat(64));
        assertThat(read.status()).isEqualTo(AssetStatus.STAGED);
        assertThat(read.reviewStatus()).isEqualTo(ReviewStatus.DRAFT);
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.createdAt()).isNotNull();
        assertThat(assets.findByHash("B".repeat(64))).map(Asset::id).contains(a.id());

        List<AssetVersion> history = assets.versions(a.id());
        assertThat(history).singleElement().satisfies(v -> {
            assertThat(v.version()).isEqualTo(1);
            assertThat(v.origin()).isEqualTo(VersionOrigin.CREATE);
            assertThat(v.snapshot().title()).isEqualTo("Harbour at dawn");
            assertThat(v.snapshot().description()).isEqualTo("Wide shot");
            assertThat(v.createdByName()).isEqualTo("alice");
        });
    }

    @Test
    void theSameContentIsNotAddedTwice() {
        Asset first = assets.create(NewAsset.of("One", AssetType.IMAGE).withFile(HASH, 10, "one.jpg", "image/jpeg"), "alice");
        assertThatThrownBy(() -> assets.create(NewAsset.of("Copy", AssetType.IMAGE)
                .withFile(HASH, 10, "copy.jpg", "image/jpeg"), "bob"))
                .isInstanceOf(DuplicateAssetException.class)
                .satisfies(e -> assertThat(((DuplicateAssetException) e).existingId()).isEqualTo(first.id()));
    }

    @Test
    void anEditWritesANewVersionWithTheChangedFields() {
        Asset a = assets.create(NewAsset.of("Interview", AssetType.VIDEO), "alice");
        Asset edited = assets.update(a.id(), 1, AssetChanges.none().title("Interview with the mayor")
                        .customFields(Map.of("location", "Town hall", "take", 3)).reviewStatus(ReviewStatus.PENDING_REVIEW),
                VersionOrigin.EDIT, "Title and location", "bob");

        assertThat(edited.version()).isEqualTo(2);
        assertThat(edited.versionId()).isNotEqualTo(a.versionId());
        Asset read = assets.find(a.id()).orElseThrow();
        assertThat(read.title()).isEqualTo("Interview with the mayor");
        assertThat(read.customFields()).containsEntry("location", "Town hall").containsEntry("take", 3);
        assertThat(read.reviewStatus()).isEqualTo(ReviewStatus.PENDING_REVIEW);
        assertThat(read.updatedAt()).isAfterOrEqualTo(read.createdAt());

        AssetVersion v2 = assets.version(a.id(), 2).orElseThrow();
        assertThat(v2.origin()).isEqualTo(VersionOrigin.EDIT);
        assertThat(v2.baseVersion()).isEqualTo(1L);
        assertThat(v2.changeSummary()).isEqualTo("Title and location");
        assertThat(v2.snapshot().title()).isEqualTo("Interview with the mayor");
        assertThat(assets.version(a.id(), 1).orElseThrow().snapshot().title()).isEqualTo("Interview");
    }

    @Test
    void aStaleSaveIsRejectedAndOverwritesNothing() {
        Asset a = assets.create(NewAsset.of("Sunset", AssetType.IMAGE), "alice");
        // Alice and Bob both open version 1. Bob saves first.
        assets.update(a.id(), 1, AssetChanges.none().title("Sunset over the bay"), VersionOrigin.EDIT, null, "bob");

        assertThatThrownBy(() -> assets.update(a.id(), 1, AssetChanges.none().title("Sunset, Alice's title")
                .description("Alice's words"), VersionOrigin.EDIT, null, "alice"))
                .isInstanceOf(StaleAssetException.class)
                .hasMessageContaining("changed by someone else")
                .satisfies(e -> {
                    StaleAssetException stale = (StaleAssetException) e;
                    assertThat(stale.expectedVersion()).isEqualTo(1);
                    assertThat(stale.currentVersion()).isEqualTo(2);
                });

        Asset now = assets.find(a.id()).orElseThrow();
        assertThat(now.title()).isEqualTo("Sunset over the bay");
        assertThat(now.description()).isNull();
        assertThat(now.version()).isEqualTo(2);
        assertThat(assets.versions(a.id())).extracting(AssetVersion::version).containsExactly(1L, 2L);
    }

    @Test
    void ofManyConcurrentSavesFromTheSameVersionExactlyOneWins() throws Exception {
        Asset a = assets.create(NewAsset.of("Race", AssetType.AUDIO), "alice");
        int editors = 6;
        ExecutorService pool = Executors.newFixedThreadPool(editors);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < editors; i++) {
            String title = "Title by editor " + i;
            results.add(pool.submit((Callable<String>) () -> {
                start.await();
                try {
                    assets.update(a.id(), 1, AssetChanges.none().title(title), VersionOrigin.EDIT, null, "editor");
                    return title;
                } catch (StaleAssetException e) {
                    return "stale";
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        List<String> winners = outcomes.stream().filter(o -> !o.equals("stale")).toList();
        assertThat(winners).hasSize(1);
        Asset now = assets.find(a.id()).orElseThrow();
        assertThat(now.version()).isEqualTo(2);
        assertThat(now.title()).isEqualTo(winners.get(0));
        assertThat(assets.versions(a.id())).hasSize(2);
    }

    @Test
    void statusChangesAreVersionedAndAudited() {
        Asset a = assets.create(NewAsset.of("Archive me", AssetType.DOCUMENT), "alice");
        Asset archived = assets.changeStatus(a.id(), 1, AssetStatus.ARCHIVED, "lifecycle");
        assertThat(archived.status()).isEqualTo(AssetStatus.ARCHIVED);
        assertThat(archived.archivedAt()).isNotNull();
        assertThat(archived.version()).isEqualTo(2);
        assertThatThrownBy(() -> assets.changeStatus(a.id(), 1, AssetStatus.DELETED, "lifecycle"))
                .isInstanceOf(StaleAssetException.class);
        assertThat(db.repositories().audit().forAsset(a.id(), 10))
                .anySatisfy(r -> {
                    assertThat(r.type().name()).isEqualTo("STATUS_CHANGE");
                    assertThat(r.actor()).isEqualTo("lifecycle");
                    assertThat(r.stateBefore()).containsEntry("status", "STAGED");
                    assertThat(r.stateAfter()).containsEntry("status", "ARCHIVED");
                });
    }

    @Test
    void versionSnapshotsCannotBeRewritten() throws Exception {
        Asset a = assets.create(NewAsset.of("Immutable", AssetType.VIDEO), "alice");
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.execute("update asset_version set change_summary = 'rewritten' where asset_id = '"
                    + a.id() + "'")).hasMessageContaining("append-only");
        }
    }

    @Test
    void pagesWalkTheWholeCatalogueNewestFirstWithoutGapsOrRepeats() {
        try (Database own = Database.open(TestDatabases.fresh())) {
            AssetRepository repo = own.repositories().assets();
            for (int i = 0; i < 23; i++) {
                repo.create(NewAsset.of("Asset " + i, AssetType.IMAGE), "gen");
            }
            Set<UUID> seen = new HashSet<>();
            List<Asset> order = new ArrayList<>();
            Optional<AssetCursor> cursor = Optional.empty();
            int pages = 0;
            do {
                Page<Asset, AssetCursor> page = repo.page(cursor, 5);
                page.items().forEach(x -> assertThat(seen.add(x.id())).as("no repeats").isTrue());
                order.addAll(page.items());
                cursor = page.next();
                pages++;
            } while (cursor.isPresent());
            assertThat(pages).isEqualTo(5);
            assertThat(seen).hasSize(23);
            assertThat(repo.count()).isEqualTo(23);
            repo.create(NewAsset.of("A video", AssetType.VIDEO), "gen");
            assertThat(repo.countByType()).containsEntry(AssetType.IMAGE, 23L).containsEntry(AssetType.VIDEO, 1L)
                    .doesNotContainKey(AssetType.AUDIO);
            assertThat(repo.page(io.reelbase.core.asset.AssetFilter.ofType(AssetType.VIDEO), Optional.empty(), 50).items())
                    .extracting(Asset::title).containsExactly("A video");
            for (int i = 1; i < order.size(); i++) {
                assertThat(order.get(i - 1).createdAt()).isAfterOrEqualTo(order.get(i).createdAt());
            }
        }
    }

    @Test
    void searchFindsPartialWordsTyposAndFileNames() {
        try (Database own = Database.open(TestDatabases.fresh())) {
            AssetRepository repo = own.repositories().assets();
            repo.create(NewAsset.of("Harbour at dawn", AssetType.VIDEO).withFile("d".repeat(64), 1, "HBR_0001.MOV", "video/quicktime"), "t");
            repo.create(NewAsset.of("Mayor interview", AssetType.VIDEO).withDescription("Town hall, second take"), "t");
            repo.create(NewAsset.of("Coast", AssetType.IMAGE).withFile("e".repeat(64), 1, "lighthouse_50%.jpg", "image/jpeg"), "t");
            java.util.function.Function<io.reelbase.core.asset.AssetFilter, List<String>> titles = f ->
                    repo.page(f, Optional.empty(), 50).items().stream().map(Asset::title).toList();
            var all = io.reelbase.core.asset.AssetFilter.ALL;
            assertThat(titles.apply(all.withText("harb"))).as("a partial word").containsExactly("Harbour at dawn");
            assertThat(titles.apply(all.withText("intervew"))).as("a typo").containsExactly("Mayor interview");
            assertThat(titles.apply(all.withText("harbor"))).as("a typo in one word of a longer title").containsExactly("Harbour at dawn");
            assertThat(titles.apply(all.withText("town take"))).as("words of the description").containsExactly("Mayor interview");
            assertThat(titles.apply(all.withText("lighthouse"))).as("the file name").containsExactly("Coast");
            assertThat(titles.apply(all.withText("50%"))).as("special characters are literal").containsExactly("Coast");
            assertThat(titles.apply(all.withText("hbr_0001"))).containsExactly("Harbour at dawn");
            assertThat(titles.apply(io.reelbase.core.asset.AssetFilter.ofType(AssetType.IMAGE).withText("harb"))).isEmpty();
            assertThat(titles.apply(all.withText("zebra"))).isEmpty();
            assertThat(titles.apply(io.reelbase.core.asset.AssetFilter.ofType(AssetType.IMAGE).withText("harbour")))
                    .as("a word found elsewhere is no typo: no near misses among the images").isEmpty();
            assertThat(titles.apply(io.reelbase.core.asset.AssetFilter.ofType(AssetType.VIDEO).withText("harbor")))
                    .as("a word found nowhere is taken for a typo, also in a narrowed list").containsExactly("Harbour at dawn");
        }
    }

    @Test
    void deleteRemovesTheAssetAndItsHistory() {
        Asset a = assets.create(NewAsset.of("Temporary", AssetType.IMAGE), "alice");
        assets.delete(a.id());
        assertThat(assets.find(a.id())).isEmpty();
        assertThat(assets.versions(a.id())).isEmpty();
        assertThat(db.repositories().audit().forAsset(a.id(), 10)).extracting(r -> r.type().name())
                .contains("ASSET_CREATED", "ASSET_DELETED");
    }
}
