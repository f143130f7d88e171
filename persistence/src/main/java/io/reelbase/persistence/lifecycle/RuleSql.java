package io.reelbase.persistence.lifecycle;

import io.reelbase.core.lifecycle.AgeBasis;
import io.reelbase.core.lifecycle.LifecycleRule;
import io.reelbase.core.lifecycle.RuleFilter;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place a rule becomes SQL: a SELECT of the assets its filter passes, with the moment each of its steps comes
 * due for each asset ({@code move_at}, {@code archive_at}, {@code delete_at}). Enum names and day counts are written
 * in (they are validated values); a tag, a collection and a size are parameters. The outer query decides, for a
 * moment {@code now}, which step is due: the furthest one reached.
 */
final class RuleSql {
    /** The assets rules look at: top-level, processed (or failed) or archived; in-flight and deleted ones are not theirs. */
    static final String POPULATION = "a.parent_id is null and a.status in ('PROCESSED', 'FAILED', 'ARCHIVED')";

    final String sql;
    final List<Object> params;

    private RuleSql(String sql, List<Object> params) {
        this.sql = sql;
        this.params = params;
    }

    /** Columns: asset_id, title, bytes, status, storage_tier, legal_hold, rule_id, rule_name, priority, target_tier, move_at, archive_at, delete_at. */
    static RuleSql of(LifecycleRule r) {
        return part(r, " from asset a where " + POPULATION);
    }

    /** One rule's columns and conditions on the asset {@code a}, after {@code from} (a FROM clause, or a WHERE for a lateral part). */
    private static RuleSql part(LifecycleRule r, String from) {
        String basis = switch (r.ageBasis()) {
            case CHANGED -> "a.updated_at";
            case VIEWED -> "coalesce((select v.viewed_at from asset_view v where v.asset_id = a.id), a.created_at)";
            case INGESTED -> "a.created_at";
        };
        List<Object> params = new ArrayList<>();
        StringBuilder s = new StringBuilder("select a.id as asset_id, a.title, coalesce(a.file_size, 0) as bytes, a.status, a.storage_tier,"
                + " a.legal_hold, ?::uuid as rule_id, ?::text as rule_name, " + r.priority() + " as priority, ");
        params.add(r.id());
        params.add(r.name());
        s.append(r.moveToTier() == null ? "null::varchar" : "'" + r.moveToTier().name() + "'::varchar").append(" as target_tier, ");
        s.append(stage(basis, r.moveToTier() == null ? null : r.moveAfterDays())).append(" as move_at, ");
        s.append(stage(basis, r.archiveAfterDays())).append(" as archive_at, ");
        s.append(stage(basis, r.deleteAfterDays())).append(" as delete_at");
        s.append(from);
        RuleFilter f = r.filter();
        if (f.type() != null) {
            s.append(" and a.asset_type = '").append(f.type().name()).append("'");
        }
        if (f.source() != null) {
            s.append(" and a.source_system = '").append(f.source().name()).append("'");
        }
        if (f.review() != null) {
            s.append(" and a.review_status = '").append(f.review().name()).append("'");
        }
        if (f.collectionId() != null) {
            s.append(" and a.id in (select ca.asset_id from collection_asset ca where ca.collection_id = ?::uuid)");
            params.add(f.collectionId());
        }
        if (f.tag() != null) {
            s.append(" and a.id in (select g.asset_id from asset_graph_node g join graph_node n on n.id = g.node_id"
                    + " where n.node_type = 'KEYWORD' and lower(n.name) = lower(?::text))");
            params.add(f.tag());
        }
        if (f.minSizeBytes() != null) {
            s.append(" and a.file_size >= ?::bigint");
            params.add(f.minSizeBytes());
        }
        return new RuleSql(s.toString(), params);
    }

    private static String stage(String basis, Integer days) {
        return days == null ? "null::timestamptz" : "(" + basis + " + interval '" + days + " days')";
    }

    /** Several rules' candidates as one set, the assets read once. */
    static RuleSql union(List<LifecycleRule> rules) {
        return union(rules, "true");
    }

    /** As {@link #union(List)}, for the assets {@code part} (a condition on {@code a}) lets through. */
    static RuleSql union(List<LifecycleRule> rules, String part) {
        if (rules.isEmpty()) {
            return new RuleSql("select null::uuid as asset_id, null::text as title, 0::bigint as bytes, null::varchar as status,"
                    + " null::varchar as storage_tier, false as legal_hold, null::uuid as rule_id, null::text as rule_name, 0 as priority,"
                    + " null::varchar as target_tier, null::timestamptz as move_at, null::timestamptz as archive_at,"
                    + " null::timestamptz as delete_at where false", List.of());
        }
        // One pass over the assets: each asset row is tried against every rule (a lateral union), instead of one scan a rule.
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (LifecycleRule r : rules) {
            RuleSql one = part(r, " where true");
            parts.add(one.sql);
            params.addAll(one.params);
        }
        return new RuleSql("select c.* from asset a cross join lateral (" + String.join(" union all ", parts) + ") c where " + POPULATION
                + " and " + part, params);
    }

    /**
     * The candidates with what is due at {@code p.now} (the CTEs of {@link #with} come first): {@code action} (the
     * furthest step reached, or null when none is yet), {@code next_due} (when the first step comes, if none is due),
     * {@code held}, {@code done_already} (the step would change nothing) and {@code no_root} (a move with no root of
     * its tier).
     */
    static String due(String candidates) {
        return "select c.*, case when c.delete_at <= p.now then 'DELETE' when c.archive_at <= p.now then 'ARCHIVE'"
                + " when c.move_at <= p.now then 'MOVE' end as action,"
                + " least(c.move_at, c.archive_at, c.delete_at) as next_due,"
                + " (c.legal_hold or h.asset_id is not null) as held"
                + " from (" + candidates + ") c cross join p left join held_by_collection h on h.asset_id = c.asset_id";
    }

    /** The CTEs {@link #due} needs: {@code p} (one parameter: the moment) and the assets held through a collection. */
    static String with() {
        return "with p as (select ?::timestamptz as now), held_by_collection as (select distinct ca.asset_id from collection_asset ca"
                + " join collection co on co.id = ca.collection_id where co.legal_hold) ";
    }

    /** Due rows (as {@link #due} makes) with the verdict columns that need the action. */
    static String verdicts(String dueRows) {
        return "select d.*, (d.action = 'MOVE' and d.storage_tier = d.target_tier) or (d.action = 'ARCHIVE' and d.status = 'ARCHIVED')"
                + " as done_already, (d.action = 'MOVE' and not exists (select 1 from storage_root s where s.tier = d.target_tier)) as no_root"
                + " from (" + dueRows + ") d";
    }
}
