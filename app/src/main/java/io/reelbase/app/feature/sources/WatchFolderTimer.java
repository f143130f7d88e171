package io.reelbase.app.feature.sources;

import io.reelbase.app.ui.BackgroundTasks;
import io.reelbase.core.ingest.IngestReport;
import io.reelbase.core.ingest.WatchFolders;
import java.time.Instant;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks at the watch folders every minute while the window is open (each folder has its own interval) as a
 * background task in the status bar; never two looks at once. A timer on the FX thread, no thread of its own.
 */
public final class WatchFolderTimer {
    private static final Logger LOG = LoggerFactory.getLogger(WatchFolderTimer.class);

    private final WatchFolders folders;
    private final BackgroundTasks tasks;
    private final Timeline timeline;
    private boolean looking;
    private Runnable onIngested = () -> { };

    public WatchFolderTimer(WatchFolders folders, BackgroundTasks tasks) {
        this.folders = folders;
        this.tasks = tasks;
        this.timeline = new Timeline(new KeyFrame(Duration.seconds(60), e -> look()));
        timeline.setCycleCount(Timeline.INDEFINITE);
        timeline.setDelay(Duration.seconds(5));
    }

    /** Starts looking; {@code onIngested} runs when a look brought files in. */
    public void start(Runnable onIngested) {
        this.onIngested = onIngested;
        timeline.play();
    }

    public void stop() {
        timeline.stop();
    }

    /** Looks at the folders that are due now (unless a look is still running). */
    public void look() {
        if (looking) {
            return;
        }
        looking = true;
        tasks.<List<IngestReport>>submit("Looking at watch folders", p -> folders.syncDue(Instant.now(), p), reports -> {
            looking = false;
            if (reports.stream().anyMatch(r -> r.count(io.reelbase.core.ingest.IngestOutcome.Kind.ADDED) > 0)) {
                onIngested.run();
            }
        }, error -> {
            looking = false;
            LOG.warn("Watch folder sync failed", error);
        });
    }
}
