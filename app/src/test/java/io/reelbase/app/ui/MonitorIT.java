package io.reelbase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.NewAsset;
import io.reelbase.core.job.Job;
import io.reelbase.core.job.JobStatus;
import io.reelbase.core.job.MonitoredJob;
import io.reelbase.core.job.RetryPolicy;
import io.reelbase.core.workflow.Capability;
import io.reelbase.persistence.Database;
import io.reelbase.persistence.TestDatabases;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The workflow monitor, headless: a failed job is in the failed bin with its reason, and one click retries it. */
class MonitorIT {
    private static Database db;
    private static ShownWindow shown;
    private static Job failed;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void open() throws Exception {
        db = Database.open(TestDatabases.fresh());
        var wf = db.repositories().workflows().defaultWorkflow().orElseThrow();
        var broken = db.repositories().assets().create(NewAsset.of("Broken rushes", AssetType.VIDEO), "test");
        var fine = db.repositories().assets().create(NewAsset.of("Good take", AssetType.VIDEO), "test");
        failed = db.jobs().enqueue(broken.id(), wf, 10, 1, "test");
        db.jobs().enqueue(fine.id(), wf, 100, 3, "test");
        Job claimed = db.jobs().claim("test-worker", Duration.ofSeconds(30)).orElseThrow();
        db.jobs().capabilityCompleted(claimed.id(), "test-worker", Capability.PROBE, 12, 16);
        db.jobs().fail(claimed.id(), "test-worker", Capability.THUMBNAIL, "Broken rushes.mov: no picture could be decoded from it.",
                RetryPolicy.DEFAULT);
        shown = ShownWindow.open(db, new RecordingDialogs());
    }

    @AfterAll
    static void close() throws Exception {
        shown.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<MonitoredJob> jobs() {
        return robot.lookup("#job-table").queryAs(TableView.class);
    }

    @Test
    void aFailedJobShowsItsReasonAndIsRetriedWithOneClick() throws Exception {
        robot.clickOn("Workflow Monitor");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> jobs().getItems().size() == 2);
        // The summary is its own answer and may come a moment after the rows.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#monitor-summary").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#monitor-summary").queryAs(Label.class).getText()).contains("1 queued", "1 failed");

        robot.clickOn("#filter-failed");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> jobs().getItems().size() == 1);
        MonitoredJob row = jobs().getItems().get(0);
        assertThat(row.assetTitle()).isEqualTo("Broken rushes");
        assertThat(row.job().errorMessage()).contains("no picture could be decoded");
        assertThat(robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().startsWith("✓probe") && l.getText().contains("✗thumbnail") && l.getText().contains("·proxy"))
                .tryQuery()).as("the steps show what finished and what failed").isPresent();
        Screenshots.save(shown.stage.getScene(), "workflow-monitor-failed");

        robot.clickOn("Broken rushes");
        robot.clickOn("#retry-jobs");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> db.jobs().find(failed.id()).orElseThrow().status() == JobStatus.QUEUED);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> jobs().getItems().isEmpty());

        robot.clickOn("#filter-all");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> jobs().getItems().size() == 2);
        Screenshots.save(shown.stage.getScene(), "workflow-monitor");
    }
}
