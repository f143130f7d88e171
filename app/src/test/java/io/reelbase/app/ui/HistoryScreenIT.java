package io.reelbase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetChanges;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.AssetVersion;
import io.reelbase.core.asset.NewAsset;
import io.reelbase.core.asset.VersionOrigin;
import io.reelbase.persistence.Database;
import io.reelbase.persistence.DatabaseSettings;
import io.reelbase.persistence.TestDatabases;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The live banner when another client saves the open asset, the version history with its diff, and restoring. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HistoryScreenIT {
    private static Database db;
    /** A second client of the same catalogue: bob's workstation. */
    private static Database bobs;
    private static ShownWindow shown;
    private static Asset harbour;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void open() throws Exception {
        DatabaseSettings settings = TestDatabases.fresh();
        db = Database.open(settings);
        bobs = Database.open(settings);
        var assets = db.repositories().assets();
        Asset a = assets.create(NewAsset.of("Harbour at dawn", AssetType.IMAGE), "test");
        harbour = assets.update(a.id(), a.version(), AssetChanges.none().description("Calm sea at first light.")
                .tags(List.of("sea")), VersionOrigin.EDIT, null, "ann");
        shown = ShownWindow.open(db, new RecordingDialogs());
    }

    @AfterAll
    static void close() throws Exception {
        shown.close();
        bobs.close();
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Asset stored() {
        return db.repositories().assets().find(harbour.id()).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private ListView<AssetVersion> timeline() {
        return robot.lookup("#history-timeline").queryAs(ListView.class);
    }

    private String diffText() {
        return robot.lookup("#history-diff").queryAs(javafx.scene.layout.GridPane.class).getChildren().stream()
                .map(n -> n instanceof Label l ? l.getText() : n instanceof TextFlow f ? f.getChildren().stream()
                        .map(t -> ((Text) t).getText()).reduce("", String::concat) : "")
                .reduce("", (x, y) -> x + "|" + y);
    }

    @Test
    @Order(1)
    void aBannerSaysWhoChangedTheOpenAssetAndShowChangesOpensTheDiff() throws Exception {
        waitFor(() -> robot.lookup(".asset-tile").queryAll().size() == 1);
        robot.clickOn(robot.lookup(".tile-title").match((Label l) -> l.getText().equals("Harbour at dawn")).queryAs(Node.class));
        waitFor(() -> robot.lookup("#inspector .inspector-title").queryAs(Label.class).getText().equals("Harbour at dawn"));
        robot.clickOn("#edit-tags").write("gulls").type(KeyCode.ENTER);  // unsaved typing, to be kept

        var bobsAssets = bobs.repositories().assets();
        new io.reelbase.core.edit.AssetEdits(bobsAssets, bobsAssets, bobsAssets).save(io.reelbase.core.edit.AssetEdit.of(harbour.id(),
                harbour.version(), AssetChanges.none().title("Harbour in the morning")
                        .description("Calm sea at first light, gulls overhead."), VersionOrigin.EDIT), "bob");

        waitFor(() -> robot.lookup("#live-banner").query().isVisible());
        assertThat(robot.lookup("#live-banner-text").queryAs(Label.class).getText())
                .isEqualTo("bob changed this asset just now (version 3): title, description.");
        assertThat(shown.context.library().form().tags()).as("unsaved typing kept").contains("gulls");
        Screenshots.save(shown.stage.getScene(), "live-banner");

        robot.clickOn("#live-banner-show");
        waitFor(() -> robot.lookup("#history-comparing").tryQuery().isPresent()
                && robot.lookup("#history-comparing").queryAs(Label.class).getText().equals("Version 2 \u2192 version 3"));
        assertThat(diffText()).contains("Title|changed|Harbour at dawn  \u2192  Harbour in the morning")
                .contains("Description|changed|Calm sea at first light.light, gulls overhead.");
        Text added = (Text) robot.lookup("#history-diff").query().lookupAll(".diff-added-text").stream().findFirst().orElseThrow();
        assertThat(added.getText()).as("the added words are marked").contains("gulls overhead.");
        assertThat(robot.lookup("#live-banner").query().isVisible()).isFalse();
        Screenshots.save(robot.lookup("#history-timeline").query().getScene(), "history-diff");

        // Closing the history and saving the form merges the typed tag with bob's version.
        Node timeline = robot.lookup("#history-timeline").query();
        robot.interact(() -> timeline.getScene().getWindow().hide());
        robot.clickOn("#edit-save");
        waitFor(() -> stored().version() == 4);
        assertThat(stored().title()).isEqualTo("Harbour in the morning");
        assertThat(stored().tags()).containsExactlyInAnyOrder("sea", "gulls");
        waitFor(() -> robot.lookup("#edit-message").queryAs(Label.class).getText().contains("Also kept what bob saved meanwhile"));
        assertThat(robot.lookup("#edit-description").queryAs(javafx.scene.control.TextArea.class).getText())
                .as("the form shows the merged version, not the stale rest").isEqualTo("Calm sea at first light, gulls overhead.");
        assertThat(shown.context.library().form().dirtyProperty().get()).isFalse();
    }

    @Test
    @Order(2)
    void aFieldAndAWholeVersionAreRestoredAsNewVersions() throws Exception {
        robot.interact(() -> shown.context.library().openHistory());
        waitFor(() -> timeline().getItems().size() == 4);
        assertThat(robot.lookup("#history-restore").query().isDisabled()).as("the newest version is what the asset holds").isTrue();
        robot.interact(() -> timeline().getSelectionModel().clearAndSelect(2));  // v2, newest first
        assertThat(robot.lookup("#history-restore").query().isDisabled()).isFalse();
        javafx.scene.control.MenuButton fields = robot.lookup("#history-restore-field").queryAs(javafx.scene.control.MenuButton.class);
        waitFor(() -> robot.lookup("#history-comparing").queryAs(Label.class).getText().equals("Version 1 \u2192 version 2"));
        assertThat(fields.getItems()).extracting(javafx.scene.control.MenuItem::getText).containsExactly("Title", "Description", "Tags");
        Screenshots.save(fields.getScene(), "history-v2");
        robot.interact(() -> fields.getItems().get(0).fire());
        waitFor(() -> stored().version() == 5);
        Asset restored = stored();
        assertThat(restored.title()).isEqualTo("Harbour at dawn");
        assertThat(restored.description()).as("only the title came back").isEqualTo("Calm sea at first light, gulls overhead.");
        assertThat(db.repositories().assets().versions(harbour.id())).last()
                .satisfies(v -> assertThat(v.origin()).isEqualTo(VersionOrigin.ROLLBACK));

        waitFor(() -> timeline().getItems().size() == 5);
        robot.interact(() -> timeline().getSelectionModel().clearAndSelect(4));  // v1
        robot.clickOn("#history-restore");
        waitFor(() -> stored().version() == 6);
        assertThat(stored().description()).isNull();
        assertThat(stored().tags()).isEmpty();
        assertThat(db.repositories().assets().versions(harbour.id())).hasSize(6);
        waitFor(() -> robot.lookup("#history-message").queryAs(Label.class).getText().startsWith("Restored version 1 as version 6"));

        // A version saved elsewhere while the window is open joins the timeline.
        var bobsAssets = bobs.repositories().assets();
        new io.reelbase.core.edit.AssetEdits(bobsAssets, bobsAssets, bobsAssets).save(io.reelbase.core.edit.AssetEdit.of(harbour.id(), 6,
                AssetChanges.none().title("Harbour, bob again"), VersionOrigin.EDIT), "bob");
        waitFor(() -> timeline().getItems().size() == 7);
        assertThat(timeline().getItems().get(0).createdByName()).isEqualTo("bob");
    }
}
