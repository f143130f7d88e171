package io.reelbase.persistence.lifecycle;

import io.reelbase.core.asset.StorageTier;
import io.reelbase.core.lifecycle.ItemState;
import io.reelbase.core.lifecycle.LifecycleAction;
import io.reelbase.core.lifecycle.LifecyclePlans;
import io.reelbase.core.lifecycle.LifecycleRule;
import io.reelbase.core.lifecycle.LifecycleSettings;
import io.reelbase.core.lifecycle.PlanItem;
import io.reelbase.core.lifecycle.RunHeader;
import io.reelbase.core.lifecycle.RunSummary;
import io.reelbase.core.lifecycle.SpareReason;
import io.reelbase.persistence.Tx;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Plans, their items and their runs in plain SQL (see {@link PlanWriter} for how a plan is made). */
public final class JdbcLifecyclePlans implements LifecyclePlans {
    private static final String HEADER = "select id, kind, status, started_at, started_login, assets_matched, bytes_affected,"
            + " outcome ->> 'message' from lifecycle_run";
    private static final String ITEM = "select id, asset_id, asset_title, rule_id, rule_name, action, target_tier, bytes, reason, detail,"
            + " state, target_path, bytes_freed, message from lifecycle_plan_item";
    private final Tx tx;
    private final JdbcLifecycleRules rules;

    public JdbcLifecyclePlans(DataSource db) {
        this.tx = new Tx(db);
        this.rules = new JdbcLifecycleRules(db);
    }

    @Override
    public RunSummary plan(RunSummary.Kind kind, Instant now, String actor) {
        List<LifecycleRule> active = rules.all().stream().filter(LifecycleRule::active).toList();
        LifecycleSettings settings = settings();
        UUID run = tx.write(c -> PlanWriter.start(c, active, kind, now));
        try {
            // Two halves side by side: a plan of a large catalogue uses both cores of the database server.
            List<RunSummary.Totals> parts = new ArrayList<>(PlanWriter.HALVES.parallelStream()
                    .map(part -> tx.write(c -> PlanWriter.items(c, run, active, now, part))).toList());
            tx.write(c -> {
                parts.add(PlanWriter.purges(c, run, settings, now));
                PlanWriter.totals(c, run, parts);
                return null;
            });
        } catch (RuntimeException e) {
            status(run, RunSummary.Status.FAILED, "The plan could not be made: " + e.getMessage());
            throw e;
        }
        return summary(run);
    }

    @Override
    public RunSummary summary(UUID run) {
        return tx.write(c -> RunReads.summary(c, run));
    }

    @Override
    public List<PlanItem> items(UUID run, ItemQuery q, int offset, int limit) {
        StringBuilder where = new StringBuilder(" where run_id = ?");
        List<Object> args = new ArrayList<>(List.of(run));
        if (q.acts() != null) {
            where.append(q.acts() ? " and verdict = 'ACT'" : " and verdict = 'SPARED'");
        }
        if (q.state() != null) {
            where.append(" and state = ?");
            args.add(q.state());
        }
        if (q.titleContains() != null && !q.titleContains().isBlank()) {
            where.append(" and strpos(lower(asset_title), lower(?)) > 0");
            args.add(q.titleContains().strip());
        }
        args.add(limit);
        args.add(offset);
        return tx.list(ITEM + where + " order by verdict, action, lower(asset_title), id limit ? offset ?", JdbcLifecyclePlans::item,
                args.toArray());
    }

    @Override
    public List<Overlap> overlaps(UUID run) {
        // Shadowed: the lower rule acts on nothing in the whole plan (both halves), read here rather than kept per half.
        return tx.list("select o.rule_name, o.winner, o.assets, not exists (select 1 from lifecycle_plan_item x where x.run_id = o.run_id"
                + " and x.verdict = 'ACT' and x.rule_name = o.rule_name) from lifecycle_run_overlap o where o.run_id = ?"
                + " order by o.assets desc, o.rule_name", rs -> new Overlap(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBoolean(4)), run);
    }

    @Override
    public List<PlanItem> unfinished(UUID run) {
        return tx.list(ITEM + " where run_id = ? and verdict = 'ACT' and state not in ('DONE', 'FAILED', 'SKIPPED')"
                + " order by case action when 'PURGE' then 0 when 'DELETE' then 1 when 'ARCHIVE' then 2 else 3 end, id",
                JdbcLifecyclePlans::item, run);
    }

    @Override
    public Optional<UUID> interrupted() {
        return tx.list("select id from lifecycle_run where kind = 'EXECUTION' and status = 'RUNNING' order by started_at limit 1",
                rs -> rs.getObject(1, UUID.class)).stream().findFirst();
    }

