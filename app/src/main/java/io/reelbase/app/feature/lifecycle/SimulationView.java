package io.reelbase.app.feature.lifecycle;

import io.reelbase.core.Bytes;
import io.reelbase.core.asset.StorageTier;
import io.reelbase.core.lifecycle.LifecycleAction;
import io.reelbase.core.lifecycle.LifecyclePlans;
import io.reelbase.core.lifecycle.PlanItem;
import io.reelbase.core.lifecycle.RunHeader;
import io.reelbase.core.lifecycle.RunSummary;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The simulation: Simulate and Run Now, the totals per action and the spared per reason, two charts of the next 13
 * weeks (bytes moved to each tier; assets archived and deleted), overlapping rules, and every item with its reason,
 * narrowed by kind or title; after a run, each item's outcome.
 */
final class SimulationView {
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ROOT).withZone(ZoneId.systemDefault());
    private final VBox root = new VBox(8);
    private final SimulationModel model;
    private final Label totals = new Label();
    private final StackedBarChart<String, Number> bytesChart = chart("Moved per tier, by week");
    private final StackedBarChart<String, Number> deletesChart = chart("Archived, deleted by week");

    SimulationView(SimulationModel model) {
        this.model = model;
        Button simulate = new Button("Simulate");
        simulate.setId("lifecycle-simulate");
        simulate.setOnAction(e -> model.simulate());
        Button run = new Button("Run Now\u2026");
        run.setId("lifecycle-run");
        run.setOnAction(e -> model.run());
        simulate.disableProperty().bind(model.busyProperty());
        run.disableProperty().bind(model.busyProperty());
        ComboBox<RunHeader> runs = new ComboBox<>(model.runs());
        runs.setId("lifecycle-runs");
        runs.setPromptText("Past runs");
        runs.setConverter(new StringConverter<>() {
            @Override
            public String toString(RunHeader s) {
                return s == null ? "" : (s.kind() == RunSummary.Kind.SIMULATION ? "Simulation " : "Run ") + DateTimeFormatter.ofPattern(
                        "yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault()).format(s.startedAt()) + " \u00b7 "
                        + s.status().name().toLowerCase(Locale.ROOT);
            }

            @Override
            public RunHeader fromString(String s) {
                return null;
            }
        });
        runs.valueProperty().addListener((o, a, b) -> model.open(b));
        Label notice = new Label();
        notice.setId("lifecycle-notice");
        notice.setWrapText(true);
        notice.getStyleClass().add("notice");
        notice.textProperty().bind(model.noticeProperty());
        totals.setId("lifecycle-totals");
        totals.setWrapText(true);
        Label overlaps = new Label();
        overlaps.setId("lifecycle-overlaps");
        overlaps.setWrapText(true);
        overlaps.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.overlaps().isEmpty() ? ""
                : "Overlapping rules: " + String.join("; ", model.overlaps()) + ".", model.overlaps()));
        HBox charts = new HBox(8, bytesChart, deletesChart);
        HBox.setHgrow(bytesChart, Priority.ALWAYS);
        HBox.setHgrow(deletesChart, Priority.ALWAYS);
        TableView<PlanItem> table = table();
        Label detail = new Label("Select an item to see it whole.");
        detail.setId("lifecycle-item-detail");
        detail.setWrapText(true);
        detail.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        table.setMinHeight(120);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, i) -> detail.setText(i == null ? "" : describe(i)));
        root.getChildren().addAll(new HBox(8, simulate, run, runs), notice, totals, charts, overlaps, filters(), table, detail);
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    /** Follows the model while the screen is shown; the caller unsubscribes when it is hidden. */
    javafx.util.Subscription activate() {
        return model.summaryProperty().subscribe(this::showTotals).and(model.projectionProperty().subscribe(this::showWeeks));
    }

    private Node filters() {
        ComboBox<SimulationModel.Show> show = new ComboBox<>(FXCollections.observableArrayList(SimulationModel.Show.values()));
        show.setId("lifecycle-show");
        show.valueProperty().bindBidirectional(model.showProperty());
        show.setConverter(new StringConverter<>() {
            @Override
            public String toString(SimulationModel.Show s) {
                return s == null ? "" : switch (s) {
                    case ALL -> "Every item";
                    case ACTING -> "What the rules do";
                    case SPARED -> "What they spare, and why";
                    case FAILED -> "What failed";
                };
            }

            @Override
            public SimulationModel.Show fromString(String s) {
                return null;
            }
        });
        TextField title = new TextField();
        title.setId("lifecycle-filter");
        title.setPromptText("Title contains\u2026");
        title.textProperty().bindBidirectional(model.titleFilterProperty());
        HBox.setHgrow(title, Priority.ALWAYS);
        return new HBox(8, show, title);
    }

    /** One item whole: "“rushes 0” (1a2b3c4d) · move to COLD · 3.9 KB · rule “Cold rushes” · done: now at …". */
    static String describe(PlanItem i) {
        return "\u201c" + i.assetTitle() + "\u201d (" + i.assetId().toString().substring(0, 8) + ") \u00b7 " + i.actionWords() + " \u00b7 "
                + Bytes.human(i.bytes()) + " \u00b7 rule \u201c" + i.ruleName() + "\u201d \u00b7 " + why(i);
    }

    private TableView<PlanItem> table() {
        TableView<PlanItem> t = new TableView<>(model.items());
        t.setId("lifecycle-items");
        t.setPlaceholder(new Label("Nothing here: simulate first, or widen the list."));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.getColumns().addAll(List.of(column("Asset", PlanItem::assetTitle, 130), column("Action", i -> i.actionWords(), 100),
                column("Size", i -> Bytes.human(i.bytes()), 64), column("Rule", PlanItem::ruleName, 130),
                column("Why / outcome", SimulationView::why, 260)));
        t.setRowFactory(v -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(PlanItem item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(describe(item)));
            }
        });
        t.setPrefHeight(220);
        return t;
    }

    static String why(PlanItem i) {
        if (!i.acts()) {
            return "spared: " + i.reasonWords();
        }
        String also = i.reasonWords().isEmpty() ? "" : " (" + i.reasonWords() + ")";
        return switch (i.state()) {
            case PLANNED -> "planned" + also;
            case DONE -> "done" + (i.message() == null ? "" : ": " + i.message());
            case FAILED -> "FAILED: " + i.message();
            default -> "stopped after " + i.state().name().toLowerCase(Locale.ROOT) + "; the next run finishes it";
        };
    }

    private static TableColumn<PlanItem, String> column(String name, Function<PlanItem, String> value, double width) {
        TableColumn<PlanItem, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private void showTotals(RunSummary s) {
        if (s == null) {
            totals.setText("");
            return;
        }
        StringBuilder b = new StringBuilder(s.kind() == RunSummary.Kind.SIMULATION ? "Would: " : "Planned: ");
        b.append(SimulationModel.totals(s)).append(String.format(Locale.ROOT, " of %,d assets.", s.catalogueSize()));
        if (s.kind() == RunSummary.Kind.EXECUTION) {
            for (LifecycleAction a : LifecycleAction.values()) {
                if (s.planned(a).assets() > 0) {
                    b.append(String.format(Locale.ROOT, "  %s: %,d done, %,d failed.", a.verb(), s.done(a).assets(), s.failed(a).assets()));
                }
            }
        }
        s.spared().forEach((r, n) -> b.append(String.format(Locale.ROOT, "  Spared %,d: %s.", n, r.words())));
        for (RunSummary.RuleCount r : s.rules()) {
            if (r.notYet() > 0) {
                b.append(String.format(Locale.ROOT, "  \u201c%s\u201d: %,d not due yet%s.", r.ruleName(), r.notYet(), r.nextDue() == null ? ""
                        : " (next " + WEEK.format(r.nextDue()) + ")"));
            }
        }
        totals.setText(b.toString());
    }

    private void showWeeks(List<LifecyclePlans.ProjectedWeek> weeks) {
        bytesChart.getData().clear();
        deletesChart.getData().clear();
        long most = weeks.stream().flatMap(w -> w.bytesMovedTo().values().stream()).mapToLong(Long::longValue).max().orElse(0);
        String unit = most >= 1_000_000_000L ? "GB" : most >= 1_000_000L ? "MB" : "KB";
        double per = most >= 1_000_000_000L ? 1e9 : most >= 1_000_000L ? 1e6 : 1e3;
        bytesChart.setTitle("Moved per tier, by week (" + unit + ")");
        for (StorageTier tier : StorageTier.values()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(tier.name());
            boolean any = false;
            for (LifecyclePlans.ProjectedWeek w : weeks) {
                long bytes = w.bytesMovedTo().getOrDefault(tier, 0L);
                any |= bytes > 0;
                series.getData().add(new XYChart.Data<>(WEEK.format(w.from()), bytes / per));
            }
            if (any) {
                bytesChart.getData().add(series);
            }
        }
        for (LifecycleAction a : List.of(LifecycleAction.ARCHIVE, LifecycleAction.DELETE)) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(a.verb());
            for (LifecyclePlans.ProjectedWeek w : weeks) {
                Map<LifecycleAction, RunSummary.Totals> due = w.due();
                series.getData().add(new XYChart.Data<>(WEEK.format(w.from()), due.getOrDefault(a, RunSummary.Totals.NONE).assets()));
            }
            deletesChart.getData().add(series);
        }
    }

    private static StackedBarChart<String, Number> chart(String title) {
        StackedBarChart<String, Number> c = new StackedBarChart<>(new CategoryAxis(), new NumberAxis());
        c.setTitle(title);
        c.setAnimated(false);
        c.setPrefHeight(190);
        c.setMinHeight(150);
        c.setLegendVisible(true);
        return c;
    }

    Node node() {
        return root;
    }
}
