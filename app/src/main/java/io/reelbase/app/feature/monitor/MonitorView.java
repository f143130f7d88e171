package io.reelbase.app.feature.monitor;

import io.reelbase.core.job.JobStatus;
import io.reelbase.core.job.MonitoredJob;
import io.reelbase.core.job.WorkerActivity;
import io.reelbase.core.workflow.Capability;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import javafx.util.StringConverter;

/** The workflow monitor: live jobs with their steps, the failed bin with retry and cancel, throughput and workers. */
public final class MonitorView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault());
    private final MonitorViewModel model;
    private final BorderPane root = new BorderPane();
    private final TableView<MonitoredJob> table = new TableView<>();
    private final Label summary = new Label();
    private final Label problem = new Label();
    private final XYChart.Series<Number, Number> series = new XYChart.Series<>();
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final NumberAxis x = new NumberAxis();

    public MonitorView(MonitorViewModel model) {
        this.model = model;
        build();
    }

    private void build() {
        ToggleGroup group = new ToggleGroup();
        HBox filters = new HBox(4);
        for (MonitorViewModel.Filter f : MonitorViewModel.Filter.values()) {
            ToggleButton b = new ToggleButton(switch (f) {
                case ALL -> "All";
                case ACTIVE -> "Active";
                case FAILED -> "Failed";
                case DONE -> "Done";
            });
            b.setId("filter-" + f.name().toLowerCase(Locale.ROOT));
            b.setToggleGroup(group);
            b.setSelected(f == MonitorViewModel.Filter.ALL);
            b.setOnAction(e -> {
                b.setSelected(true);
                model.show(f);
            });
            filters.getChildren().add(b);
        }
        TextField search = new TextField();
        search.setPromptText("Search asset or workflow");
        search.setId("monitor-search");
        search.setOnAction(e -> model.search(search.getText()));
        search.textProperty().addListener((o, a, b) -> {
            if (b.isEmpty()) {
                model.search("");
            }
        });
        Button retry = new Button("Retry");
        retry.setId("retry-jobs");
        retry.setOnAction(e -> model.retry(selectedIds()));
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-jobs");
        cancel.setOnAction(e -> model.cancel(selectedIds()));
        retry.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        cancel.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label title = new Label("Workflow monitor");
        title.getStyleClass().add("screen-title");
        HBox top = new HBox(10, title, filters, search, spacer, retry, cancel);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(10, 14, 6, 14));
        summary.getStyleClass().add("muted");
        summary.setId("monitor-summary");
        problem.getStyleClass().add("problem");
        VBox header = new VBox(2, top, new HBox(summary));
        ((HBox) header.getChildren().get(1)).setPadding(new Insets(0, 14, 8, 14));
        header.getStyleClass().add("screen-header");

        table.setId("job-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<MonitoredJob, MonitoredJob> progress = new TableColumn<>("Progress");
        progress.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        progress.setCellFactory(c -> new TableCell<>() {
            private final ProgressBar bar = new ProgressBar();

            @Override
            protected void updateItem(MonitoredJob v, boolean empty) {
                super.updateItem(v, empty);
                if (empty || v == null) {
                    setGraphic(null);
                } else {
                    bar.setProgress(v.job().progress() / 100.0);
                    bar.setMaxWidth(Double.MAX_VALUE);
                    setGraphic(bar);
                }
            }
        });
        progress.setPrefWidth(90);
        TableColumn<MonitoredJob, String> error = column("Error", v -> v.job().errorMessage() == null ? "" : v.job().errorMessage(), 320);
        error.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                setTooltip(empty || s == null || s.isEmpty() ? null : new Tooltip(s));
            }
        });
        table.getColumns().addAll(List.of(
                column("Status", v -> label(v.job().status()), 80),
                column("Asset", MonitoredJob::assetTitle, 160),
                column("Workflow", MonitoredJob::workflowName, 80),
                column("Steps", MonitorView::steps, 330),
                progress,
                column("Tries", v -> v.job().attempts() + " / " + v.job().maxAttempts(), 55),
                column("Worker", v -> v.job().lockedBy() == null ? "" : v.job().lockedBy(), 120),
                column("Age", v -> age(v.job().createdAt()), 55),
                error));
        Label empty = new Label("No jobs here.");
        empty.getStyleClass().add("placeholder");
        table.setPlaceholder(empty);
        table.setItems(model.jobs());

        x.setAutoRanging(false);
        x.setForceZeroInRange(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return TIME.format(Instant.ofEpochMilli(n.longValue()));
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        NumberAxis y = new NumberAxis();
        y.setLabel("jobs / min");
        AreaChart<Number, Number> chart = new AreaChart<>(x, y);
        chart.setId("throughput-chart");
        chart.setTitle("Finished in the last hour");
        chart.setLegendVisible(false);
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.getData().add(series);
        chart.setPrefHeight(220);
        ListView<WorkerActivity> workers = new ListView<>(model.workers());
        workers.setId("worker-list");
        workers.setPlaceholder(new Label("No worker is running a job."));
        workers.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(WorkerActivity w, boolean empty) {
                super.updateItem(w, empty);
                setText(empty || w == null ? null : w.name() + " · " + w.runningJobs() + " job(s) · heartbeat "
                        + age(w.lastHeartbeat()) + " ago · " + w.currentAsset());
            }
        });
        Label workersTitle = new Label("Workers");
        workersTitle.getStyleClass().add("inspector-title");
        VBox side = new VBox(8, chart, workersTitle, workers);
        side.setPadding(new Insets(8));
        VBox.setVgrow(workers, Priority.ALWAYS);
        SplitPane split = new SplitPane(table, side);
        split.setDividerPositions(0.72);
        root.setTop(header);
        root.setCenter(split);
        root.setBottom(problem);
    }

    private List<java.util.UUID> selectedIds() {
        return table.getSelectionModel().getSelectedItems().stream().map(MonitoredJob::id).toList();
    }

    static String steps(MonitoredJob v) {
        StringBuilder sb = new StringBuilder();
        for (Capability c : v.capabilities()) {
            String mark = v.job().completed().contains(c) ? "✓" : v.job().failed().contains(c) ? "✗"
                    : c == v.currentCapability() ? "▶" : "·";
            sb.append(mark).append(c.name().toLowerCase(Locale.ROOT).replace('_', ' ')).append("  ");
        }
        return sb.toString().strip();
    }

    static String age(Instant since) {
        if (since == null) {
            return "";
        }
        Duration d = Duration.between(since, Instant.now());
        if (d.toSeconds() < 60) {
            return Math.max(0, d.toSeconds()) + " s";
        }
        if (d.toMinutes() < 60) {
            return d.toMinutes() + " min";
        }
        return d.toHours() < 48 ? d.toHours() + " h" : d.toDays() + " d";
    }

    private static String label(JobStatus s) {
        String l = s.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(l.charAt(0)) + l.substring(1);
    }

    private static <T> TableColumn<MonitoredJob, T> column(String name, Function<MonitoredJob, T> value, double width) {
        TableColumn<MonitoredJob, T> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    public void activate() {
        subscriptions.add(model.summaryProperty().subscribe(summary::setText));
        subscriptions.add(model.problemProperty().subscribe(p -> problem.setText(p == null ? "" : p)));
        subscriptions.add(model.throughputProperty().subscribe(points -> {
            List<XYChart.Data<Number, Number>> data = new ArrayList<>();
            for (var p : points) {
                data.add(new XYChart.Data<>(p.minute().toEpochMilli(), p.finished()));
            }
            series.getData().setAll(data);
            if (!points.isEmpty()) {
                x.setLowerBound(points.get(0).minute().toEpochMilli());
                x.setUpperBound(points.get(points.size() - 1).minute().toEpochMilli());
                x.setTickUnit(10 * 60_000);
            }
        }));
        model.refresh();
    }

    public void deactivate() {
        subscriptions.forEach(Subscription::unsubscribe);
        subscriptions.clear();
    }

    public Node node() {
        return root;
    }
}
