package io.reelbase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.app.AppContext;
import io.reelbase.app.feature.library.AssetRow;
import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetChanges;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.NewAsset;
import io.reelbase.core.asset.VersionOrigin;
import io.reelbase.core.media.DerivativeKind;
import io.reelbase.core.media.Thumbnail;
import io.reelbase.persistence.Database;
import io.reelbase.persistence.TestDatabases;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.controlsfx.control.GridView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The library's grid, headless: search, facets, single and batch editing with tags, stale saves, collections. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LibraryGridIT {
    private static final List<String> TITLES = List.of("Harbour at dawn", "Pier at night", "Lighthouse", "Beach walk",
            "Dunes", "Ferry crossing", "Market square", "Old town");
    private static Database db;
    private static ShownWindow shown;
    private static AppContext context;
    private static Stage stage;
    private static MainWindow window;
    private final FxRobot robot = new FxRobot();

    private static final RecordingDialogs dialogs = new RecordingDialogs();

    @BeforeAll
    static void open() throws Exception {
        db = Database.open(TestDatabases.fresh());
        for (int i = 0; i < TITLES.size(); i++) {
            AssetType type = i % 3 == 2 ? AssetType.VIDEO : AssetType.IMAGE;
            Asset a = db.repositories().assets().create(NewAsset.of(TITLES.get(i), type)
                    .withFile(String.format("%064x", i + 1), 1_000_000L * (i + 1), TITLES.get(i).toLowerCase().replace(' ', '_') + ".jpg", "image/jpeg"), "test");
            db.repositories().media().saveDerivative(a.id(), DerivativeKind.THUMBNAIL, 0, new Thumbnail(picture(i), 320, 180, null, "test"));
        }
        shown = ShownWindow.open(db, dialogs);
        context = shown.context;
        stage = shown.stage;
        window = shown.window;
    }

    /** A 320x180 JPEG, a different colour for each asset, so the grid shows real pictures. */
    private static byte[] picture(int i) throws Exception {
        BufferedImage img = new BufferedImage(320, 180, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        Color a = Color.getHSBColor(i / 8f, 0.55f, 0.85f);
        Color b = Color.getHSBColor((i + 3) / 8f, 0.65f, 0.35f);
        g.setPaint(new GradientPaint(0, 0, a, 320, 180, b));
        g.fillRect(0, 0, 320, 180);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "jpg", out);
        return out.toByteArray();
    }

    @AfterAll
    static void close() throws Exception {
        shown.close();
    }

    @SuppressWarnings("unchecked")
    private GridView<AssetRow> grid() {
        return robot.lookup("#asset-grid").queryAs(GridView.class);
    }

    /** The tile showing this title. */
    private Node tile(String title) {
        return robot.lookup(".asset-tile").match((Node n) -> n.lookupAll(".tile-title").stream()
                .anyMatch(l -> ((Label) l).getText().equals(title))).query();
    }

    private Asset stored(String title) {
        return db.repositories().assets().page(io.reelbase.core.asset.AssetFilter.ALL.withText(title), java.util.Optional.empty(), 5)
                .items().stream().filter(a -> a.title().equals(title)).findFirst().orElseThrow();
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @Order(1)
    void theGridShowsEveryAssetWithItsThumbnail() throws Exception {
        waitFor(() -> grid().getItems().size() == TITLES.size());
        // Every tile on screen gets its picture from the derivative table.
        waitFor(() -> robot.lookup(".asset-tile .image-view").queryAllAs(javafx.scene.image.ImageView.class).stream()
                .filter(v -> v.getImage() != null).count() == TITLES.size());
        Screenshots.save(stage.getScene(), "library-grid");
    }

    @Test
    @Order(2)
    void typingInTheSearchFieldNarrowsTheGrid() throws Exception {
        robot.clickOn("#library-search").write("pier");
        waitFor(() -> grid().getItems().size() == 1);
        assertThat(grid().getItems().get(0).title()).isEqualTo("Pier at night");
        assertThat(robot.lookup(".asset-tile").queryAll().stream().filter(Node::isVisible)
                .flatMap(n -> n.lookupAll(".tile-title").stream()).map(l -> ((Label) l).getText()))
                .containsExactly("Pier at night");
        robot.eraseText(4);
        waitFor(() -> grid().getItems().size() == TITLES.size());
    }

    @Test
    @Order(3)
    void aFacetNarrowsTheGridAndShowsItsCount() throws Exception {
        robot.clickOn("#facet-type");
        robot.clickOn("Video  (2)");
        waitFor(() -> grid().getItems().size() == 2);
        assertThat(grid().getItems()).extracting(AssetRow::title).containsExactlyInAnyOrder("Lighthouse", "Ferry crossing");
        robot.clickOn("#clear-filters");
        waitFor(() -> grid().getItems().size() == TITLES.size());
    }

    @Test
    @Order(4)
    void anEditOfTitleAndTagsIsSavedAsANewVersion() throws Exception {
        java.util.UUID id = grid().getItems().stream().filter(r -> r.title().equals("Dunes")).findFirst().orElseThrow().id();
        robot.clickOn(tile("Dunes"));
        waitFor(() -> robot.lookup("#inspector .inspector-title").queryAs(Label.class).getText().equals("Dunes"));
        robot.clickOn("#edit-title").push(KeyCode.CONTROL, KeyCode.A).write("Dunes at sunset");
        robot.clickOn("#edit-tags").write("sand").type(KeyCode.ENTER).write("golden hour").type(KeyCode.ENTER);
        robot.clickOn("#edit-save");
        waitFor(() -> robot.lookup("#edit-message").queryAs(Label.class).getText().startsWith("Saved as version 2"));
        Asset saved = db.repositories().assets().find(id).orElseThrow();
        assertThat(saved.title()).isEqualTo("Dunes at sunset");
        assertThat(saved.version()).isEqualTo(2);
        assertThat(saved.tags()).containsExactly("golden hour", "sand");
        assertThat(db.repositories().assets().versions(saved.id())).last()
                .satisfies(v -> assertThat(v.origin()).isEqualTo(VersionOrigin.EDIT));
    }

    @Test
    @Order(5)
    void threeAssetsAreTaggedTogether() throws Exception {
        robot.clickOn(tile("Harbour at dawn"));
        robot.press(KeyCode.CONTROL).clickOn(tile("Pier at night")).clickOn(tile("Beach walk")).release(KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#inspector .inspector-title").queryAs(Label.class).getText().equals("3 assets selected"));
        robot.clickOn("#edit-tags").write("coast").type(KeyCode.ENTER);
        robot.clickOn("#edit-save");
        waitFor(() -> robot.lookup("#edit-message").queryAs(Label.class).getText().startsWith("Saved: 3 assets"));
        Screenshots.save(stage.getScene(), "library-batch-edit");
        for (String t : List.of("Harbour at dawn", "Pier at night", "Beach walk")) {
            Asset a = stored(t);
            assertThat(a.tags()).as(t).containsExactly("coast");
            assertThat(a.title()).isEqualTo(t);
            assertThat(db.repositories().assets().versions(a.id())).last()
                    .satisfies(v -> assertThat(v.origin()).isEqualTo(VersionOrigin.BATCH_EDIT));
        }
        assertThat(stored("Ferry crossing").tags()).isEmpty();
    }

    @Test
    @Order(6)
    void aStaleSaveIsRefusedWithAMessage() throws Exception {
        robot.clickOn(tile("Old town"));
        waitFor(() -> robot.lookup("#inspector .inspector-title").queryAs(Label.class).getText().equals("Old town"));
        Asset behind = stored("Old town");
        db.repositories().assets().update(behind.id(), behind.version(), AssetChanges.none().description("from a colleague"),
                VersionOrigin.EDIT, null, "bob");
        robot.clickOn("#edit-description").write("my own description");
        robot.clickOn("#edit-save");
        waitFor(() -> robot.lookup("#edit-message").queryAs(Label.class).getText().contains("changed by someone else"));
        assertThat(robot.lookup("#edit-message").queryAs(Label.class).getText()).contains("in the same fields as you (description)")
                .contains("not saved");
        Asset now = stored("Old town");
        assertThat(now.description()).as("nothing overwritten").isEqualTo("from a colleague");
        assertThat(robot.lookup("#edit-description").queryAs(javafx.scene.control.TextArea.class).getText())
                .as("the typing stays").isEqualTo("my own description");
        // The conflict window offers the choice; skipping it leaves everything as it is.
        waitFor(() -> robot.lookup("#conflict-skip").tryQuery().isPresent());
        Node skip = robot.lookup("#conflict-skip").query();
        robot.clickOn(skip);
        waitFor(() -> !skip.getScene().getWindow().isShowing());
        assertThat(stored("Old town").description()).isEqualTo("from a colleague");
        assertThat(robot.lookup("#edit-description").queryAs(javafx.scene.control.TextArea.class).getText())
                .as("the typing stays after skipping").isEqualTo("my own description");
        assertThat(robot.lookup("#edit-message").queryAs(Label.class).getText()).contains("was not saved: your changes are still in the form");
    }

    @Test
    @Order(7)
    void selectedAssetsGoIntoANewCollectionShownInTheSidebar() throws Exception {
        robot.clickOn(tile("Old town"));
        robot.press(KeyCode.SHIFT).clickOn(tile("Ferry crossing")).release(KeyCode.SHIFT);
        waitFor(() -> context.library().selection().size() == 3);
        robot.rightClickOn(tile("Market square"));
        waitFor(() -> grid().getContextMenu().isShowing());
        dialogs.texts.add("Shortlist");
        robot.clickOn("Add to Collection").clickOn("New Collection from Selection\u2026");
        waitFor(() -> dialogs.shown.contains("ask: New collection: Name of the new collection with the 3 selected asset(s):"));
        waitFor(() -> robot.lookup("#library-sections").lookup("Shortlist").tryQuery().isPresent());
        robot.clickOn(robot.lookup("#library-sections").lookup("Shortlist").queryAs(Node.class));
        waitFor(() -> grid().getItems().size() == 3);
        assertThat(grid().getItems()).extracting(AssetRow::title)
                .containsExactlyInAnyOrder("Ferry crossing", "Market square", "Old town");
        Screenshots.save(stage.getScene(), "library-collection");
    }

    @Test
    @Order(8)
    void theSelectionIsExportedAsCsv(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        robot.clickOn(tile("Market square"));
        robot.press(KeyCode.CONTROL).clickOn(tile("Old town")).release(KeyCode.CONTROL);
        waitFor(() -> context.library().selection().size() == 2);
        java.nio.file.Path csv = dir.resolve("picked.csv");
        robot.interact(() -> window.exportSelectionTo(csv));
        waitFor(() -> java.nio.file.Files.exists(csv) && java.nio.file.Files.readAllLines(csv).size() == 3);
        List<String> lines = java.nio.file.Files.readAllLines(csv);
        assertThat(lines.get(0)).startsWith("id,title,");
        assertThat(String.join("\n", lines)).contains("Market square", "Old town").doesNotContain("Ferry crossing");
    }

    @Test
    @Order(9)
    void typingInTheFormSurvivesARefreshThatBringsSomeoneElsesVersion() throws Exception {
        robot.clickOn(robot.lookup("#library-sections").lookup("All assets").queryAs(Node.class));
        waitFor(() -> grid().getItems().size() == TITLES.size());
        robot.clickOn(tile("Beach walk"));
        waitFor(() -> robot.lookup("#inspector .inspector-title").queryAs(Label.class).getText().equals("Beach walk"));
        robot.clickOn("#edit-title").push(KeyCode.CONTROL, KeyCode.A).write("Beach walk, my unsaved title");
        Asset behind = stored("Beach walk");
        db.repositories().assets().update(behind.id(), behind.version(), AssetChanges.none().description("a colleague's note"),
                VersionOrigin.EDIT, null, "bob");
        robot.push(KeyCode.F5);
        waitFor(() -> robot.lookup("#edit-message").queryAs(Label.class).getText().contains("while you were editing"));
        assertThat(robot.lookup("#edit-title").queryAs(javafx.scene.control.TextField.class).getText())
                .as("the refresh did not wipe the typing").isEqualTo("Beach walk, my unsaved title");
        assertThat(robot.lookup("#edit-discard").queryAs(Node.class).isVisible()).isTrue();
        Screenshots.save(stage.getScene(), "library-theirs-held");

        // Another asset, then back: the typing is still there.
        robot.clickOn(tile("Market square"));
        waitFor(() -> robot.lookup("#inspector .inspector-title").queryAs(Label.class).getText().equals("Market square"));
        robot.clickOn(tile("Beach walk"));
        waitFor(() -> robot.lookup("#edit-title").queryAs(javafx.scene.control.TextField.class).getText()
                .equals("Beach walk, my unsaved title"));
        robot.clickOn("#edit-discard");
        waitFor(() -> robot.lookup("#edit-title").queryAs(javafx.scene.control.TextField.class).getText().equals("Beach walk"));
        assertThat(robot.lookup("#edit-description").queryAs(javafx.scene.control.TextArea.class).getText())
                .as("Discard shows their version").isEqualTo("a colleague's note");
        assertThat(stored("Beach walk").title()).as("nothing was saved").isEqualTo("Beach walk");
    }
}
