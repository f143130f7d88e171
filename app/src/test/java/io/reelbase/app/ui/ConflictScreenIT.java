package io.reelbase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.app.AppContext;
import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetChanges;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.AssetVersion;
import io.reelbase.core.asset.NewAsset;
import io.reelbase.core.asset.VersionOrigin;
import io.reelbase.core.audit.ActionType;
import io.reelbase.persistence.Database;
import io.reelbase.persistence.TestDatabases;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Two people edit the same asset: the conflict window, headless; answers saved exactly, marked resolved. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConflictScreenIT {
    private static Database db;
    private static ShownWindow shown;
    private static Stage stage;
    private static Asset harbour;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void open() throws Exception {
        db = Database.open(TestDatabases.fresh());
        var assets = db.repositories().assets();
        Asset a = assets.create(NewAsset.of("Harbour at dawn", AssetType.IMAGE), "test");
        harbour = assets.update(a.id(), a.version(), AssetChanges.none().tags(List.of("sea", "boats"))
                .customFields(Map.of("rights", "unknown")), VersionOrigin.EDIT, null, "ann");
        assets.create(NewAsset.of("Pier at night", AssetType.IMAGE), "test");
        shown = ShownWindow.open(db, new RecordingDialogs());
        stage = shown.stage;
    }

    @AfterAll
    static void close() throws Exception {
        shown.close();
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private AppContext context() {
        return shown.context;
    }

    private void select(String title) throws Exception {
        waitFor(() -> robot.lookup(".asset-tile").queryAll().size() == 2);
        robot.clickOn(robot.lookup(".tile-title").match((Label l) -> l.getText().equals(title)).queryAs(Node.class));
        waitFor(() -> robot.lookup("#inspector .inspector-title").queryAs(Label.class).getText().equals(title));
    }

    @Test
    @Order(1)
    void aClashInTitleTagAndFieldIsResolvedFieldByFieldAndSavedExactly() throws Exception {
        select("Harbour at dawn");
        robot.clickOn("#edit-title").push(KeyCode.CONTROL, KeyCode.A).write("Harbour, my title");
        robot.clickOn("#edit-tags").write("gulls").type(KeyCode.ENTER);
        robot.clickOn("#edit-custom-fields").push(KeyCode.CONTROL, KeyCode.A).write("rights: CC-BY");
        // Meanwhile bob saves the same fields differently.
        db.repositories().assets().update(harbour.id(), harbour.version(), AssetChanges.none().title("Harbour, bob's title")
                .tags(List.of("sea", "boats", "Gulls")).customFields(Map.of("rights", "all reserved")), VersionOrigin.EDIT, null, "bob");
        robot.clickOn("#edit-save");
        waitFor(() -> robot.lookup("#conflict-save").tryQuery().isPresent() && robot.lookup("#conflict-save").query().isVisible());
        assertThat(robot.lookup(".conflict-heading").queryAs(Label.class).getText()).contains("changed by bob (version 3)");
        assertThat(robot.lookup(".conflict-theirs").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Harbour, bob's title", "Gulls", "all reserved");
        assertThat(robot.lookup(".conflict-mine").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Harbour, my title", "gulls", "CC-BY");
        assertThat(robot.lookup("#edit-title").queryAs(TextField.class).getText()).as("the typing stays in the form")
                .isEqualTo("Harbour, my title");

        // Title: mine (the default). Tag: theirs. Rights: a third value, typed.
        robot.clickOn("#conflict-theirs-1");
        robot.doubleClickOn("#conflict-text-2").push(KeyCode.CONTROL, KeyCode.A).write("CC-BY 4.0");
        waitFor(() -> robot.lookup("#conflict-preview").queryAs(TextArea.class).getText().contains("rights: CC-BY 4.0"));
        assertThat(robot.lookup("#conflict-preview").queryAs(TextArea.class).getText())
                .contains("Title: Harbour, my title").contains("Tags: boats, Gulls, sea");
        Screenshots.save(robot.lookup("#conflict-save").query().getScene(), "conflict-screen");

        // And before Save, bob changes the description too: that is merged in, not lost and not overwriting.
        Asset now = db.repositories().assets().find(harbour.id()).orElseThrow();
        db.repositories().assets().update(now.id(), now.version(), AssetChanges.none().description("Low tide."),
                VersionOrigin.EDIT, null, "bob");
        Node save = robot.lookup("#conflict-save").query();
        robot.clickOn(save);
        waitFor(() -> !save.getScene().getWindow().isShowing());

        Asset saved = db.repositories().assets().find(harbour.id()).orElseThrow();
        assertThat(saved.title()).isEqualTo("Harbour, my title");
        assertThat(saved.tags()).containsExactlyInAnyOrder("sea", "boats", "Gulls");
        assertThat(saved.customFields()).containsExactly(Map.entry("rights", "CC-BY 4.0"));
        assertThat(saved.description()).as("bob's later change kept").isEqualTo("Low tide.");
        AssetVersion last = db.repositories().assets().versions(saved.id()).get((int) saved.version() - 1);
        assertThat(last.origin()).isEqualTo(VersionOrigin.MERGE);
        assertThat(last.conflictResolved()).isTrue();
        assertThat(db.repositories().audit().forAsset(saved.id(), 20)).extracting(r -> r.type())
                .contains(ActionType.CONFLICT_RESOLVED);
        waitFor(() -> robot.lookup("#edit-title").queryAs(TextField.class).getText().equals("Harbour, my title")
                && !robot.lookup("#edit-discard").query().isVisible());
        assertThat(context().library().form().dirtyProperty().get()).as("the form holds the saved version").isFalse();
        waitFor(() -> robot.lookup("#edit-message").queryAs(Label.class).getText().startsWith("Saved as version " + saved.version()
                + ", with the conflict resolved."));
    }
}
