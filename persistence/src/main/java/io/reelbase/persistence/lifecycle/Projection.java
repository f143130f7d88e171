package io.reelbase.persistence.lifecycle;

import io.reelbase.core.asset.StorageTier;
import io.reelbase.core.lifecycle.LifecycleAction;
import io.reelbase.core.lifecycle.LifecyclePlans.ProjectedWeek;
import io.reelbase.core.lifecycle.LifecycleRule;
import io.reelbase.core.lifecycle.RunSummary;
import io.reelbase.persistence.Tx;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the active rules will do week by week: for each rule's candidates (not held), the moment each of its steps
 * comes due, counted in the week it falls in. From the rules' own dates: where two rules meet, both are counted.
 */
final class Projection {
    private Projection() {
    }

    static List<ProjectedWeek> weeks(Connection c, List<LifecycleRule> active, Instant now, int weeks) throws SQLException {
        List<Map<LifecycleAction, RunSummary.Totals>> due = new ArrayList<>();
        List<Map<StorageTier, Long>> moved = new ArrayList<>();
        for (int i = 0; i < weeks; i++) {
            due.add(new EnumMap<>(LifecycleAction.class));
            moved.add(new EnumMap<>(StorageTier.class));
        }
        RuleSql all = RuleSql.union(active);
        List<Object> params = new ArrayList<>();
        params.add(Timestamp.from(now));
        params.addAll(all.params);
        params.add(weeks);
        String step = " from d cross join p where not d.held and d.%1$s > p.now and d.%1$s <= p.now + make_interval(weeks => ?::int) group by 1, 2, 3";
        params.add(weeks);
        params.add(weeks);
        Tx.list(c, RuleSql.with() + ", d as materialized (" + RuleSql.due(all.sql) + ")"
                + " select 'MOVE', d.target_tier, floor(extract(epoch from d.move_at - p.now) / 604800)::int, count(*), sum(d.bytes)"
                + String.format(step, "move_at")
                + " union all select 'ARCHIVE', null, floor(extract(epoch from d.archive_at - p.now) / 604800)::int, count(*), sum(d.bytes)"
                + String.format(step, "archive_at")
                + " union all select 'DELETE', null, floor(extract(epoch from d.delete_at - p.now) / 604800)::int, count(*), sum(d.bytes)"
                + String.format(step, "delete_at"), rs -> {
                    int week = Math.min(weeks - 1, rs.getInt(3));
                    LifecycleAction action = LifecycleAction.valueOf(rs.getString(1));
                    due.get(week).merge(action, new RunSummary.Totals(rs.getLong(4), rs.getLong(5)),
                            (x, y) -> new RunSummary.Totals(x.assets() + y.assets(), x.bytes() + y.bytes()));
                    if (action == LifecycleAction.MOVE) {
                        moved.get(week).merge(StorageTier.valueOf(rs.getString(2)), rs.getLong(5), Long::sum);
                    }
                    return null;
                }, params.toArray());
        List<ProjectedWeek> out = new ArrayList<>();
        for (int i = 0; i < weeks; i++) {
            out.add(new ProjectedWeek(now.plus(Duration.ofDays(7L * i)), due.get(i), moved.get(i)));
        }
        return out;
    }
}
