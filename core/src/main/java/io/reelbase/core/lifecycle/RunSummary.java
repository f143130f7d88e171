package io.reelbase.core.lifecycle;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A simulation or execution of the rules: when, by whom, how big the catalogue was, and per action what was planned
 * and what was done; the spared by reason; per rule how many it matched and how many are not due yet; the planned
 * moves by the tier they go to.
 */
public record RunSummary(UUID id, Kind kind, Status status, Instant startedAt, Instant finishedAt, String login, long catalogueSize,
                         Map<LifecycleAction, Totals> planned, Map<LifecycleAction, Totals> done, Map<LifecycleAction, Totals> failed,
                         Map<SpareReason, Long> spared, List<RuleCount> rules, Map<io.reelbase.core.asset.StorageTier, Totals> movesTo,
                         String message) {

    public enum Kind { SIMULATION, EXECUTION }

    public enum Status { PLANNED, RUNNING, COMPLETED, FAILED, CANCELLED, STOPPED }

    /** Assets and bytes. */
    public record Totals(long assets, long bytes) {
        public static final Totals NONE = new Totals(0, 0);
    }

    /** What one rule matched in this run; {@code notYet} of them are too recent, the first due at {@code nextDue}. */
    public record RuleCount(UUID ruleId, String ruleName, long matched, long notYet, Instant nextDue) {
    }

    public Totals planned(LifecycleAction a) {
        return planned.getOrDefault(a, Totals.NONE);
    }

    public Totals done(LifecycleAction a) {
        return done.getOrDefault(a, Totals.NONE);
    }

    public Totals failed(LifecycleAction a) {
        return failed.getOrDefault(a, Totals.NONE);
    }

    public long plannedAssets() {
        return planned.values().stream().mapToLong(Totals::assets).sum();
    }

    public long sparedAssets() {
        return spared.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Deletions as a share of the catalogue, in percent. */
    public double deletePercent() {
        return catalogueSize == 0 ? 0 : 100.0 * planned(LifecycleAction.DELETE).assets() / catalogueSize;
    }
}
