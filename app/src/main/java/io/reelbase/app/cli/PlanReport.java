package io.reelbase.app.cli;

import io.reelbase.core.Bytes;
import io.reelbase.core.lifecycle.LifecycleAction;
import io.reelbase.core.lifecycle.LifecyclePlans;
import io.reelbase.core.lifecycle.PlanItem;
import io.reelbase.core.lifecycle.RunSummary;
import io.reelbase.core.lifecycle.SpareReason;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A lifecycle plan or run as a person reads it on a terminal, or as JSON for scripts. */
final class PlanReport {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());
    private final Printer p;
    private final LifecyclePlans plans;

    PlanReport(Printer p, LifecyclePlans plans) {
        this.p = p;
        this.plans = plans;
    }

    /** Totals per action (planned, and done/failed for an execution), the spared by reason, each rule, overlaps, then the items. */
    void print(RunSummary s, int itemLimit) {
        boolean ran = s.kind() == RunSummary.Kind.EXECUTION && s.status() != RunSummary.Status.PLANNED
                && s.status() != RunSummary.Status.STOPPED;
        p.line("%s %s, %s by %s; catalogue: %,d assets.", s.kind() == RunSummary.Kind.SIMULATION ? "Simulation" : "Run", shortId(s.id()),
                s.status().name().toLowerCase(java.util.Locale.ROOT), s.login(), s.catalogueSize());
        for (LifecycleAction a : LifecycleAction.values()) {
            RunSummary.Totals t = s.planned(a);
            if (t.assets() == 0) {
                continue;
            }
            p.line("  %-8s %,8d assets %10s%s", a.name(), t.assets(), Bytes.human(t.bytes()), ran ? String.format(java.util.Locale.ROOT,
                    "   done %,d, failed %,d", s.done(a).assets(), s.failed(a).assets()) : "");
            if (a == LifecycleAction.MOVE) {
                s.movesTo().forEach((tier, n) -> p.line("    to %-7s %,6d assets %10s", tier, n.assets(), Bytes.human(n.bytes())));
            }
        }
        if (s.plannedAssets() == 0) {
            p.line("  Nothing to do now.");
        }
        for (Map.Entry<SpareReason, Long> e : s.spared().entrySet()) {
            p.line("  spared   %,8d assets: %s", e.getValue(), e.getKey().words());
        }
        for (RunSummary.RuleCount r : s.rules()) {
            p.line("  rule \u201c%s\u201d: matches %,d, not due yet %,d%s", r.ruleName(), r.matched(), r.notYet(),
                    r.nextDue() == null ? "" : " (the next on " + DAY.format(r.nextDue()) + ")");
        }
        for (LifecyclePlans.Overlap o : plans.overlaps(s.id())) {
            p.line("  overlap: \u201c%s\u201d would also act on %,d assets \u201c%s\u201d takes first%s", o.rule(), o.assets(), o.winner(),
                    o.shadowed() ? " \u2014 it is shadowed: it acts on nothing" : "");
        }
        if (s.message() != null) {
            p.line("  %s", s.message());
        }
        if (itemLimit > 0) {
            List<PlanItem> items = plans.items(s.id(), LifecyclePlans.ItemQuery.ALL, 0, itemLimit + 1);
            items.stream().limit(itemLimit).forEach(i -> p.line("  %s", line(i, ran)));
            if (items.size() > itemLimit) {
                p.line("  \u2026 more: add --all to list every item.");
            }
        }
    }

    static String line(PlanItem i, boolean ran) {
        String what = i.acts() ? i.actionWords().toUpperCase(java.util.Locale.ROOT) : "SPARED";
        String state = ran && i.acts() ? "  [" + i.state() + (i.message() == null ? "" : ": " + i.message()) + "]" : "";
        return String.format(java.util.Locale.ROOT, "%-16s %s  \u201c%s\u201d  %s  by \u201c%s\u201d%s%s", what, shortId(i.assetId()),
                i.assetTitle(), Bytes.human(i.bytes()), i.ruleName(), i.reasonWords().isEmpty() ? "" : ": " + i.reasonWords(), state);
    }

    static String shortId(UUID id) {
        return id.toString().substring(0, 8);
    }

    /** The plan as one JSON object: the summary and every item. */
    static Map<String, Object> json(RunSummary s, List<PlanItem> items) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("run", s.id().toString());
        out.put("kind", s.kind().name());
        out.put("status", s.status().name());
        out.put("catalogue_size", s.catalogueSize());
        Map<String, Object> planned = new LinkedHashMap<>();
        s.planned().forEach((a, t) -> planned.put(a.name(), Map.of("assets", t.assets(), "bytes", t.bytes())));
        out.put("planned", planned);
        Map<String, Object> spared = new LinkedHashMap<>();
        s.spared().forEach((r, n) -> spared.put(r.name(), n));
        out.put("spared", spared);
        out.put("rules", s.rules().stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", r.ruleName());
            m.put("matched", r.matched());
            m.put("not_yet", r.notYet());
            m.put("next_due", r.nextDue() == null ? null : r.nextDue().toString());
            return m;
        }).toList());
        out.put("items", items.stream().map(i -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("asset", i.assetId().toString());
            m.put("title", i.assetTitle());
            m.put("action", i.action().name());
            m.put("target_tier", i.targetTier() == null ? null : i.targetTier().name());
            m.put("bytes", i.bytes());
            m.put("rule", i.ruleName());
            m.put("spared", i.reason() == null ? null : i.reason().name());
            m.put("why", i.reasonWords().isEmpty() ? null : i.reasonWords());
            m.put("state", i.state().name());
            return m;
        }).toList());
        return out;
    }
}
