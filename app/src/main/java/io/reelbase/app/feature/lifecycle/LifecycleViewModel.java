package io.reelbase.app.feature.lifecycle;

import io.reelbase.app.ui.BackgroundTasks;
import io.reelbase.app.ui.DialogService;
import io.reelbase.app.ui.LatestAnswer;
import io.reelbase.app.ui.Problems;
import io.reelbase.core.Bytes;
import io.reelbase.core.collection.Collection;
import io.reelbase.core.lifecycle.LifecycleAction;
import io.reelbase.core.lifecycle.LifecyclePlans;
import io.reelbase.core.lifecycle.LifecycleRule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Lifecycle screen's rules: the list in the order they are tried, each with what it would do today; the rule
 * being edited, with a live count of what it would touch as it is changed; save, remove, enable and disable. The
 * simulation and runs are {@link SimulationModel}'s.
 */
public final class LifecycleViewModel {
    /** A rule in the list with what it would do today. */
    public record RuleRow(LifecycleRule rule, String dueNow) {
    }

    private final LifecycleServices services;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final RuleDraft draft = new RuleDraft();
    private final ObservableList<RuleRow> rules = FXCollections.observableArrayList();
    private final ObservableList<Collection> collections = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<RuleRow> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper liveCount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final LatestAnswer<LifecyclePlans.DraftCount> counting;
    private final javafx.beans.property.IntegerProperty purgeDays = new javafx.beans.property.SimpleIntegerProperty(30);
    private final javafx.beans.property.IntegerProperty deletePercent = new javafx.beans.property.SimpleIntegerProperty(10);
    private final javafx.beans.property.IntegerProperty everyHours = new javafx.beans.property.SimpleIntegerProperty(24);
    private final SimulationModel simulation;
    private boolean loading;

    public LifecycleViewModel(LifecycleServices services, BackgroundTasks tasks, DialogService dialogs) {
        this.services = services;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.counting = new LatestAnswer<>(tasks);
        this.simulation = new SimulationModel(services, tasks, dialogs);
        simulation.afterRun(this::load);
        for (javafx.beans.Observable o : draft.all()) {
            o.addListener(x -> {
                if (!loading) {
                    count();
                }
            });
        }
        loading = true;
        draft.clear();
        loading = false;
    }

    /** What the screen reads when it is shown. */
    private record Loaded(List<RuleRow> rules, List<Collection> collections, io.reelbase.core.lifecycle.LifecycleSettings settings) {
    }

    /** Loads the rules (with today's counts), the collections and the settings; the editor keeps the rule it shows. */
    public void load() {
        simulation.loadRuns();
        tasks.<Loaded>submit("Loading lifecycle rules", p -> {
            List<RuleRow> rows = new ArrayList<>();
            Instant now = Instant.now();
            for (LifecycleRule r : services.rules().all()) {
                rows.add(new RuleRow(r, describe(services.plans().count(r, now))));
            }
            return new Loaded(rows, services.collections().all(), services.plans().settings());
        }, got -> {
            purgeDays.set(got.settings().purgeAfterDays());
            deletePercent.set((int) Math.round(got.settings().maxDeletePercent()));
            everyHours.set(got.settings().runEveryHours());
            collections.setAll(got.collections());
            rules.setAll(got.rules());
            if (draft.id() != null) {
                got.rules().stream().filter(r -> r.rule().id().equals(draft.id())).findFirst().ifPresent(selected::set);
            }
            count();
        }, e -> notice.set(Problems.describe(e)));
    }

