package io.reelbase.persistence.lifecycle;

import io.reelbase.core.lifecycle.LifecycleRule;
import io.reelbase.core.lifecycle.LifecycleSettings;
import io.reelbase.core.lifecycle.RunSummary;
import io.reelbase.persistence.Tx;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Makes a plan in one statement: every active rule's candidates at once, what is due for each, and for each asset the
 * first rule (by priority, then name) whose due step would change something and may; the others that are due are
 * named on the acting item ("also due") and counted per pair of rules, and those a hold, an action already done or a
 * missing root spare are kept with the reason. Deleted assets past the grace period become PURGE items. A simulation
 * and an execution are planned by exactly this code. The two halves of the catalogue (by asset id) are planned side by side, each in its
 * own transaction, at the same moment; the run is PLANNED once both are written.
 */
final class PlanWriter {
    private PlanWriter() {
    }

    /** The halves of the catalogue, by asset id, planned side by side (an asset's rules are always in one of them). */
    static final List<String> HALVES = List.of("a.id < '80000000-0000-0000-0000-000000000000'::uuid",
            "a.id >= '80000000-0000-0000-0000-000000000000'::uuid");

    /** Records the run (PLANNED, with the catalogue's size) before its items are written. */
    static UUID start(Connection c, List<LifecycleRule> active, RunSummary.Kind kind, Instant now) throws SQLException {
        long catalogue = Tx.list(c, "select count(*) from asset a where a.parent_id is null and a.status <> 'DELETED'",
                rs -> rs.getLong(1)).get(0);
        return Tx.list(c, "insert into lifecycle_run (rule_name, kind, status, planned_at, catalogue_size) values (?, ?, 'PLANNED', ?, ?)"
                + " returning id", rs -> rs.getObject(1, UUID.class), active.size() == 1 ? "1 active rule" : active.size() + " active rules",
                kind, Timestamp.from(now), catalogue).get(0);
    }

    /**
     * Writes the plan's items for the assets {@code part} lets through (one of {@link #HALVES}), and its rules' counts;
     * returns how many assets it acts on and their bytes. (A statement's writing CTEs run whether or not it reads them.)
     */
    static RunSummary.Totals items(Connection c, UUID run, List<LifecycleRule> active, Instant now, String part) throws SQLException {
        // The per-asset ranking sorts every due rule of every asset: in memory, not on disk.
        Tx.update(c, "set local work_mem = '128MB'");
        RuleSql all = RuleSql.union(active, part);
        List<Object> params = new ArrayList<>();
        params.add(Timestamp.from(now));
        params.addAll(all.params);
        params.add(run);
        params.add(run);
        params.add(run);
        return Tx.list(c, RuleSql.with() + ", d as materialized (" + RuleSql.due(all.sql) + "),"
                + " ranked as (select v.*, row_number() over w as rk, first_value(v.rule_name) over w as winner,"
                + "   array_agg(v.rule_name) filter (where not v.held and not v.done_already and not v.no_root) over whole as eligible"
                + "   from (" + RuleSql.verdicts("select * from d where d.action is not null") + ") v"
                + "   window w as (partition by v.asset_id order by v.held, v.done_already, v.no_root, v.priority, lower(v.rule_name)),"
                + "     whole as (partition by v.asset_id)),"
                + " judged as materialized (select k.*, case when k.held then 'LEGAL_HOLD' when k.done_already then 'ALREADY_THERE'"
                + "     when k.no_root then 'NO_ROOT_FOR_TIER' when k.rk > 1 then 'HIGHER_PRIORITY_RULE' end as reason from ranked k),"
                + " items as (insert into lifecycle_plan_item (run_id, asset_id, asset_title, rule_id, rule_name, action, target_tier, bytes,"
                + "   verdict, reason, detail)"
                + "   select ?::uuid, r.asset_id, r.title, r.rule_id, r.rule_name, r.action, case when r.action = 'MOVE' then r.target_tier end,"
                + "     r.bytes, case when r.reason is null then 'ACT' else 'SPARED' end, r.reason,"
                + "     case when r.no_root then r.target_tier when r.reason is null"
                + "       then nullif(array_to_string(array_remove(r.eligible, r.rule_name), ', '), '') end"
                + "   from judged r where r.reason is distinct from 'HIGHER_PRIORITY_RULE' returning verdict, bytes),"
                + " pairs as (insert into lifecycle_run_overlap (run_id, rule_name, winner, assets)"
                + "   select ?::uuid, j.rule_name, j.winner, count(*) from judged j where j.reason = 'HIGHER_PRIORITY_RULE'"
                + "   group by j.rule_name, j.winner"
                + "   on conflict (run_id, rule_name, winner) do update set assets = lifecycle_run_overlap.assets + excluded.assets returning 1),"
                + " rules as (insert into lifecycle_run_rule (run_id, rule_id, rule_name, matched, not_yet, next_due_at)"
                + "   select ?::uuid, d.rule_id, d.rule_name, count(*), count(*) filter (where d.action is null),"
                + "     min(d.next_due) filter (where d.action is null) from d group by d.rule_id, d.rule_name"
                + "   on conflict (run_id, rule_id) do update set matched = lifecycle_run_rule.matched + excluded.matched,"
                + "     not_yet = lifecycle_run_rule.not_yet + excluded.not_yet,"
                + "     next_due_at = least(lifecycle_run_rule.next_due_at, excluded.next_due_at) returning 1)"
                + " select count(*) filter (where verdict = 'ACT'), coalesce(sum(bytes) filter (where verdict = 'ACT'), 0) from items",
                rs -> new RunSummary.Totals(rs.getLong(1), rs.getLong(2)), params.toArray()).get(0);
    }

    /** Deleted assets past the grace period become PURGE items (held ones are spared); returns the purges and their bytes. */
    static RunSummary.Totals purges(Connection c, UUID run, LifecycleSettings settings, Instant now) throws SQLException {
        return Tx.list(c, "with items as (insert into lifecycle_plan_item (run_id, asset_id, asset_title, rule_id, rule_name, action, bytes,"
                + " verdict, reason) select ?::uuid, a.id, a.title, null, ?, 'PURGE', coalesce(a.file_size, 0),"
                + "   case when a.legal_hold then 'SPARED' else 'ACT' end, case when a.legal_hold then 'LEGAL_HOLD' end"
                + " from asset a where a.status = 'DELETED' and a.deleted_at <= ? returning verdict, bytes)"
                + " select count(*) filter (where verdict = 'ACT'), coalesce(sum(bytes) filter (where verdict = 'ACT'), 0) from items",
                rs -> new RunSummary.Totals(rs.getLong(1), rs.getLong(2)), run, "Purge " + settings.purgeAfterDays() + " days after deletion",
                Timestamp.from(now.minus(Duration.ofDays(settings.purgeAfterDays())))).get(0);
    }

    /** What the run acts on, in all (what a list of runs shows). */
    static void totals(Connection c, UUID run, List<RunSummary.Totals> parts) throws SQLException {
        Tx.update(c, "update lifecycle_run set assets_matched = ?, bytes_affected = ? where id = ?",
                parts.stream().mapToLong(RunSummary.Totals::assets).sum(), parts.stream().mapToLong(RunSummary.Totals::bytes).sum(), run);
    }
}
