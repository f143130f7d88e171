package io.reelbase.app.feature.workflows;

import io.reelbase.core.asset.AssetType;
import io.reelbase.core.workflow.Capability;
import io.reelbase.core.workflow.RoutingCondition;
import io.reelbase.core.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/** Admins' workflow screen: the list on the left, the chosen workflow's form and a routing test box on the right. */
public final class WorkflowsView {
    private final WorkflowsViewModel model;
    private final SplitPane root = new SplitPane();
    private final ListView<Workflow> list = new ListView<>();
    private final VBox conditionRows = new VBox(6);
    private final List<CheckBox> stepBoxes = new ArrayList<>();
    private final List<Subscription> subscriptions = new ArrayList<>();

    public WorkflowsView(WorkflowsViewModel model) {
        this.model = model;
        build();
    }

    private void build() {
        list.setId("workflow-list");
        list.setItems(model.workflows());
        list.getStyleClass().add("sidebar");
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Workflow w, boolean empty) {
                super.updateItem(w, empty);
                setText(empty || w == null ? null : w.name() + (w.isDefault() ? "  (default)" : "") + (w.active() ? "" : "  (off)"));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, w) -> {
            if (w != null && w != model.selectedProperty().get()) {
                model.select(w);
            }
        });
        Button add = new Button("New Workflow");
        add.setOnAction(e -> {
            list.getSelectionModel().clearSelection();
            model.newWorkflow();
        });
        VBox left = new VBox(8, list, add);
        left.setPadding(new Insets(8));
        VBox.setVgrow(list, javafx.scene.layout.Priority.ALWAYS);

        TextField name = new TextField();
        name.setId("workflow-name");
        name.textProperty().bindBidirectional(model.nameProperty());
        TextField description = new TextField();
        description.textProperty().bindBidirectional(model.descriptionProperty());
        TextField priority = new TextField();
        priority.setId("workflow-priority");
        priority.setPrefColumnCount(6);
        priority.textProperty().bindBidirectional(model.priorityProperty());
        CheckBox active = new CheckBox("Active");
        active.selectedProperty().bindBidirectional(model.activeProperty());

        FlowPane steps = new FlowPane(12, 6);
        for (Capability c : Capability.values()) {
            CheckBox box = new CheckBox(c.name().toLowerCase(Locale.ROOT).replace('_', ' ') + (c.isAvailable() ? "" : " (not yet)"));
            if (!c.isAvailable()) {
                box.setTooltip(new javafx.scene.control.Tooltip("This version of Reelbase records this step as skipped."));
            }
            box.setId("step-" + c.name().toLowerCase(Locale.ROOT));
            box.setUserData(c);
            box.selectedProperty().addListener((o, was, now) -> {
                if (now) {
                    model.capabilities().add(c);
                } else {
                    model.capabilities().remove(c);
                }
            });
            stepBoxes.add(box);
            steps.getChildren().add(box);
        }
        model.capabilities().addListener((SetChangeListener<Capability>) ch -> syncSteps());

        Button addCondition = new Button("Add Condition");
        addCondition.setOnAction(e -> model.addCondition());
        model.conditions().addListener((ListChangeListener<WorkflowsViewModel.ConditionRow>) ch -> rebuildConditions());

        Button save = new Button("Save");
        save.setId("workflow-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> model.save());
        Button makeDefault = new Button("Make Default");
        makeDefault.setOnAction(e -> model.makeDefault());
        Label problem = new Label();
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.setId("workflow-problem");
        problem.textProperty().bind(model.problemProperty());

        TextField testName = new TextField();
        testName.setPromptText("file name, e.g. interview_take2.mxf");
        testName.setId("test-filename");
        ComboBox<AssetType> testType = new ComboBox<>(FXCollections.observableArrayList(AssetType.values()));
        testType.setValue(AssetType.VIDEO);
        TextField testSize = new TextField();
        testSize.setPromptText("size in bytes");
        testSize.setPrefColumnCount(10);
        Button test = new Button("Which Workflow?");
        test.setId("test-routing");
        test.setOnAction(e -> model.test(testName.getText(), testType.getValue() == null ? null : testType.getValue().name(),
                testSize.getText()));
        Label testResult = new Label();
        testResult.setId("test-result");
        testResult.textProperty().bind(model.testResultProperty());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        int r = 0;
        form.addRow(r++, new Label("Name"), name);
        form.addRow(r++, new Label("Description"), description);
        form.addRow(r++, new Label("Priority"), new HBox(12, priority, active, new Label("lower numbers are tried first")));
        form.add(new Label("Steps"), 0, r);
        form.add(steps, 1, r++);
        form.add(new Label("Routes files where"), 0, r);
        form.add(new VBox(6, conditionRows, addCondition), 1, r++);
        form.add(new HBox(8, save, makeDefault), 1, r++);
        form.add(problem, 1, r++);
        Label testTitle = new Label("Try the routing");
        testTitle.getStyleClass().add("inspector-title");
        VBox right = new VBox(14, form, testTitle, new HBox(8, testName, testType, testSize, test), testResult);
        right.setPadding(new Insets(14));
        root.getItems().addAll(left, new ScrollPane(right));
        root.setDividerPositions(0.22);
        ((ScrollPane) root.getItems().get(1)).setFitToWidth(true);
    }

    private void syncSteps() {
        for (CheckBox b : stepBoxes) {
            b.setSelected(model.capabilities().contains((Capability) b.getUserData()));
        }
    }

    private void rebuildConditions() {
        conditionRows.getChildren().clear();
        if (model.conditions().isEmpty()) {
            Label none = new Label("No conditions: the workflow takes files only as the default.");
            none.getStyleClass().add("muted");
            conditionRows.getChildren().add(none);
        }
        for (WorkflowsViewModel.ConditionRow row : model.conditions()) {
            ComboBox<String> field = new ComboBox<>(FXCollections.observableArrayList(WorkflowsViewModel.FIELDS));
            field.valueProperty().bindBidirectional(row.fieldProperty());
            ComboBox<RoutingCondition.Operator> op = new ComboBox<>(FXCollections.observableArrayList(RoutingCondition.Operator.values()));
            op.valueProperty().bindBidirectional(row.opProperty());
            TextField value = new TextField();
            value.textProperty().bindBidirectional(row.valueProperty());
            Button remove = new Button("Remove");
            remove.setOnAction(e -> model.removeCondition(row));
            HBox line = new HBox(6, field, op, value, remove);
            line.setAlignment(Pos.CENTER_LEFT);
            conditionRows.getChildren().add(line);
        }
    }

    public void activate() {
        subscriptions.add(model.selectedProperty().subscribe(w -> {
            if (w != null) {
                list.getSelectionModel().select(w);
            }
            syncSteps();
            rebuildConditions();
        }));
        model.load();
    }

    public void deactivate() {
        subscriptions.forEach(Subscription::unsubscribe);
        subscriptions.clear();
    }

    public Node node() {
        return root;
    }
}
