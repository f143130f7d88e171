package io.reelbase.app.feature.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.app.ui.ImmediateTasks;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.NewAsset;
import io.reelbase.persistence.Database;
import io.reelbase.persistence.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The library's state, without a toolkit, over a real catalogue of 450 assets. */
class LibraryViewModelIT {
    private static Database db;

    @BeforeAll
    static void fill() {
        db = Database.open(TestDatabases.fresh());
        for (int i = 0; i < 430; i++) {
            db.repositories().assets().create(NewAsset.of("Still " + i, AssetType.IMAGE), "gen");
        }
        for (int i = 0; i < 20; i++) {
            db.repositories().assets().create(NewAsset.of("Clip " + i, AssetType.VIDEO), "gen");
        }
    }

    static LibraryViewModel viewModel(Database d, String actor) {
        return viewModel(d, actor, new ImmediateTasks(), new io.reelbase.app.ui.RecordingDialogs());
    }

    static LibraryViewModel viewModel(Database d, String actor, io.reelbase.app.ui.BackgroundTasks tasks,
                                      io.reelbase.app.ui.DialogService dialogs) {
        var assets = d.repositories().assets();
        return new LibraryViewModel(new LibraryServices(assets, assets, assets, new io.reelbase.core.edit.AssetEdits(assets, assets, assets),
                d.repositories().collections(), d.repositories().savedSearches(), d.repositories().ingestSources(), d.repositories().media(),
                d.assetChanges(), new io.reelbase.persistence.offline.WorkingSets(d.dataSource()), io.reelbase.app.OfflineService.forWindow(d, null),
                new io.reelbase.core.lifecycle.AssetRestore(assets, assets)), tasks, dialogs, actor);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void theListLoadsAPageAtATimeUntilTheEnd() {
        LibraryViewModel vm = viewModel(db, "gen");
        vm.refresh();
        assertThat(vm.sidebar().totalProperty().get()).isEqualTo(450);
        assertThat(vm.list().rows()).hasSize(AssetList.PAGE_SIZE);
        assertThat(vm.list().hasMoreProperty().get()).isTrue();
        assertThat(vm.list().rows().get(0).title()).as("newest first").isEqualTo("Clip 19");

        vm.list().loadMore();
        vm.list().loadMore();
        assertThat(vm.list().rows()).hasSize(450);
        assertThat(vm.list().hasMoreProperty().get()).isFalse();
        vm.list().loadMore();
        assertThat(vm.list().rows()).as("nothing more to load").hasSize(450);
        assertThat(vm.list().rows().stream().map(r -> r.id()).distinct()).hasSize(450);
    }

    @Test
    void aSectionShowsOnlyItsTypeAndTheSidebarCountsEachType() {
        LibraryViewModel vm = viewModel(db, "gen");
        vm.refresh();
        LibrarySection video = LibrarySection.standard().stream().filter(s -> s.type() == AssetType.VIDEO).findFirst().orElseThrow();
        LibrarySection audio = LibrarySection.standard().stream().filter(s -> s.type() == AssetType.AUDIO).findFirst().orElseThrow();
        assertThat(vm.sidebar().count(video)).isEqualTo(20);
        assertThat(vm.sidebar().count(audio)).isZero();
        assertThat(vm.sidebar().count(LibrarySection.ALL)).isEqualTo(450);

        vm.show(video);
        assertThat(vm.list().rows()).hasSize(20).allSatisfy(r -> assertThat(r.type()).isEqualTo("Video"));
        assertThat(vm.list().hasMoreProperty().get()).isFalse();
        vm.show(audio);
        assertThat(vm.list().rows()).isEmpty();
    }

    @Test
    void selectingAnAssetLoadsItsPreviewElseItsThumbnail() {
        LibraryViewModel vm = viewModel(db, "gen");
        vm.refresh();
        AssetRow row = vm.list().rows().get(0);
        vm.selection().select(row);
        assertThat(vm.focus().pictureProperty().get()).as("nothing made yet").isNull();
        byte[] jpeg = {(byte) 0xff, (byte) 0xd8, 1, 2, 3};
        db.repositories().media().saveDerivative(row.id(), io.reelbase.core.media.DerivativeKind.THUMBNAIL, 0,
                new io.reelbase.core.media.Thumbnail(jpeg, 320, 180, null, "poster frame"));
        vm.selection().select(row);
        assertThat(vm.focus().pictureProperty().get()).containsExactly(jpeg);
        byte[] preview = {(byte) 0xff, (byte) 0xd8, 9, 9, 9};
        db.repositories().media().saveDerivative(row.id(), io.reelbase.core.media.DerivativeKind.PREVIEW, 0,
                new io.reelbase.core.media.Thumbnail(preview, 1280, 720, null, "preview"));
        vm.selection().select(row);
        assertThat(vm.focus().pictureProperty().get()).as("a preview, once there is one, over the thumbnail").containsExactly(preview);
        vm.selection().select(null);
        assertThat(vm.focus().pictureProperty().get()).isNull();
    }

    @Test
    void anEditIsSavedAsANewVersionAndAStaleOneOverwritesNothing() {
        try (Database own = Database.open(TestDatabases.fresh())) {
            var repo = own.repositories().assets();
            var created = repo.create(NewAsset.of("Lighthouse", AssetType.IMAGE), "gen");
            LibraryViewModel vm = viewModel(own, "ann");
            vm.refresh();
            vm.selection().select(vm.list().rows().get(0));
            vm.form().titleProperty().set("Lighthouse at dusk");
            vm.form().reviewProperty().set(io.reelbase.core.asset.ReviewStatus.PENDING_REVIEW);
            vm.form().save();
            assertThat(vm.form().messageProperty().get()).isEqualTo("Saved as version 2.");
            var saved = repo.find(created.id()).orElseThrow();
            assertThat(saved.title()).isEqualTo("Lighthouse at dusk");
            assertThat(saved.reviewStatus()).isEqualTo(io.reelbase.core.asset.ReviewStatus.PENDING_REVIEW);
            assertThat(repo.versions(created.id())).last().satisfies(v -> {
                assertThat(v.origin()).isEqualTo(io.reelbase.core.asset.VersionOrigin.EDIT);
                assertThat(v.createdByName()).isEqualTo("ann");
            });
            assertThat(vm.list().rows().get(0).title()).isEqualTo("Lighthouse at dusk");

            // Someone else saves another field while this form is open: both changes are kept.
            repo.update(created.id(), 2, io.reelbase.core.asset.AssetChanges.none().description("by a colleague"),
                    io.reelbase.core.asset.VersionOrigin.EDIT, null, "bob");
            vm.form().titleProperty().set("Mine");
            vm.form().save();
            assertThat(vm.form().messageProperty().get()).isEqualTo("Saved as version 4. Also kept what bob saved meanwhile"
                    + " (version 3): description.");
            assertThat(repo.find(created.id()).orElseThrow().title()).isEqualTo("Mine");
            assertThat(repo.find(created.id()).orElseThrow().description()).isEqualTo("by a colleague");
            assertThat(repo.versions(created.id())).last().extracting(v -> v.origin()).isEqualTo(io.reelbase.core.asset.VersionOrigin.MERGE);

            // Someone else changes the same field: nothing is overwritten, the form keeps the typing.
            repo.update(created.id(), 4, io.reelbase.core.asset.AssetChanges.none().title("Bob's title"),
                    io.reelbase.core.asset.VersionOrigin.EDIT, null, "bob");
            vm.form().titleProperty().set("Mine again");
            vm.form().save();
            assertThat(vm.form().messageProperty().get()).contains("changed by someone else").contains("in the same fields as you (title)")
                    .contains("not saved");
            assertThat(repo.find(created.id()).orElseThrow().title()).isEqualTo("Bob's title");
            assertThat(vm.form().titleProperty().get()).isEqualTo("Mine again");

            vm.form().titleProperty().set("   ");
            vm.form().save();
            assertThat(vm.form().messageProperty().get()).contains("title is required");
        }
    }

    @Test
    void aLostDatabaseShowsWhatHappenedAndWhatToDoInsteadOfRows() {
        var settings = TestDatabases.fresh();
        try (Database gone = Database.open(settings)) {
            LibraryViewModel vm = viewModel(gone, "gen");
            TestDatabases.dropWhileInUse(settings);
            vm.refresh();
            assertThat(vm.list().rows()).isEmpty();
            assertThat(vm.list().loadingProperty().get()).isFalse();
            assertThat(vm.problemProperty().get()).startsWith("Lost the connection to the database")
                    .contains("Check the server or network and try again");
        }
    }

    @Test
    void rowsAreFormattedForPeople() {
        assertThat(io.reelbase.core.Bytes.human(512)).isEqualTo("512 B");
        assertThat(io.reelbase.core.Bytes.human(1_572_864)).isEqualTo("1.5 MB");
        assertThat(io.reelbase.core.Bytes.human(3L * 1024 * 1024 * 1024)).isEqualTo("3.0 GB");
        assertThat(AssetRow.label("PENDING_REVIEW")).isEqualTo("Pending review");
        var withDuration = new io.reelbase.core.asset.Asset(java.util.UUID.randomUUID(), "Long take", null,
                AssetType.VIDEO, io.reelbase.core.asset.AssetStatus.STAGED, io.reelbase.core.asset.ReviewStatus.DRAFT,
                io.reelbase.core.asset.SourceSystem.USER_UPLOAD, null, "c".repeat(64), 2048L, "take.mov",
                "video/quicktime", 3_723_000L, null, null, null, null, null, null, 1, java.util.UUID.randomUUID(), false,
                io.reelbase.core.asset.StorageTier.HOT, null, java.time.Instant.now(), java.time.Instant.now(), null, null, null, null);
        assertThat(AssetRow.of(withDuration).duration()).isEqualTo("1:02:03");
        assertThat(AssetRow.of(withDuration).size()).isEqualTo("2.0 KB");
    }
}