    @Override
    public Optional<Instant> lastExecution() {
        return tx.list("select max(started_at) from lifecycle_run where kind = 'EXECUTION'", rs -> {
            Timestamp t = rs.getTimestamp(1);
            return t == null ? null : t.toInstant();
        }).stream().filter(java.util.Objects::nonNull).findFirst();
    }

    @Override
    public void status(UUID run, RunSummary.Status status, String message) {
        boolean over = status != RunSummary.Status.RUNNING && status != RunSummary.Status.PLANNED;
        tx.write(c -> Tx.update(c, "update lifecycle_run set status = ?, outcome = jsonb_build_object('message', ?::text),"
                + " finished_at = case when ? then now() end where id = ?", status, message, over, run));
    }

    @Override
    public List<RunHeader> runs(int limit) {
        return tx.list(HEADER + " order by started_at desc limit ?", JdbcLifecyclePlans::header, limit);
    }

    @Override
    public Optional<RunHeader> run(String prefix) {
        List<RunHeader> found = tx.list(HEADER + " where starts_with(id::text, lower(?)) limit 2", JdbcLifecyclePlans::header, prefix.strip());
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static RunHeader header(ResultSet rs) throws SQLException {
        return new RunHeader(rs.getObject(1, UUID.class), RunSummary.Kind.valueOf(rs.getString(2)), RunSummary.Status.valueOf(rs.getString(3)),
                rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getLong(6), rs.getLong(7), rs.getString(8));
    }

    @Override
    public DraftCount count(LifecycleRule draft, Instant now) {
        RuleSql one = RuleSql.of(draft.id() == null ? draft.withId(new UUID(0, 0)) : draft);
        List<Object> params = new ArrayList<>();
        params.add(Timestamp.from(now));
        params.addAll(one.params);
        Map<LifecycleAction, RunSummary.Totals> due = new EnumMap<>(LifecycleAction.class);
        long[] all = new long[3];
        Instant[] next = new Instant[1];
        tx.list(RuleSql.with() + "select v.action, count(*) filter (where not v.held and not coalesce(v.done_already, false)),"
                + " coalesce(sum(v.bytes) filter (where not v.held and not coalesce(v.done_already, false)), 0), count(*),"
                + " count(*) filter (where v.held), min(v.next_due) from (" + RuleSql.verdicts(RuleSql.due(one.sql)) + ") v group by v.action",
                rs -> {
                    String action = rs.getString(1);
                    if (action == null) {
                        all[1] += rs.getLong(4);
                        Timestamp t = rs.getTimestamp(6);
                        next[0] = t == null ? null : t.toInstant();
                    } else if (rs.getLong(2) > 0) {
                        due.put(LifecycleAction.valueOf(action), new RunSummary.Totals(rs.getLong(2), rs.getLong(3)));
                    }
                    all[0] += rs.getLong(4);
                    all[2] += action == null ? 0 : rs.getLong(5);
                    return null;
                }, params.toArray());
        return new DraftCount(due, all[0], all[1], all[2], next[0]);
    }

    @Override
    public List<ProjectedWeek> project(Instant now, int weeks) {
        List<LifecycleRule> active = rules.all().stream().filter(LifecycleRule::active).toList();
        return tx.write(c -> Projection.weeks(c, active, now, weeks));
    }

    @Override
    public LifecycleSettings settings() {
        return tx.list("select purge_after_days, max_delete_percent, run_every_hours from lifecycle_setting",
                rs -> new LifecycleSettings(rs.getInt(1), rs.getDouble(2), rs.getInt(3))).stream().findFirst().orElse(LifecycleSettings.DEFAULTS);
    }

    @Override
    public void saveSettings(LifecycleSettings s) {
        tx.write(c -> Tx.update(c, "update lifecycle_setting set purge_after_days = ?, max_delete_percent = ?, run_every_hours = ?",
                s.purgeAfterDays(), s.maxDeletePercent(), s.runEveryHours()));
    }

    static PlanItem item(ResultSet rs) throws SQLException {
        String tier = rs.getString(7);
        String reason = rs.getString(9);
        return new PlanItem(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getObject(4, UUID.class), rs.getString(5),
                LifecycleAction.valueOf(rs.getString(6)), tier == null ? null : StorageTier.valueOf(tier), rs.getLong(8),
                reason == null ? null : SpareReason.valueOf(reason), rs.getString(10), ItemState.valueOf(rs.getString(11)), rs.getString(12),
                rs.getLong(13), rs.getString(14));
    }
}
