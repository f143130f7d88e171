package io.reelbase.app.feature.lifecycle;

import io.reelbase.app.ui.BackgroundTasks;
import io.reelbase.app.ui.DialogService;
import io.reelbase.app.ui.Problems;
import io.reelbase.core.Bytes;
import io.reelbase.core.lifecycle.ItemState;
import io.reelbase.core.lifecycle.LifecycleAction;
import io.reelbase.core.lifecycle.LifecyclePlans;
import io.reelbase.core.lifecycle.MassDeletionStop;
import io.reelbase.core.lifecycle.PlanItem;
import io.reelbase.core.lifecycle.RunHeader;
import io.reelbase.core.lifecycle.RunOptions;
import io.reelbase.core.lifecycle.RunSummary;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The simulation and runs: "Simulate" plans every active rule now (nothing changes) and shows the totals, what the
 * rules will do over the next weeks, overlapping rules and every item down to one asset and why; "Run Now" carries
 * out a fresh plan (the same code), asking first, and again if it would delete more than the limit; afterwards the
 * plan is shown against what was done.
 */
public final class SimulationModel {
    /** Which items the list shows. */
    public enum Show { ALL, ACTING, SPARED, FAILED }

    static final int WEEKS = 13;
    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss",
            Locale.ROOT).withZone(java.time.ZoneId.systemDefault());
    private static final int PAGE = 500;
    private final LifecycleServices services;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final ReadOnlyObjectWrapper<RunSummary> summary = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<LifecyclePlans.ProjectedWeek>> projection = new ReadOnlyObjectWrapper<>(List.of());
    private final ObservableList<PlanItem> items = FXCollections.observableArrayList();
    private final ObservableList<String> overlaps = FXCollections.observableArrayList();
    private final ObservableList<RunHeader> runs = FXCollections.observableArrayList();
    private final ObjectProperty<Show> show = new SimpleObjectProperty<>(Show.ALL);
    private final StringProperty titleFilter = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("Simulate to see what the rules would do now, asset by asset.");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private Runnable afterRun = () -> { };

    SimulationModel(LifecycleServices services, BackgroundTasks tasks, DialogService dialogs) {
        this.services = services;
        this.tasks = tasks;
        this.dialogs = dialogs;
        show.addListener((o, a, b) -> reloadItems());
        titleFilter.addListener((o, a, b) -> reloadItems());
    }

    /** Called when a run has changed the catalogue (the rules' counts of today are out of date). */
    void afterRun(Runnable then) {
        this.afterRun = then;
    }

    /**
     * What a run's screen shows, read together in the background; {@code weeks} and {@code runs} are null when what is
     * shown still holds (a past run opened: the rules' projection and the list of runs did not change).
     */
    private record Loaded(RunSummary summary, List<PlanItem> items, List<LifecyclePlans.Overlap> overlaps,
                          List<LifecyclePlans.ProjectedWeek> weeks, List<RunHeader> runs) {
    }

    public void simulate() {
        busy.set(true);
        tasks.submit("Simulating the lifecycle rules", p -> load(services.runner().run(RunOptions.SIMULATE, Instant.now(), p), true),
                this::show, this::failed);
    }

    /** Runs the rules now after asking; a run over the deletion limit asks again with the count. */
    public void run() {
        RunSummary last = summary.get();
        String what = last == null || last.kind() != RunSummary.Kind.SIMULATION ? "every active rule"
                : "the rules (the last simulation: " + totals(last) + ")";
        if (!dialogs.confirm("Run Lifecycle Rules", "Run " + what + " now? Moves are copied and checked before an old copy is removed;"
                + " deletions can be restored until they are purged.", "Run Now", "Cancel")) {
            return;
        }
        execute(new RunOptions(false, null));
    }

    private void execute(RunOptions options) {
        busy.set(true);
        tasks.submit("Running the lifecycle rules", p -> load(services.runner().run(options, Instant.now(), p), true), loaded -> {
            show(loaded);
            RunSummary s = loaded.summary();
            notice.set("Run finished: " + s.message() + " The list shows the plan against what was done.");
            afterRun.run();
        }, e -> {
            if (e instanceof MassDeletionStop stop) {
                // Show the stopped plan first, then ask: the person decides on what the screen shows.
                tasks.submit("Loading the stopped plan", p -> load(stop.plan(), true), loaded -> {
                    show(loaded);
                    confirmDeletions(stop);
                }, this::failed);
                return;
            }
            failed(e);
        });
    }

    private void confirmDeletions(MassDeletionStop stop) {
        long n = stop.plan().planned(LifecycleAction.DELETE).assets();
        if (dialogs.confirm("Delete " + n + " Assets?", stop.getMessage() + "\n\nDelete them anyway? They can be restored until they"
                + " are purged.", "Delete " + n, "Do Nothing")) {
            execute(new RunOptions(false, n));
        } else {
            notice.set("Nothing was done. " + stop.getMessage());
        }
    }

    /** Lists the past runs (when the screen is shown), without reading any of them. */
    void loadRuns() {
        tasks.submit("Listing lifecycle runs", p -> services.plans().runs(30), runs::setAll, this::failed);
    }

    /** Shows a past run (its plan, and what was done). */
    public void open(RunHeader run) {
        if (run == null || summary.get() != null && run.id().equals(summary.get().id())) {
            return;
        }
        busy.set(true);
        tasks.submit("Loading the lifecycle run", p -> load(services.plans().summary(run.id()), false), l -> {
            show(l);
            notice.set("Showing the " + (run.kind() == RunSummary.Kind.SIMULATION ? "simulation" : "run") + " of " + TIME.format(run.startedAt())
                    + (run.message() == null ? "" : ": " + run.message()));
        }, this::failed);
    }

    /** A run's screen; the projection is read again only when the plan was made now ({@code fresh}), as it reads every rule. */
    private Loaded load(RunSummary s, boolean fresh) {
        return new Loaded(s, services.plans().items(s.id(), query(), 0, PAGE), services.plans().overlaps(s.id()),
                fresh ? services.plans().project(Instant.now(), WEEKS) : null, fresh ? services.plans().runs(30) : null);
    }

    private LifecyclePlans.ItemQuery query() {
        return switch (show.get()) {
            case ALL -> new LifecyclePlans.ItemQuery(null, null, titleFilter.get());
            case ACTING -> new LifecyclePlans.ItemQuery(true, null, titleFilter.get());
            case SPARED -> new LifecyclePlans.ItemQuery(false, null, titleFilter.get());
            case FAILED -> new LifecyclePlans.ItemQuery(true, ItemState.FAILED, titleFilter.get());
        };
    }

    private void show(Loaded l) {
        busy.set(false);
        summary.set(l.summary());
        items.setAll(l.items());
        overlaps.setAll(l.overlaps().stream().map(o -> String.format(Locale.ROOT, "\u201c%s\u201d would also act on %,d asset%s that"
                + " \u201c%s\u201d takes first%s", o.rule(), o.assets(), o.assets() == 1 ? "" : "s", o.winner(),
                o.shadowed() ? ": it is shadowed and acts on nothing" : "")).toList());
        if (l.weeks() != null) {
            projection.set(l.weeks());
        }
        if (l.runs() != null) {
            runs.setAll(l.runs());
        }
        if (l.summary().kind() == RunSummary.Kind.SIMULATION) {
            notice.set("Simulated at " + TIME.format(l.summary().startedAt()) + ": " + totals(l.summary()) + ". Nothing was changed.");
        }
    }

    private void reloadItems() {
        RunSummary s = summary.get();
        if (s == null) {
            return;
        }
        LifecyclePlans.ItemQuery q = query();
        tasks.submit("Listing plan items", p -> services.plans().items(s.id(), q, 0, PAGE), items::setAll, this::failed);
    }

    private void failed(Throwable e) {
        busy.set(false);
        notice.set(Problems.describe(e));
    }

    /** "move 4 (12 KB), delete 1 (2.9 KB); 3 spared". */
    static String totals(RunSummary s) {
        StringBuilder b = new StringBuilder();
        for (LifecycleAction a : LifecycleAction.values()) {
            RunSummary.Totals t = s.planned(a);
            if (t.assets() > 0) {
                b.append(b.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %,d (%s)", a.verb(), t.assets(), Bytes.human(t.bytes())));
                if (a == LifecycleAction.MOVE && s.movesTo().size() > 1) {
                    b.append(s.movesTo().entrySet().stream().map(e -> String.format(Locale.ROOT, "%,d to %s", e.getValue().assets(), e.getKey()))
                            .collect(java.util.stream.Collectors.joining(", ", " [", "]")));
                }
            }
        }
        return (b.length() == 0 ? "nothing to do" : b.toString()) + String.format(Locale.ROOT, "; %,d spared", s.sparedAssets());
    }

    public ReadOnlyObjectProperty<RunSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<LifecyclePlans.ProjectedWeek>> projectionProperty() {
        return projection.getReadOnlyProperty();
    }

    public ObservableList<PlanItem> items() {
        return items;
    }

    public ObservableList<String> overlaps() {
        return overlaps;
    }

    public ObservableList<RunHeader> runs() {
        return runs;
    }

    public ObjectProperty<Show> showProperty() {
        return show;
    }

    public StringProperty titleFilterProperty() {
        return titleFilter;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
