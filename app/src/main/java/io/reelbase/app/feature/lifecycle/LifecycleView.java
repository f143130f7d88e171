package io.reelbase.app.feature.lifecycle;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/**
 * The Lifecycle screen (admins): the rules in the order they are tried with what each would do today; the rule
 * builder with its live count; the simulation and runs.
 */
public final class LifecycleView {
    private final LifecycleViewModel model;
    private final SplitPane root = new SplitPane();
    private final ListView<LifecycleViewModel.RuleRow> rules = new ListView<>();
    private final SimulationView simulation;
    private Subscription selection;

    public LifecycleView(LifecycleViewModel model) {
        this.model = model;
        rules.setId("lifecycle-rules");
        rules.setItems(model.rules());
        rules.setPlaceholder(new Label("No rules yet: build one on the right."));
        rules.setCellFactory(v -> new RuleCell());
        rules.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null && r != model.selectedProperty().get()) {
                model.select(r);
            }
        });
        VBox left = new VBox(8, title("Rules, in the order they are tried"), rules, title("Settings"), settings(model));
        VBox.setVgrow(rules, javafx.scene.layout.Priority.ALWAYS);
        left.setPadding(new Insets(10));
        ScrollPane editor = new ScrollPane(new RuleEditorView(model).node());
        editor.setFitToWidth(true);
        editor.setPadding(new Insets(10));
        simulation = new SimulationView(model.simulation());
        VBox right = new VBox(8, title("Simulation"), simulation.node());
        VBox.setVgrow(simulation.node(), javafx.scene.layout.Priority.ALWAYS);
        right.setPadding(new Insets(10));
        root.getItems().addAll(left, editor, right);
        root.setDividerPositions(0.22, 0.5);
    }

    /** A rule in the list: priority and name, what it does, and what it would do today. */
    private static final class RuleCell extends ListCell<LifecycleViewModel.RuleRow> {
        @Override
        protected void updateItem(LifecycleViewModel.RuleRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            Label name = new Label(row.rule().priority() + "  \u00b7  " + row.rule().name() + (row.rule().active() ? "" : "  (off)"));
            name.getStyleClass().add("section-title");
            Label does = new Label(row.rule().describe());
            does.setWrapText(true);
            Label today = new Label("Today: " + row.dueNow());
            today.setWrapText(true);
            today.getStyleClass().add("muted");
            VBox box = new VBox(2, name, does, today);
            box.setMaxWidth(getListView().getWidth() - 30);
            setGraphic(box);
        }
    }

    /** The grace period before a purge, the deletion limit and the schedule, with Save. */
    private static Node settings(LifecycleViewModel model) {
        javafx.scene.layout.GridPane g = new javafx.scene.layout.GridPane();
        g.setHgap(6);
        g.setVgap(6);
        g.addRow(0, hint("Purge after", "Deleted assets can be restored until they are purged, this many days after deletion."),
                number("lifecycle-purge-days", model.purgeDaysProperty(), 0, 3650), new Label("days"));
        g.addRow(1, hint("Ask above", "A run that would delete more than this share of the catalogue stops and asks first."),
                number("lifecycle-delete-percent", model.deletePercentProperty(), 1, 100), new Label("%"));
        g.addRow(2, hint("Run every", "How often the rules run on their own (in an admin's window and in reelbase worker)."),
                number("lifecycle-every-hours", model.everyHoursProperty(), 1, 24 * 30), new Label("hours"));
        javafx.scene.control.Button save = new javafx.scene.control.Button("Save");
        save.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        save.setId("lifecycle-save-settings");
        save.setOnAction(e -> model.saveSettings());
        g.add(save, 1, 3);
        return g;
    }

    private static Label hint(String text, String tip) {
        Label l = new Label(text);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.setTooltip(new javafx.scene.control.Tooltip(tip));
        return l;
    }

    private static javafx.scene.control.Spinner<Integer> number(String id, javafx.beans.property.IntegerProperty value, int least, int most) {
        javafx.scene.control.Spinner<Integer> s = new javafx.scene.control.Spinner<>(least, most, value.get());
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(80);
        s.getValueFactory().valueProperty().addListener((o, a, b) -> value.set(b == null ? least : b));
        value.addListener((o, a, b) -> s.getValueFactory().setValue(b.intValue()));
        return s;
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    public void activate() {
        selection = model.selectedProperty().subscribe(r -> {
            if (r == null) {
                rules.getSelectionModel().clearSelection();
            } else if (r != rules.getSelectionModel().getSelectedItem()) {
                rules.getItems().stream().filter(x -> x.rule().id().equals(r.rule().id())).findFirst()
                        .ifPresent(x -> rules.getSelectionModel().select(x));
            }
        }).and(simulation.activate());
        model.load();
    }

    public void deactivate() {
        if (selection != null) {
            selection.unsubscribe();
        }
    }

    public Node node() {
        return root;
    }
}
