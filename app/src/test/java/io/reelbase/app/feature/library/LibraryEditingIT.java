package io.reelbase.app.feature.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetChanges;
import io.reelbase.core.asset.AssetRepository;
import io.reelbase.core.asset.AssetSort;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.Facet;
import io.reelbase.core.asset.FacetCount;
import io.reelbase.core.asset.NewAsset;
import io.reelbase.core.asset.ReviewStatus;
import io.reelbase.core.asset.VersionOrigin;
import io.reelbase.persistence.Database;
import io.reelbase.persistence.TestDatabases;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Selection, facets, batch editing, undo, collections and saved searches in the view-model, without a toolkit. */
class LibraryEditingIT {
    private Database db;
    private AssetRepository assets;
    private LibraryViewModel vm;
    private final io.reelbase.app.ui.RecordingDialogs dialogs = new io.reelbase.app.ui.RecordingDialogs();

    @BeforeEach
    void open() {
        db = Database.open(TestDatabases.fresh());
        assets = db.repositories().assets();
        for (String t : List.of("Harbour", "Pier", "Lighthouse", "Beach", "Dunes")) {
            assets.create(NewAsset.of(t, AssetType.IMAGE), "gen");
        }
        assets.create(NewAsset.of("Ferry", AssetType.VIDEO), "gen");
        vm = LibraryViewModelIT.viewModel(db, "ann", new io.reelbase.app.ui.ImmediateTasks(), dialogs);
        vm.refresh();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private AssetRow row(String title) {
        return vm.list().rows().stream().filter(r -> r.title().equals(title)).findFirst().orElseThrow();
    }

    private List<String> titles() {
        return vm.list().rows().stream().map(AssetRow::title).toList();
    }

    @Test
    void clickCtrlClickShiftClickAndArrowsSelectLikeAFileBrowser() {
        assertThat(titles()).containsExactly("Ferry", "Dunes", "Beach", "Lighthouse", "Pier", "Harbour");
        vm.selection().click(row("Dunes"), false, false);
        assertThat(vm.selection().items()).extracting(AssetRow::title).containsExactly("Dunes");
        vm.selection().click(row("Pier"), false, true);
        assertThat(vm.selection().items()).extracting(AssetRow::title).containsExactly("Dunes", "Beach", "Lighthouse", "Pier");
        vm.selection().click(row("Beach"), true, false);
        assertThat(vm.selection().items()).extracting(AssetRow::title).containsExactly("Dunes", "Lighthouse", "Pier");
        vm.selection().click(row("Ferry"), false, false);
        vm.selection().move(1, false);
        assertThat(vm.selection().focusProperty().get().title()).isEqualTo("Dunes");
        vm.selection().move(2, true);
        assertThat(vm.selection().items()).extracting(AssetRow::title).containsExactly("Dunes", "Beach", "Lighthouse");
        vm.selection().move(-100, false);
        assertThat(vm.selection().items()).extracting(AssetRow::title).containsExactly("Ferry");
        vm.selection().selectAll();
        assertThat(vm.selection().items()).hasSize(6);
        assertThat(vm.form().countProperty().get()).isEqualTo(6);
    }

    @Test
    void facetsNarrowTheListAndCountWhatIsLeft() {
        assertThat(vm.facets().countsProperty().get().get(Facet.TYPE)).containsExactly(
                new FacetCount(Facet.TYPE, "IMAGE", 5), new FacetCount(Facet.TYPE, "VIDEO", 1));
        vm.choose(Facet.TYPE, "VIDEO");
        assertThat(titles()).containsExactly("Ferry");
        assertThat(vm.facets().matchingProperty().get()).isEqualTo(1);
        vm.search("harb");
        assertThat(titles()).isEmpty();
        vm.choose(Facet.TYPE, "VIDEO");
        assertThat(titles()).as("choosing the same value again clears it").containsExactly("Harbour");
        vm.clearRefinements();
        vm.sortBy(AssetSort.TITLE);
        assertThat(titles()).containsExactly("Beach", "Dunes", "Ferry", "Harbour", "Lighthouse", "Pier");
    }

    @Test
    void batchTaggingThreeAssetsWritesOneNewVersionEach() {
        vm.selection().click(row("Harbour"), false, false);
        vm.selection().click(row("Pier"), true, false);
        vm.selection().click(row("Lighthouse"), true, false);
        EditForm ed = vm.form();
        assertThat(ed.countProperty().get()).isEqualTo(3);
        assertThat(ed.titleProperty().get()).as("titles differ: left empty").isEmpty();
        ed.addTag("coast");
        ed.addTag(" Night  shoot ");
        ed.reviewProperty().set(ReviewStatus.PENDING_REVIEW);
        ed.save();
        assertThat(ed.messageProperty().get()).isEqualTo("Saved: 3 assets, each as a new version.");
        for (String t : List.of("Harbour", "Pier", "Lighthouse")) {
            Asset a = assets.find(row(t).id()).orElseThrow();
            assertThat(a.title()).as("the title was not touched").isEqualTo(t);
            assertThat(a.tags()).containsExactly("coast", "Night shoot");
            assertThat(a.reviewStatus()).isEqualTo(ReviewStatus.PENDING_REVIEW);
            assertThat(assets.versions(a.id())).last().satisfies(v -> assertThat(v.origin()).isEqualTo(VersionOrigin.BATCH_EDIT));
        }
        assertThat(assets.find(row("Beach").id()).orElseThrow().tags()).isEmpty();
        assertThat(ed.tags()).as("the form shows what they share now").containsExactly("coast", "Night shoot");
        assertThat(ed.reviewProperty().get()).isEqualTo(ReviewStatus.PENDING_REVIEW);
        assertThat(ed.dirtyProperty().get()).isFalse();
        assertThat(vm.selection().items()).as("still selected, with the saved versions").hasSize(3)
                .allSatisfy(r -> assertThat(r.tags()).contains("coast"));
        assertThat(vm.facets().countsProperty().get().get(Facet.TAG)).contains(new FacetCount(Facet.TAG, "coast", 3));
        assertThat(ed.suggestTags("co")).as("tags already on the form are not suggested").isEmpty();

        // Take one tag off three of them and describe them; meanwhile Bob describes one and tags another.
        vm.selection().click(row("Harbour"), false, false);
        vm.selection().click(row("Pier"), true, false);
        vm.selection().click(row("Lighthouse"), true, false);
        Asset pier = assets.find(row("Pier").id()).orElseThrow();
        assets.update(pier.id(), pier.version(), AssetChanges.none().description("by bob"), VersionOrigin.EDIT, null, "bob");
        Asset lighthouse = assets.find(row("Lighthouse").id()).orElseThrow();
        assets.update(lighthouse.id(), lighthouse.version(), AssetChanges.none().tags(List.of("coast", "Night shoot", "lamp")),
                VersionOrigin.EDIT, null, "bob");
        ed.removeTag("coast");
        ed.descriptionProperty().set("Seen from the water");
        ed.save();
        assertThat(ed.messageProperty().get()).contains("Saved: 2 assets")
                .contains("\u201cPier\u201d was changed by someone else").contains("in the same fields as you (description)")
                .contains("not saved");
        assertThat(assets.find(row("Harbour").id()).orElseThrow().tags()).containsExactly("Night shoot");
        Asset mergedLighthouse = assets.find(lighthouse.id()).orElseThrow();
        assertThat(mergedLighthouse.tags()).as("merged: my removal and Bob's new tag").containsExactly("lamp", "Night shoot");
        assertThat(mergedLighthouse.description()).isEqualTo("Seen from the water");
        Asset pierNow = assets.find(pier.id()).orElseThrow();
        assertThat(pierNow.description()).as("not overwritten").isEqualTo("by bob");
        assertThat(pierNow.tags()).as("nothing of the clashing edit written").containsExactly("coast", "Night shoot");
        assertThat(ed.removeTags()).as("\"your changes are still in the form\" is true").containsExactly("coast");
        assertThat(ed.dirtyProperty().get()).as("Pier still lacks the change").isTrue();
        assertThat(ed.theirs()).extracting(Asset::description).as("Bob's version is held for the merge").containsExactly("by bob");
        assertThat(vm.selection().items()).extracting(AssetRow::title).containsExactly("Harbour", "Pier", "Lighthouse");
    }

    @Test
    void aSingleEditOfTagsAndFieldsCanBeUndone() {
        vm.selection().click(row("Beach"), false, false);
        EditForm ed = vm.form();
        ed.titleProperty().set("Beach at noon");
        ed.addTag("sand");
        ed.customFieldsProperty().set("photographer: Ann\nrights: editorial");
        ed.save();
        Asset saved = assets.find(row("Beach at noon").id()).orElseThrow();
        assertThat(saved.tags()).containsExactly("sand");
        assertThat(saved.customFields()).containsEntry("photographer", "Ann").containsEntry("rights", "editorial");
        ed.customFieldsProperty().set("photographer Ann");
        ed.save();
        assertThat(ed.messageProperty().get()).contains("Line 1").contains("name: value");
        ed.customFieldsProperty().set("photographer: Ann\nrights: editorial");
        ed.undo();
        assertThat(ed.messageProperty().get()).startsWith("Undid the last edit");
        Asset back = assets.find(saved.id()).orElseThrow();
        assertThat(back.title()).isEqualTo("Beach");
        assertThat(back.tags()).isEmpty();
        assertThat(back.customFields()).isEmpty();
        assertThat(back.version()).isEqualTo(saved.version() + 1);
        assertThat(vm.selection().focusProperty().get().title()).isEqualTo("Beach");
    }

    @Test
    void aWatchFolderIsASidebarViewOfWhatItBroughtIn() {
        db.repositories().ingestSources().save(io.reelbase.core.ingest.IngestSource.draft("Incoming", "/media/incoming"));
        assets.create(NewAsset.of("From the folder", AssetType.IMAGE)
                .withSource(io.reelbase.core.asset.SourceSystem.WATCH_FOLDER, "/media/incoming/day1/a.jpg"), "watch");
        assets.create(NewAsset.of("From elsewhere", AssetType.IMAGE)
                .withSource(io.reelbase.core.asset.SourceSystem.WATCH_FOLDER, "/media/incoming2/b.jpg"), "watch");
        vm.refresh();
        LibrarySection folder = vm.sidebar().sections().stream().filter(s -> s.label().equals("Incoming")).findFirst().orElseThrow();
        assertThat(folder.kind()).isEqualTo(LibrarySection.Kind.SOURCE);
        vm.show(folder);
        assertThat(titles()).containsExactly("From the folder");
    }

    @Test
    void relatedAssetsAreFoundAndFollowed() {
        vm.selection().click(row("Pier"), false, false);
        vm.selection().click(row("Harbour"), true, false);
        vm.form().addTag("sea");
        vm.form().save();
        vm.selection().click(row("Pier"), false, false);
        assertThat(vm.focus().related()).extracting(r -> r.title()).containsExactly("Harbour");
        vm.showRelated(vm.focus().related().get(0));
        assertThat(titles()).containsExactlyInAnyOrder("Pier", "Harbour");
        assertThat(vm.refinementsProperty().get().value(Facet.TAG)).contains("sea");
        assertThat(vm.selection().focusProperty().get().title()).isEqualTo("Harbour");
    }

    @Test
    void collectionsAndSavedSearchesLiveInTheSidebar() {
        vm.selection().click(row("Pier"), false, false);
        vm.selection().click(row("Dunes"), true, false);
        vm.collections().create("Coast picks", List.copyOf(vm.selection().items()));
        LibrarySection picks = vm.sidebar().sections().stream().filter(s -> s.label().equals("Coast picks")).findFirst().orElseThrow();
        assertThat(vm.sidebar().count(picks)).isEqualTo(2);
        vm.show(picks);
        assertThat(titles()).containsExactlyInAnyOrder("Pier", "Dunes");
        vm.collections().add(picks, List.of(row("Pier")));
        assertThat(vm.noticeProperty().get()).contains("Added 0 assets").contains("1 already in it");
        vm.collections().rename(picks, "Shore picks");
        assertThat(vm.sectionProperty().get().label()).as("the section on screen follows the rename").isEqualTo("Shore picks");
        vm.collections().create("shore PICKS", List.of());
        assertThat(vm.noticeProperty().get()).containsIgnoringCase("already");

        vm.show(LibrarySection.ALL);
        vm.search("pier");
        vm.collections().saveSearchAs(vm.currentFilter(), "Piers");
        LibrarySection saved = vm.sidebar().sections().stream().filter(s -> s.label().equals("Piers")).findFirst().orElseThrow();
        vm.show(LibrarySection.ALL);
        vm.search("");
        vm.show(saved);
        assertThat(titles()).containsExactly("Pier");
        dialogs.confirmations.add(true);
        vm.collections().deleteSavedSearch(saved);
        assertThat(dialogs.shown).last().asString().startsWith("confirm: Delete saved search");
        assertThat(vm.sectionProperty().get()).isEqualTo(LibrarySection.ALL);
        assertThat(vm.sidebar().sections()).extracting(LibrarySection::label).doesNotContain("Piers");
        LibrarySection shore = vm.sidebar().sections().stream().filter(s -> s.label().equals("Shore picks")).findFirst().orElseThrow();
        vm.collections().delete(shore);
        assertThat(vm.sidebar().sections()).extracting(LibrarySection::label).as("not deleted without a yes").contains("Shore picks");
        assertThat(dialogs.shown).last().asString().contains("Delete the collection \u201cShore picks\u201d? Its assets stay in the library.");
        dialogs.confirmations.add(true);
        vm.collections().delete(shore);
        assertThat(vm.sidebar().sections()).extracting(LibrarySection::label).doesNotContain("Shore picks");
        assertThat(assets.count()).as("deleting a collection keeps its assets").isEqualTo(6);
    }

    @Test
    void theSelectionIsRevertedToAMomentAfterSayingWhatWouldChange() throws Exception {
        vm.selection().click(row("Harbour"), false, false);
        vm.selection().click(row("Pier"), true, false);
        vm.form().addTag("coast");
        vm.form().save();
        // The moment is written to the second: take the start of the next second, then save again a second later.
        Thread.sleep(1050 - java.time.Instant.now().toEpochMilli() % 1000);
        String at = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .format(java.time.Instant.now().atZone(java.time.ZoneId.systemDefault()));
        Thread.sleep(1100);
        vm.form().removeTag("coast");
        vm.form().addTag("wrong");
        vm.form().save();
        assertThat(assets.find(row("Pier").id()).orElseThrow().tags()).containsExactly("wrong");

        dialogs.texts.add("next tuesday");
        vm.reverts().revert(vm.selection().ids());
        assertThat(dialogs.shown).anyMatch(x -> x.contains("\u201cnext tuesday\u201d is not a date and time"));
        dialogs.texts.add("2999-01-01");
        vm.reverts().revert(vm.selection().ids());
        assertThat(dialogs.shown).anyMatch(x -> x.contains("is still to come"));

        dialogs.texts.add(at);
        vm.reverts().revert(vm.selection().ids());  // asked, then cancelled at the confirmation: nothing written
        assertThat(dialogs.shown).anyMatch(x -> x.startsWith("confirm: Revert to how they were: At " + at
                + ": 2 assets would change (4 fields)."));
        assertThat(assets.find(row("Pier").id()).orElseThrow().tags()).containsExactly("wrong");

        dialogs.texts.add(at);
        dialogs.confirmations.add(true);
        vm.reverts().revert(vm.selection().ids());
        assertThat(vm.noticeProperty().get()).isEqualTo("Reverted 2 assets.");
        for (String t : List.of("Harbour", "Pier")) {
            Asset a = assets.find(row(t).id()).orElseThrow();
            assertThat(a.tags()).as(t).containsExactly("coast");
            assertThat(assets.versions(a.id())).last().satisfies(v -> assertThat(v.origin()).isEqualTo(VersionOrigin.ROLLBACK));
        }
    }

    @Test
    void deletedAssetsLeaveTheListAndComeBackWhenRestored() throws Exception {
        Asset pier = assets.find(row("Pier").id()).orElseThrow();
        assets.changeStatus(pier.id(), pier.version(), io.reelbase.core.asset.AssetStatus.DELETED, "ann");
        vm.refresh();
        assertThat(titles()).doesNotContain("Pier").contains("Harbour");
        vm.show(LibrarySection.ALL);
        vm.choose(io.reelbase.core.asset.Facet.STATUS, "DELETED");
        assertThat(titles()).as("the status facet still shows what was deleted").containsExactly("Pier");
        vm.selection().click(row("Pier"), false, false);
        vm.reverts().restore(vm.selection().ids());
        assertThat(assets.find(pier.id()).orElseThrow().status().name()).as("not confirmed: left as it is").isEqualTo("DELETED");
        dialogs.confirmations.add(true);
        vm.reverts().restore(vm.selection().ids());
        assertThat(vm.noticeProperty().get()).isEqualTo("1 asset is back in the library.");
        assertThat(assets.find(pier.id()).orElseThrow().status().name()).isEqualTo("PROCESSED");
        vm.clearFacet(io.reelbase.core.asset.Facet.STATUS);
        assertThat(titles()).contains("Pier", "Harbour");
    }

    @Test
    void anOfflineWorkingSetIsInTheSidebarWithItsAssetsAndHowManyChangedHere() throws Exception {
        var sets = new io.reelbase.persistence.offline.WorkingSets(db.dataSource());
        var set = sets.create("Vault", "jdbc:postgresql://team.example.org/reelbase", "ann", null);
        try (var c = db.dataSource().getConnection(); var st = c.prepareStatement("insert into working_set_asset"
                + " (working_set_id, asset_id, base_version, local_base_version) select ?, id, version, version from asset"
                + " where title in ('Harbour', 'Pier')")) {
            st.setObject(1, set.id());
            st.executeUpdate();
        }
        vm.refresh();
        LibrarySection vault = vm.sidebar().sections().stream().filter(s -> s.kind() == LibrarySection.Kind.WORKING_SET)
                .findFirst().orElseThrow();
        assertThat(vault.label()).isEqualTo("Vault");
        assertThat(vm.sidebar().count(vault)).isEqualTo(2);
        assertThat(vm.sidebar().sections()).extracting(LibrarySection::label).contains("Working sets (offline)");
        vm.show(vault);
        assertThat(titles()).containsExactlyInAnyOrder("Harbour", "Pier");

        vm.selection().click(row("Pier"), false, false);
        vm.form().titleProperty().set("Pier, seen in the vault");
        vm.form().save();
        assertThat(vm.sidebar().sections()).filteredOn(x -> x.kind() == LibrarySection.Kind.WORKING_SET)
                .extracting(LibrarySection::label, LibrarySection::detail).containsExactly(org.assertj.core.groups.Tuple.tuple("Vault", "1 changed"));
    }
}
