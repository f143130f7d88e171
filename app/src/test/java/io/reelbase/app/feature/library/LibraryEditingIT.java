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

    @BeforeEach
    void open() {
        db = Database.open(TestDatabases.fresh());
        assets = db.catalog().assets();
        for (String t : List.of("Harbour", "Pier", "Lighthouse", "Beach", "Dunes")) {
            assets.create(NewAsset.of(t, AssetType.IMAGE), "gen");
        }
        assets.create(NewAsset.of("Ferry", AssetType.VIDEO), "gen");
        vm = LibraryViewModelIT.viewModel(db, "ann");
        vm.refresh();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private AssetRow row(String title) {
        return vm.rows().stream().filter(r -> r.title().equals(title)).findFirst().orElseThrow();
    }

    private List<String> titles() {
        return vm.rows().stream().map(AssetRow::title).toList();
    }

    @Test
    void clickCtrlClickShiftClickAndArrowsSelectLikeAFileBrowser() {
        assertThat(titles()).containsExactly("Ferry", "Dunes", "Beach", "Lighthouse", "Pier", "Harbour");
        vm.click(row("Dunes"), false, false);
        assertThat(vm.selection()).extracting(AssetRow::title).containsExactly("Dunes");
        vm.click(row("Pier"), false, true);
        assertThat(vm.selection()).extracting(AssetRow::title).containsExactly("Dunes", "Beach", "Lighthouse", "Pier");
        vm.click(row("Beach"), true, false);
        assertThat(vm.selection()).extracting(AssetRow::title).containsExactly("Dunes", "Lighthouse", "Pier");
        vm.click(row("Ferry"), false, false);
        vm.move(1, false);
        assertThat(vm.selectedProperty().get().title()).isEqualTo("Dunes");
        vm.move(2, true);
        assertThat(vm.selection()).extracting(AssetRow::title).containsExactly("Dunes", "Beach", "Lighthouse");
        vm.move(-100, false);
        assertThat(vm.selection()).extracting(AssetRow::title).containsExactly("Ferry");
        vm.selectAll();
        assertThat(vm.selection()).hasSize(6);
        assertThat(vm.editor().countProperty().get()).isEqualTo(6);
    }

    @Test
    void facetsNarrowTheListAndCountWhatIsLeft() {
        assertThat(vm.facetsProperty().get().get(Facet.TYPE)).containsExactly(
                new FacetCount(Facet.TYPE, "IMAGE", 5), new FacetCount(Facet.TYPE, "VIDEO", 1));
        vm.choose(Facet.TYPE, "VIDEO");
        assertThat(titles()).containsExactly("Ferry");
        assertThat(vm.matchingProperty().get()).isEqualTo(1);
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
        vm.click(row("Harbour"), false, false);
        vm.click(row("Pier"), true, false);
        vm.click(row("Lighthouse"), true, false);
        AssetEditor ed = vm.editor();
        assertThat(ed.countProperty().get()).isEqualTo(3);
        assertThat(ed.title.get()).as("titles differ: left empty").isEmpty();
        ed.addTag("coast");
        ed.addTag(" Night  shoot ");
        ed.review.set(ReviewStatus.PENDING_REVIEW);
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
        assertThat(vm.selection()).as("still selected, with the saved versions").hasSize(3)
                .allSatisfy(r -> assertThat(r.tags()).contains("coast"));
        assertThat(vm.facetsProperty().get().get(Facet.TAG)).contains(new FacetCount(Facet.TAG, "coast", 3));
        assertThat(ed.suggestTags("co")).as("tags already on the form are not suggested").isEmpty();

        // Take one tag off two of them; someone edits one of those two meanwhile.
        vm.click(row("Harbour"), false, false);
        vm.click(row("Pier"), true, false);
        Asset pier = assets.find(row("Pier").id()).orElseThrow();
        assets.update(pier.id(), pier.version(), AssetChanges.none().description("by bob"), VersionOrigin.EDIT, null, "bob");
        ed.removeTag("coast");
        ed.save();
        assertThat(ed.messageProperty().get()).contains("Saved: 1 asset").contains("\u201cPier\u201d was changed by someone else").contains("not saved");
        assertThat(assets.find(row("Harbour").id()).orElseThrow().tags()).containsExactly("Night shoot");
        assertThat(assets.find(pier.id()).orElseThrow().tags()).as("not overwritten").containsExactly("coast", "Night shoot");
    }

    @Test
    void aSingleEditOfTagsAndFieldsCanBeUndone() {
        vm.click(row("Beach"), false, false);
        AssetEditor ed = vm.editor();
        ed.title.set("Beach at noon");
        ed.addTag("sand");
        ed.customFields.set("photographer: Ann\nrights: editorial");
        ed.save();
        Asset saved = assets.find(row("Beach at noon").id()).orElseThrow();
        assertThat(saved.tags()).containsExactly("sand");
        assertThat(saved.customFields()).containsEntry("photographer", "Ann").containsEntry("rights", "editorial");
        ed.customFields.set("photographer Ann");
        ed.save();
        assertThat(ed.messageProperty().get()).contains("Line 1").contains("name: value");
        ed.customFields.set("photographer: Ann\nrights: editorial");
        ed.undo();
        assertThat(ed.messageProperty().get()).startsWith("Undid the last edit");
        Asset back = assets.find(saved.id()).orElseThrow();
        assertThat(back.title()).isEqualTo("Beach");
        assertThat(back.tags()).isEmpty();
        assertThat(back.customFields()).isEmpty();
        assertThat(back.version()).isEqualTo(saved.version() + 1);
        assertThat(vm.selectedProperty().get().title()).isEqualTo("Beach");
    }

    @Test
    void aWatchFolderIsASidebarViewOfWhatItBroughtIn() {
        db.catalog().ingestSources().save(io.reelbase.core.ingest.IngestSource.draft("Incoming", "/media/incoming"));
        assets.create(NewAsset.of("From the folder", AssetType.IMAGE)
                .withSource(io.reelbase.core.asset.SourceSystem.WATCH_FOLDER, "/media/incoming/day1/a.jpg"), "watch");
        assets.create(NewAsset.of("From elsewhere", AssetType.IMAGE)
                .withSource(io.reelbase.core.asset.SourceSystem.WATCH_FOLDER, "/media/incoming2/b.jpg"), "watch");
        vm.refresh();
        LibrarySection folder = vm.sections().stream().filter(s -> s.label().equals("Incoming")).findFirst().orElseThrow();
        assertThat(folder.kind()).isEqualTo(LibrarySection.Kind.SOURCE);
        vm.show(folder);
        assertThat(titles()).containsExactly("From the folder");
    }

    @Test
    void relatedAssetsAreFoundAndFollowed() {
        vm.click(row("Pier"), false, false);
        vm.click(row("Harbour"), true, false);
        vm.editor().addTag("sea");
        vm.editor().save();
        vm.click(row("Pier"), false, false);
        assertThat(vm.related()).extracting(r -> r.title()).containsExactly("Harbour");
        vm.showRelated(vm.related().get(0));
        assertThat(titles()).containsExactlyInAnyOrder("Pier", "Harbour");
        assertThat(vm.refinementsProperty().get().value(Facet.TAG)).contains("sea");
        assertThat(vm.selectedProperty().get().title()).isEqualTo("Harbour");
    }

    @Test
    void collectionsAndSavedSearchesLiveInTheSidebar() {
        vm.click(row("Pier"), false, false);
        vm.click(row("Dunes"), true, false);
        vm.createCollection("Coast picks", List.copyOf(vm.selection()));
        LibrarySection picks = vm.sections().stream().filter(s -> s.label().equals("Coast picks")).findFirst().orElseThrow();
        assertThat(vm.count(picks)).isEqualTo(2);
        vm.show(picks);
        assertThat(titles()).containsExactlyInAnyOrder("Pier", "Dunes");
        vm.addToCollection(picks, List.of(row("Pier")));
        assertThat(vm.noticeProperty().get()).contains("Added 0 assets").contains("1 already in it");
        vm.renameCollection(picks, "Shore picks");
        assertThat(vm.sectionProperty().get().label()).as("the section on screen follows the rename").isEqualTo("Shore picks");
        vm.createCollection("shore PICKS", List.of());
        assertThat(vm.noticeProperty().get()).containsIgnoringCase("already");

        vm.show(LibrarySection.ALL);
        vm.search("pier");
        vm.saveSearch("Piers");
        LibrarySection saved = vm.sections().stream().filter(s -> s.label().equals("Piers")).findFirst().orElseThrow();
        vm.show(LibrarySection.ALL);
        vm.search("");
        vm.show(saved);
        assertThat(titles()).containsExactly("Pier");
        vm.deleteSavedSearch(saved);
        assertThat(vm.sectionProperty().get()).isEqualTo(LibrarySection.ALL);
        assertThat(vm.sections()).extracting(LibrarySection::label).doesNotContain("Piers");
        LibrarySection shore = vm.sections().stream().filter(s -> s.label().equals("Shore picks")).findFirst().orElseThrow();
        vm.deleteCollection(shore);
        assertThat(vm.sections()).extracting(LibrarySection::label).doesNotContain("Shore picks");
        assertThat(assets.count()).as("deleting a collection keeps its assets").isEqualTo(6);
    }
}
