package io.reelbase.core.lifecycle;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where plans are made and kept. A plan is computed set-wise by the database from the active rules at a moment and
 * stored item by item; a simulation stops there, an execution then runs exactly those items.
 */
public interface LifecyclePlans {
    /** Which items of a plan to list: acting or spared (null: both), in a state (null: any), with a title containing some text. */
    record ItemQuery(Boolean acts, ItemState state, String titleContains) {
        public static final ItemQuery ALL = new ItemQuery(null, null, null);
    }

    /** What one rule (saved or still being edited) would touch now: per action, and in all; when the next not yet due comes due. */
    record DraftCount(java.util.Map<LifecycleAction, RunSummary.Totals> due, long matched, long notYet, long held, Instant nextDue) {
        public long dueAssets() {
            return due.values().stream().mapToLong(RunSummary.Totals::assets).sum();
        }

        public long dueBytes() {
            return due.values().stream().mapToLong(RunSummary.Totals::bytes).sum();
        }
    }

    /** In a plan, a rule that would have acted on assets another rule (of higher priority) takes first. */
    record Overlap(String rule, String winner, long assets, boolean shadowed) {
    }

    /** Evaluates the active rules (and the purge of deleted assets past the grace period) at {@code now}; stores the plan. */
    RunSummary plan(RunSummary.Kind kind, Instant now, String actor);

    RunSummary summary(UUID run);

    List<PlanItem> items(UUID run, ItemQuery query, int offset, int limit);

    /** The rules of a plan that overlap; {@code shadowed} when the rule acts on nothing at all because of it. */
    List<Overlap> overlaps(UUID run);

    /** The items still to do (or to finish) of an execution, in the order they are run. */
    List<PlanItem> unfinished(UUID run);

    /** An execution that was started and did not finish (the process stopped), to be finished first. */
    Optional<UUID> interrupted();

    void status(UUID run, RunSummary.Status status, String message);

    /** When the latest execution began (stopped ones too), for the schedule. */
    Optional<Instant> lastExecution();

    /** The latest runs, newest first, as a list shows them (no item is read). */
    List<RunHeader> runs(int limit);

    /** The run whose id starts with {@code prefix} (8 characters are enough), if exactly one does. */
    Optional<RunHeader> run(String prefix);

    DraftCount count(LifecycleRule draft, Instant now);

    /** What the rules will do over the next days, week by week, from the rules' own dates. */
    List<ProjectedWeek> project(Instant now, int weeks);

    LifecycleSettings settings();

    void saveSettings(LifecycleSettings settings);

    /** A week of the projection: per action the assets and bytes that come due in it. */
    record ProjectedWeek(Instant from, java.util.Map<LifecycleAction, RunSummary.Totals> due,
                         java.util.Map<io.reelbase.core.asset.StorageTier, Long> bytesMovedTo) {
    }
}
