package io.reelbase.core.lifecycle;

import io.reelbase.core.Progress;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduled run: when there are active rules and the last execution (whatever its outcome, a stop before a mass
 * deletion too) began longer ago than the settings' interval, the rules are run. A run that would delete too much is
 * left STOPPED for a person to confirm; it is not retried before the next interval.
 */
public final class LifecycleSchedule {
    private static final Logger LOG = LoggerFactory.getLogger(LifecycleSchedule.class);
    private final LifecyclePlans plans;
    private final LifecycleRuleRepository rules;
    private final LifecycleRunner runner;

    public LifecycleSchedule(LifecyclePlans plans, LifecycleRuleRepository rules, LifecycleRunner runner) {
        this.plans = plans;
        this.rules = rules;
        this.runner = runner;
    }

    /** True when a scheduled run is due at {@code now}. */
    public boolean due(Instant now) {
        if (rules.all().stream().noneMatch(LifecycleRule::active)) {
            return false;
        }
        Optional<Instant> last = plans.lastExecution();
        return last.isEmpty() || !last.get().plus(Duration.ofHours(plans.settings().runEveryHours())).isAfter(now);
    }

    /** Runs the rules if they are due; the run's summary, or empty when none was due. */
    public Optional<RunSummary> runIfDue(Instant now, Progress progress) {
        if (!due(now)) {
            return Optional.empty();
        }
        try {
            RunSummary s = runner.run(RunOptions.EXECUTE, now, progress);
            LOG.info("Scheduled lifecycle run {}: {}", s.id(), s.message());
            return Optional.of(s);
        } catch (MassDeletionStop stop) {
            LOG.warn("Scheduled lifecycle run stopped: {} {}", stop.getMessage(), stop.advice());
            return Optional.of(plans.summary(stop.plan().id()));
        }
    }
}