    /** "would archive 12 (3.4 GB) now; 40 more not due yet; 2 on legal hold". */
    static String describe(LifecyclePlans.DraftCount c) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<LifecycleAction, io.reelbase.core.lifecycle.RunSummary.Totals> e : c.due().entrySet()) {
            parts.add(String.format(Locale.ROOT, "%s %,d (%s)", e.getKey().verb(), e.getValue().assets(), Bytes.human(e.getValue().bytes())));
        }
        String now = parts.isEmpty() ? "nothing due now" : String.join(", ", parts) + " now";
        return now + String.format(Locale.ROOT, "; %,d of %,d matching not due yet", c.notYet(), c.matched())
                + (c.nextDue() == null ? "" : " (the next on " + java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ROOT)
                        .withZone(java.time.ZoneId.systemDefault()).format(c.nextDue()) + ")")
                + (c.held() > 0 ? String.format(Locale.ROOT, "; %,d on legal hold spared", c.held()) : "");
    }

    public void select(RuleRow row) {
        selected.set(row);
        loading = true;
        try {
            if (row == null) {
                draft.clear();
            } else {
                draft.load(row.rule(), collections);
            }
        } finally {
            loading = false;
        }
        count();
    }

    public void newRule() {
        select(null);
        notice.set("A new rule: choose the assets, what happens to them and when; the count below follows as you edit.");
    }

    /** Counts, in the background, what the drafted rule would touch now (only the latest answer is shown). */
    void count() {
        LifecycleRule rule;
        try {
            rule = draft.toRule();
        } catch (IllegalArgumentException bad) {
            counting.forget();
            liveCount.set("Not a rule yet: " + bad.getMessage());
            return;
        }
        liveCount.set("Counting\u2026");
        counting.ask("Counting what the rule would touch", p -> services.plans().count(rule, Instant.now()),
                c -> liveCount.set("This rule alone would " + describe(c) + "."), e -> liveCount.set(Problems.describe(e)));
    }

    public void save() {
        LifecycleRule rule;
        try {
            if (draft.name.get().isBlank()) {
                throw new IllegalArgumentException("Give the rule a name first.");
            }
            rule = draft.toRule();
        } catch (IllegalArgumentException bad) {
            notice.set(bad.getMessage());
            return;
        }
        tasks.submit("Saving the rule \u201c" + rule.name() + "\u201d", p -> services.rules().save(rule), saved -> {
            loading = true;
            try {
                draft.load(saved, collections);
            } finally {
                loading = false;
            }
            notice.set("Saved \u201c" + saved.name() + "\u201d: " + saved.describe() + ". Simulate to see it among the other rules.");
            load();
        }, e -> notice.set(Problems.describe(e)));
    }

    public void remove() {
        RuleRow row = selected.get();
        if (row == null || !dialogs.confirm("Remove Rule", "Remove the rule \u201c" + row.rule().name() + "\u201d? Past runs keep its name.",
                "Remove", "Keep")) {
            return;
        }
        tasks.submit("Removing the rule", p -> {
            services.rules().delete(row.rule().id());
            return row;
        }, r -> {
            notice.set("Removed \u201c" + r.rule().name() + "\u201d.");
            select(null);
            load();
        }, e -> notice.set(Problems.describe(e)));
    }

    /** Saves the grace period before a purge, the share of the catalogue a run may delete without asking, and the schedule. */
    public void saveSettings() {
        io.reelbase.core.lifecycle.LifecycleSettings set;
        try {
            set = new io.reelbase.core.lifecycle.LifecycleSettings(purgeDays.get(), deletePercent.get(), everyHours.get());
        } catch (IllegalArgumentException bad) {
            notice.set(bad.getMessage());
            return;
        }
        tasks.submit("Saving the lifecycle settings", p -> {
            services.plans().saveSettings(set);
            return set;
        }, saved -> notice.set(String.format(Locale.ROOT, "Saved: deleted assets are purged %d days after deletion; a run that would delete"
                + " more than %.0f%% of the catalogue asks first; the rules run every %d hours.", saved.purgeAfterDays(),
                saved.maxDeletePercent(), saved.runEveryHours())), e -> notice.set(Problems.describe(e)));
    }

    public javafx.beans.property.IntegerProperty purgeDaysProperty() {
        return purgeDays;
    }

    public javafx.beans.property.IntegerProperty deletePercentProperty() {
        return deletePercent;
    }

    public javafx.beans.property.IntegerProperty everyHoursProperty() {
        return everyHours;
    }

    public RuleDraft draft() {
        return draft;
    }

    public SimulationModel simulation() {
        return simulation;
    }

    public ObservableList<RuleRow> rules() {
        return rules;
    }

    public ObservableList<Collection> collections() {
        return collections;
    }

    public ReadOnlyObjectProperty<RuleRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty liveCountProperty() {
        return liveCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
