package io.reelbase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.app.AppContext;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.NewAsset;
import io.reelbase.persistence.Database;
import io.reelbase.persistence.TestDatabases;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The main window, headless: it shows the catalogue, filters by section and shows the selected asset. */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class MainWindowIT {
    private static Database db;
    private static ShownWindow shown;
    private static AppContext context;
    private static Stage stage;
    private static MainWindow window;
    private static final RecordingDialogs dialogs = new RecordingDialogs();
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void open() throws Exception {
        db = Database.open(TestDatabases.fresh());
        db.repositories().assets().create(NewAsset.of("Harbour at dawn", AssetType.VIDEO)
                .withFile("1".repeat(64), 73_400_320L, "harbour.mov", "video/quicktime"), "test");
        db.repositories().assets().create(NewAsset.of("Mayor interview", AssetType.VIDEO)
                .withFile("2".repeat(64), 512_000_000L, "interview_a.mxf", "application/mxf"), "test");
        db.repositories().assets().create(NewAsset.of("Lighthouse still", AssetType.IMAGE)
                .withFile("3".repeat(64), 4_200_000L, "lighthouse.jpg", "image/jpeg"), "test");
        shown = ShownWindow.open(db, dialogs);
        context = shown.context;
        stage = shown.stage;
        window = shown.window;
    }

    @AfterAll
    static void close() throws Exception {
        shown.close();
    }

    /** A sidebar section of the library (other screens have items with the same names). */
    private javafx.scene.Node section(String name) {
        return robot.lookup("#library-sections").lookup(name).query();
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> table() {
        return robot.lookup("#asset-table").queryAs(TableView.class);
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void theLibraryShowsTheCatalogueFiltersBySectionAndShowsTheSelection() throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table().getItems().size() == 3);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup(".count-badge").queryAllAs(Label.class).stream().anyMatch(l -> l.getText().equals("3")));
        assertThat(robot.lookup("#status-connection").queryAs(Label.class).getText()).contains("@");
        Screenshots.save(stage.getScene(), "main-window");

        robot.clickOn(section("Video"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table().getItems().size() == 2);
        assertThat(robot.lookup("#library-title").queryAs(Label.class).getText()).isEqualTo("Video");

        robot.clickOn("Mayor interview");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#inspector").lookup(".inspector-title").queryAs(Label.class).getText())
                .isEqualTo("Mayor interview");
        assertThat(robot.lookup("#inspector").lookup("interview_a.mxf").tryQuery()).isPresent();
        assertThat(robot.lookup("#inspector").lookup("488 MB").tryQuery()).isPresent();
        Screenshots.save(stage.getScene(), "main-window-selection");

        robot.clickOn(section("Audio"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table().getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("No audio in the catalogue.").tryQuery()).isPresent();
    }

    @Test
    @org.junit.jupiter.api.Order(8)
    void anEditorRenamesAnAssetAndTheNewVersionIsInTheDatabase() throws Exception {
        robot.clickOn(section("Images"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table().getItems().size() == 1);
        robot.clickOn("Lighthouse still");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#edit-title").push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A).write("Lighthouse at dusk");
        robot.clickOn("#edit-save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#edit-message").queryAs(Label.class).getText().startsWith("Saved as version 2"));
        var asset = db.repositories().assets().page(io.reelbase.core.asset.AssetFilter.ofType(io.reelbase.core.asset.AssetType.IMAGE),
                java.util.Optional.empty(), 5).items().get(0);
        assertThat(asset.title()).isEqualTo("Lighthouse at dusk");
        assertThat(asset.version()).isEqualTo(2);
        Screenshots.save(stage.getScene(), "library-edit");
        robot.clickOn(section("All assets"));
    }

    @Test
    @org.junit.jupiter.api.Order(7)
    void theListOnScreenIsExportedAsCsv(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        robot.clickOn(section("Video"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table().getItems().size() >= 2);
        java.nio.file.Path csv = dir.resolve("videos.csv");
        robot.interact(() -> window.exportTo(csv));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> dialogs.shown.stream().anyMatch(s -> s.startsWith("info: Export")));
        java.util.List<String> lines = java.nio.file.Files.readAllLines(csv);
        assertThat(lines.get(0)).startsWith("id,title,");
        assertThat(lines).hasSize(1 + table().getItems().size());
        assertThat(String.join("\n", lines)).contains("Harbour at dawn", "Mayor interview").doesNotContain("Lighthouse still");
        robot.clickOn(section("All assets"));
    }

    @Test
    @org.junit.jupiter.api.Order(6)
    void typingInTheSearchFieldNarrowsTheList() throws Exception {
        robot.clickOn(section("All assets"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table().getItems().size() >= 3);
        robot.clickOn("#library-search").write("harb");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table().getItems().size() == 1);
        assertThat(((io.reelbase.app.feature.library.AssetRow) table().getItems().get(0)).title()).isEqualTo("Harbour at dawn");
        Screenshots.save(stage.getScene(), "library-search");
        robot.eraseText(4).write("zebra");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table().getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Nothing matches \u201czebra\u201d.").tryQuery()).isPresent();
        robot.eraseText(5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table().getItems().size() >= 3);
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void newAssetsAppearOnRefresh() throws Exception {
        robot.clickOn(section("All assets"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table().getItems().size() >= 3);
        int before = table().getItems().size();
        db.repositories().assets().create(NewAsset.of("Added elsewhere", AssetType.AUDIO), "colleague");
        robot.clickOn(table()).type(javafx.scene.input.KeyCode.F5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table().getItems().size() == before + 1);
    }

    @Test
    @org.junit.jupiter.api.Order(3)
    void importedFilesAppearInTheLibraryAndTheQueue(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        var clip = io.reelbase.media.GeneratedMedia.mp4(dir.resolve("dropped.mp4"), io.reelbase.media.GeneratedMedia.Spec.basic());
        java.nio.file.Files.writeString(dir.resolve("readme.txt"), "not media");
        robot.clickOn(section("All assets"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table().getItems().isEmpty());
        int before = table().getItems().size();
        robot.interact(() -> window.importPaths(java.util.List.of(dir)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialogs.shown.stream().anyMatch(s -> s.startsWith("info: Import")));
        assertThat(dialogs.shown).anySatisfy(s -> assertThat(s).contains("1 added", "1 skipped", "readme.txt", "not a media file"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table().getItems().size() == before + 1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#status-processing").queryAs(Label.class).getText().contains("1 queued"));
        assertThat(db.repositories().assets().findByHash(new io.reelbase.media.hash.Sha256Hasher()
                .sha256(clip, io.reelbase.core.Progress.NONE))).isPresent();
    }

    @Test
    @org.junit.jupiter.api.Order(5)
    @SuppressWarnings("unchecked")
    void theWorkflowsScreenListsTheWorkflowsAndTestsTheRouting() throws Exception {
        robot.clickOn("Workflows");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#workflow-list").queryAs(javafx.scene.control.ListView.class).getItems().size() == 3);
        robot.clickOn("#test-filename").write("interview.jpg");
        robot.clickOn("#test-routing");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#test-result").queryAs(Label.class).getText()).startsWith("Default");
        Screenshots.save(stage.getScene(), "workflows");
        robot.clickOn("Library");
    }

    @Test
    @org.junit.jupiter.api.Order(4)
    void databaseInformationIsShownFromTheFileMenu() throws Exception {
        robot.clickOn("File").clickOn("Database Information…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialogs.shown.stream().anyMatch(s -> s.startsWith("info: Database")));
        assertThat(dialogs.shown).anySatisfy(s -> assertThat(s).contains("PostgreSQL 17").containsPattern("\\d+ migrations applied, 0 pending"));
    }
}
