package io.reelbase.persistence.lifecycle;

import io.reelbase.core.asset.StorageTier;
import io.reelbase.core.lifecycle.LifecycleAction;
import io.reelbase.core.lifecycle.RunSummary;
import io.reelbase.core.lifecycle.SpareReason;
import io.reelbase.persistence.Tx;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A run's summary: the run's row, its items counted per action and state, the spared per reason, its rules. */
final class RunReads {
    private RunReads() {
    }

    static RunSummary summary(Connection c, UUID run) throws SQLException {
        Map<LifecycleAction, RunSummary.Totals> planned = new EnumMap<>(LifecycleAction.class);
        Map<LifecycleAction, RunSummary.Totals> done = new EnumMap<>(LifecycleAction.class);
        Map<LifecycleAction, RunSummary.Totals> failed = new EnumMap<>(LifecycleAction.class);
        Map<SpareReason, Long> spared = new EnumMap<>(SpareReason.class);
        Map<StorageTier, RunSummary.Totals> movesTo = new EnumMap<>(StorageTier.class);
        Tx.list(c, "select target_tier, count(*), coalesce(sum(bytes), 0) from lifecycle_plan_item where run_id = ? and verdict = 'ACT'"
                + " and action = 'MOVE' group by 1", rs -> movesTo.put(StorageTier.valueOf(rs.getString(1)),
                        new RunSummary.Totals(rs.getLong(2), rs.getLong(3))), run);
        Tx.list(c, "select verdict, action, reason, state, count(*), coalesce(sum(bytes), 0) from lifecycle_plan_item where run_id = ?"
                + " group by 1, 2, 3, 4", rs -> {
                    LifecycleAction action = LifecycleAction.valueOf(rs.getString(2));
                    long n = rs.getLong(5);
                    long bytes = rs.getLong(6);
                    if ("SPARED".equals(rs.getString(1))) {
                        spared.merge(SpareReason.valueOf(rs.getString(3)), n, Long::sum);
                        return null;
                    }
                    add(planned, action, n, bytes);
                    if ("DONE".equals(rs.getString(4))) {
                        add(done, action, n, bytes);
                    } else if ("FAILED".equals(rs.getString(4)) || "SKIPPED".equals(rs.getString(4))) {
                        add(failed, action, n, bytes);
                    }
                    return null;
                }, run);
        Tx.list(c, "select coalesce(sum(assets), 0) from lifecycle_run_overlap where run_id = ?", rs -> {
            if (rs.getLong(1) > 0) {
                spared.put(SpareReason.HIGHER_PRIORITY_RULE, rs.getLong(1));
            }
            return null;
        }, run);
        List<RunSummary.RuleCount> rules = Tx.list(c, "select rule_id, rule_name, matched, not_yet, next_due_at from lifecycle_run_rule"
                + " where run_id = ? order by lower(rule_name)", rs -> {
                    Timestamp next = rs.getTimestamp(5);
                    return new RunSummary.RuleCount(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3), rs.getLong(4),
                            next == null ? null : next.toInstant());
                }, run);
        return Tx.list(c, "select id, kind, status, started_at, finished_at, started_login, catalogue_size, outcome ->> 'message'"
                + " from lifecycle_run where id = ?", rs -> {
                    Timestamp finished = rs.getTimestamp(5);
                    return new RunSummary(rs.getObject(1, UUID.class), RunSummary.Kind.valueOf(rs.getString(2)),
                            RunSummary.Status.valueOf(rs.getString(3)), rs.getTimestamp(4).toInstant(),
                            finished == null ? null : finished.toInstant(), rs.getString(6), rs.getLong(7), planned, done, failed, spared, rules,
                            movesTo, rs.getString(8));
                }, run).stream().findFirst().orElseThrow(() -> new IllegalArgumentException("There is no lifecycle run " + run + "."));
    }

    private static void add(Map<LifecycleAction, RunSummary.Totals> m, LifecycleAction a, long n, long bytes) {
        m.merge(a, new RunSummary.Totals(n, bytes), (x, y) -> new RunSummary.Totals(x.assets() + y.assets(), x.bytes() + y.bytes()));
    }
}
