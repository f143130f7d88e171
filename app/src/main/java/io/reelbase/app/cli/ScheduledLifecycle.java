package io.reelbase.app.cli;

import io.reelbase.core.lifecycle.LifecycleSchedule;
import io.reelbase.core.lifecycle.RunSummary;
import io.reelbase.core.user.Permission;
import io.reelbase.persistence.Database;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lifecycle rules on schedule inside {@code reelbase worker}: every ten minutes it looks whether a run is due and
 * runs it here, between the worker's own polls. Only an admin's login may run them; any other says so once.
 */
final class ScheduledLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledLifecycle.class);
    private static final Duration EVERY = Duration.ofMinutes(10);
    private final LifecycleSchedule schedule;
    private final Printer printer;
    private Instant next = Instant.now();

    private ScheduledLifecycle(LifecycleSchedule schedule, Printer printer) {
        this.schedule = schedule;
        this.printer = printer;
    }

    /** The schedule for this worker's login, or null (said on the terminal) when the login may not run the rules. */
    static ScheduledLifecycle forWorker(Database db, Printer p) {
        if (!db.signedIn().may(Permission.MANAGE_LIFECYCLE)) {
            p.line("Lifecycle rules are not run here: %s The worker goes on with jobs.", Permission.MANAGE_LIFECYCLE.needs());
            return null;
        }
        return new ScheduledLifecycle(new LifecycleSchedule(db.lifecyclePlans(), db.lifecycleRules(),
                LifecycleCommands.runner(db, db.user())), p);
    }

    /** Runs the rules if ten minutes have passed since the last look and a run is due. */
    void lookNow() {
        Instant now = Instant.now();
        if (now.isBefore(next)) {
            return;
        }
        next = now.plus(EVERY);
        try {
            Optional<RunSummary> ran = schedule.runIfDue(now, printer.progress(100));
            ran.ifPresent(s -> printer.line("Lifecycle run %s: %s %s", s.id().toString().substring(0, 8),
                    s.status().name().toLowerCase(java.util.Locale.ROOT), s.message() == null ? "" : s.message()));
        } catch (RuntimeException e) {
            LOG.warn("The scheduled lifecycle run failed", e);
            printer.line("The scheduled lifecycle run failed: %s (the worker goes on; details in the log).", e.getMessage());
        }
    }
}
