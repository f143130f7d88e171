package io.reelbase.app.feature.sources;

import io.reelbase.core.ingest.IngestSource;
import io.reelbase.core.ingest.LoggingLevel;
import io.reelbase.core.workflow.Workflow;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.Subscription;

/** The watch folders screen. */
public final class SourcesView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault());
    private final SourcesViewModel model;
    private final io.reelbase.app.ui.DialogService dialogs;
    private final SplitPane root = new SplitPane();
    private final ListView<IngestSource> list = new ListView<>();
    private Subscription selection;

    public SourcesView(SourcesViewModel model, io.reelbase.app.ui.DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        build();
    }

    private void build() {
        list.setId("source-list");
        list.setItems(model.sources());
        list.getStyleClass().add("sidebar");
        list.setPlaceholder(new Label("No watch folders yet."));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(IngestSource s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.name() + (s.enabled() ? "" : "  (off)") + "\n  "
                        + (s.lastSyncAt() == null ? "never synced" : WHEN.format(s.lastSyncAt()) + " · " + s.lastSyncStatus()
                        + " · " + s.lastSyncMessage()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            if (s != null && s != model.selectedProperty().get()) {
                model.select(s);
            }
        });
        Button add = new Button("New Watch Folder");
        add.setOnAction(e -> {
            list.getSelectionModel().clearSelection();
            model.select(null);
        });
        VBox left = new VBox(8, list, add);
        left.setPadding(new Insets(8));
        VBox.setVgrow(list, Priority.ALWAYS);

        TextField name = new TextField();
        name.setId("source-name");
        name.textProperty().bindBidirectional(model.nameProperty());
        TextField path = new TextField();
        path.setId("source-path");
        path.textProperty().bindBidirectional(model.pathProperty());
        HBox.setHgrow(path, Priority.ALWAYS);
        Button browse = new Button("Choose…");
        browse.setOnAction(e -> {
            dialogs.chooseFolder("Folder to watch").ifPresent(dir -> model.pathProperty().set(dir.toAbsolutePath().toString()));
        });
        TextField interval = new TextField();
        interval.setPrefColumnCount(5);
        interval.textProperty().bindBidirectional(model.intervalProperty());
        CheckBox enabled = new CheckBox("Enabled");
        enabled.selectedProperty().bindBidirectional(model.enabledProperty());
        ComboBox<LoggingLevel> logging = new ComboBox<>(FXCollections.observableArrayList(LoggingLevel.values()));
        logging.valueProperty().bindBidirectional(model.loggingProperty());
        ComboBox<Optional<Workflow>> workflow = new ComboBox<>(model.workflowChoices());
        workflow.valueProperty().bindBidirectional(model.workflowProperty());
        workflow.setConverter(new StringConverter<>() {
            @Override
            public String toString(Optional<Workflow> w) {
                return w == null || w.isEmpty() ? "Chosen by routing" : w.get().name();
            }

            @Override
            public Optional<Workflow> fromString(String s) {
                return Optional.empty();
            }
        });
        ComboBox<Optional<io.reelbase.core.storage.StorageRoot>> copyTo = new ComboBox<>(model.rootChoices());
        copyTo.setId("source-copy-to");
        copyTo.valueProperty().bindBidirectional(model.copyToProperty());
        copyTo.setConverter(new StringConverter<>() {
            @Override
            public String toString(Optional<io.reelbase.core.storage.StorageRoot> r) {
                return r == null || r.isEmpty() ? "Keep them only where they are" : "Also copy them to \u201c" + r.get().name() + "\u201d ("
                        + r.get().tier() + ")";
            }

            @Override
            public Optional<io.reelbase.core.storage.StorageRoot> fromString(String s) {
                return Optional.empty();
            }
        });
        Button save = new Button("Save");
        save.setId("source-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> model.save());
        Button sync = new Button("Sync Now");
        sync.setOnAction(e -> model.syncNow());
        Button remove = new Button("Stop Watching");
        remove.setOnAction(e -> model.remove());
        Label problem = new Label();
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        form.setPadding(new Insets(14));
        int r = 0;
        form.addRow(r++, new Label("Name"), name);
        form.addRow(r++, new Label("Folder"), new HBox(6, path, browse));
        form.addRow(r++, new Label("Look every"), new HBox(8, interval, new Label("minutes"), enabled));
        form.addRow(r++, new Label("Workflow"), workflow);
        form.addRow(r++, new Label("Originals"), copyTo);
        form.addRow(r++, new Label("Logging"), logging);
        form.add(new HBox(8, save, sync, remove), 1, r++);
        form.add(problem, 1, r);
        root.getItems().addAll(left, form);
        root.setDividerPositions(0.35);
    }

    public void activate() {
        selection = model.selectedProperty().subscribe(s -> {
            if (s != null) {
                list.getSelectionModel().select(s);
            }
        });
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
