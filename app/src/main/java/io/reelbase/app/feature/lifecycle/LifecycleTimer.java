package io.reelbase.app.feature.lifecycle;

import io.reelbase.app.ui.BackgroundTasks;
import io.reelbase.core.lifecycle.LifecycleSchedule;
import io.reelbase.core.lifecycle.RunSummary;
import java.time.Instant;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the lifecycle rules on schedule while an admin's window is open (every 24 hours by default, the settings
 * say): looks every ten minutes whether a run is due and, if so, runs it as a status-bar task that can be cancelled.
 * A timer on the FX thread, no thread of its own; never two runs at once.
 */
public final class LifecycleTimer {
    private static final Logger LOG = LoggerFactory.getLogger(LifecycleTimer.class);
    private final LifecycleSchedule schedule;
    private final BackgroundTasks tasks;
    private final Timeline timeline;
    private boolean running;

    public LifecycleTimer(LifecycleSchedule schedule, BackgroundTasks tasks) {
        this.schedule = schedule;
        this.tasks = tasks;
        this.timeline = new Timeline(new KeyFrame(Duration.minutes(10), e -> look()));
        timeline.setCycleCount(Timeline.INDEFINITE);
        timeline.setDelay(Duration.minutes(2));
    }

    public void start() {
        timeline.play();
    }

    public void stop() {
        timeline.stop();
    }

    /** Runs the rules if a run is due (unless one is running). */
    public void look() {
        if (running) {
            return;
        }
        running = true;
        tasks.<Optional<RunSummary>>submit("Running the lifecycle rules (scheduled)", p -> schedule.runIfDue(Instant.now(), p), done -> {
            running = false;
            done.ifPresent(s -> LOG.info("Scheduled lifecycle run: {} {}", s.status(), s.message()));
        }, error -> {
            running = false;
            LOG.warn("The scheduled lifecycle run failed", error);
        });
    }
}
