package io.reelbase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.app.feature.lifecycle.LifecycleViewModel;
import io.reelbase.app.lifecycle.Catalogue;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.ReviewStatus;
import io.reelbase.core.asset.SourceSystem;
import io.reelbase.core.asset.StorageTier;
import io.reelbase.core.audit.ActionRecord;
import io.reelbase.core.audit.ActionType;
import io.reelbase.core.lifecycle.PlanItem;
import io.reelbase.persistence.Database;
import io.reelbase.persistence.TestDatabases;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The done-when of issue #13 from the window alone: an admin builds "move videos from the watch folder to COLD after
 * 30 days" and "delete rejected assets after 90 days" in the Lifecycle screen, sees each one's live count and the
 * simulation (with why the others are spared), runs them (confirming the deletions past the limit), and finds the
 * moves and deletions in the audit trail.
 */
class LifecycleScreenIT {
    private final FxRobot robot = new FxRobot();

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private <T> void choose(String id, T value) {
        ComboBox<T> box = robot.lookup(id).queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(value));
    }

    @SuppressWarnings("unchecked")
    private void days(String id, int n) {
        Spinner<Integer> s = robot.lookup(id).queryAs(Spinner.class);
        robot.interact(() -> s.getValueFactory().setValue(n));
    }

    private void name(String text) {
        robot.clickOn("#rule-name").push(KeyCode.CONTROL, KeyCode.A).write(text);
    }

    @Test
    void anAdminBuildsSimulatesAndRunsTwoRulesFromTheWindow(@TempDir Path tmp) throws Exception {
        RecordingDialogs dialogs = new RecordingDialogs();
        try (Database db = Database.open(TestDatabases.fresh())) {
            Catalogue cat = new Catalogue(db);
            Path watch = tmp.resolve("watch");
            cat.root("Cold vault", tmp.resolve("cold"), StorageTier.COLD);
            for (int i = 0; i < 4; i++) {
                cat.asset(watch, "rushes " + i, AssetType.VIDEO, SourceSystem.WATCH_FOLDER, ReviewStatus.DRAFT, 35 + i, 4000 + i);
            }
            cat.asset(watch, "fresh rushes", AssetType.VIDEO, SourceSystem.WATCH_FOLDER, ReviewStatus.DRAFT, 3, 4000);
            cat.asset(watch, "bad take", AssetType.VIDEO, SourceSystem.WATCH_FOLDER, ReviewStatus.REJECTED, 120, 3000);
            cat.asset(tmp.resolve("up"), "blurry still", AssetType.IMAGE, SourceSystem.USER_UPLOAD, ReviewStatus.REJECTED, 100, 900);
            cat.asset(tmp.resolve("up"), "new reject", AssetType.IMAGE, SourceSystem.USER_UPLOAD, ReviewStatus.REJECTED, 20, 900);
            for (int i = 0; i < 10; i++) {
                cat.asset(tmp.resolve("up"), "still " + i, AssetType.IMAGE, SourceSystem.USER_UPLOAD, ReviewStatus.APPROVED, 50, 700 + i);
            }
            try (ShownWindow w = ShownWindow.open(db, dialogs)) {
                robot.clickOn("#tab-lifecycle");
                waitFor(() -> text("#rule-live-count").startsWith("This rule alone would"));

                name("Cold watch-folder videos");
                choose("#rule-type", AssetType.VIDEO);
                choose("#rule-source", SourceSystem.WATCH_FOLDER);
                robot.clickOn("#rule-archive");
                robot.clickOn("#rule-move");
                choose("#rule-tier", StorageTier.COLD);
                days("#rule-move-days", 30);
                waitFor(() -> text("#rule-live-count").startsWith("This rule alone would move 5 ("));
                assertThat(text("#rule-live-count")).contains("1 of 6 matching not due yet");
                Screenshots.save(w.stage.getScene(), "lifecycle-editor");
                robot.clickOn("#rule-save");
                waitFor(() -> robot.lookup("#lifecycle-rules").queryAs(javafx.scene.control.ListView.class).getItems().size() == 1);

                robot.clickOn("#rule-new");
                name("Delete rejected after 90 days");
                choose("#rule-review", ReviewStatus.REJECTED);
                robot.clickOn("#rule-archive");
                robot.clickOn("#rule-delete");
                days("#rule-delete-days", 90);
                waitFor(() -> text("#rule-live-count").startsWith("This rule alone would delete 2 ("));
                robot.clickOn("#rule-priority").push(KeyCode.CONTROL, KeyCode.A).write("10").push(KeyCode.ENTER);
                robot.clickOn("#rule-save");
                waitFor(() -> robot.lookup("#lifecycle-rules").queryAs(javafx.scene.control.ListView.class).getItems().size() == 2);
                LifecycleViewModel.RuleRow first = (LifecycleViewModel.RuleRow) robot.lookup("#lifecycle-rules").queryAs(javafx.scene.control.ListView.class)
                        .getItems().get(0);
                assertThat(first.rule().name()).as("priority 10 is tried first").isEqualTo("Delete rejected after 90 days");

                robot.clickOn("#lifecycle-simulate");
                waitFor(() -> text("#lifecycle-totals").startsWith("Would: "));
                assertThat(text("#lifecycle-totals")).contains("move 4", "delete 2", "1 spared", "of 18 assets",
                        "\u201cCold watch-folder videos\u201d: 1 not due yet");
                TableView<?> items = robot.lookup("#lifecycle-items").queryAs(TableView.class);
                assertThat(items.getItems()).extracting(i -> ((PlanItem) i).assetTitle() + ": " + ((PlanItem) i).actionWords()
                        + (((PlanItem) i).reasonWords().isEmpty() ? "" : " (" + ((PlanItem) i).reasonWords() + ")"))
                        .contains("rushes 0: move to COLD", "blurry still: delete",
                                "bad take: delete (also due: Cold watch-folder videos)");
                assertThat(text("#lifecycle-overlaps")).isEqualTo("Overlapping rules: \u201cCold watch-folder videos\u201d would also act on"
                        + " 1 asset that \u201cDelete rejected after 90 days\u201d takes first.");
                robot.clickOn(robot.lookup("#lifecycle-items .table-row-cell").nth(2).queryAs(javafx.scene.Node.class));
                assertThat(text("#lifecycle-item-detail")).startsWith("\u201crushes 0\u201d (").contains("move to COLD", "planned");
                Screenshots.save(w.stage.getScene(), "lifecycle-simulation");

                dialogs.confirmations.add(true);
                dialogs.confirmations.add(true);
                robot.clickOn("#lifecycle-run");
                waitFor(() -> text("#lifecycle-notice").startsWith("Run finished"));
                assertThat(dialogs.shown).anySatisfy(s -> assertThat(s).startsWith("confirm: Run Lifecycle Rules"))
                        .anySatisfy(s -> assertThat(s).startsWith("confirm: Delete 2 Assets?").contains("2 of the catalogue's 18 assets (11.1%)"));
                assertThat(text("#lifecycle-totals")).contains("move: 4 done, 0 failed", "delete: 2 done, 0 failed");
                Screenshots.save(w.stage.getScene(), "lifecycle-run");

                robot.clickOn("#tab-audit");
                waitFor(() -> robot.lookup("#audit-table").queryAs(TableView.class).getItems().stream()
                        .anyMatch(r -> ((ActionRecord) r).type() == ActionType.LIFECYCLE_MOVE));
                assertThat(robot.lookup("#audit-table").queryAs(TableView.class).getItems().stream()
                        .filter(r -> ((ActionRecord) r).type() == ActionType.LIFECYCLE_DELETE).count()).isEqualTo(2);
                Screenshots.save(w.stage.getScene(), "lifecycle-audit");

                robot.clickOn("#tab-lifecycle");
                days("#lifecycle-purge-days", 45);
                days("#lifecycle-delete-percent", 20);
                robot.clickOn("#lifecycle-save-settings");
                waitFor(() -> text("#rule-notice").startsWith("Saved: deleted assets are purged 45 days after deletion"));
                assertThat(db.lifecyclePlans().settings()).isEqualTo(new io.reelbase.core.lifecycle.LifecycleSettings(45, 20, 24));
                assertThat(cat.rows("select title from asset where status = 'DELETED' order by 1")).containsExactly("bad take", "blurry still");
                assertThat(cat.rows("select count(*) from storage_location l join asset a on a.id = l.asset_id where l.is_primary"
                        + " and l.tier = 'COLD' and a.title like 'rushes %'")).containsExactly("4");
            }
        }
    }
}
