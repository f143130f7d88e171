package io.reelbase.app.feature.history;

import io.reelbase.app.ui.Subscriptions;
import io.reelbase.app.ui.Theme;
import io.reelbase.core.asset.AssetVersion;
import io.reelbase.core.asset.VersionOrigin;
import io.reelbase.core.merge.WordDiff;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The version history window: the timeline on the left (pick one version to see what it changed, Ctrl-click a
 * second to compare the two), the field-level diff on the right, and restoring the chosen version or one field.
 */
public final class HistoryView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss");
    /** The restorable fields as people read them. */
    private static final java.util.Map<String, String> FIELD_NAMES = java.util.Map.of("title", "Title", "description", "Description",
            "review", "Review status", "tags", "Tags", "custom", "Custom fields", "ops", "Operational tags");
    private final HistoryViewModel model;
    private final Subscriptions subscriptions = new Subscriptions();
    private final ListView<AssetVersion> timeline = new ListView<>();
    private final GridPane diff = new GridPane();
    private final MenuButton restoreField = new MenuButton("Restore One Field");
    private final Button restore = new Button("Restore This Version");
    private Stage stage;
    /** True while the timeline's selection follows the model (not a person's click). */
    private boolean syncing;

    public HistoryView(HistoryViewModel model) {
        this.model = model;
    }

    /** Opens the window whenever the model shows an asset's history; call once, for as long as the main window lives. */
    public void follow(Supplier<Window> owner) {
        subscriptions.follow(model.assetProperty(), id -> {
            if (id == null) {
                return;
            }
            if (stage == null) {
                stage = build(owner.get());
            }
            stage.setTitle("Version History \u2014 " + model.titleProperty().get());
            stage.show();
            stage.toFront();
        });
        // Each comparison sets its heading; an empty diff after an empty one raises no list change, the heading does.
        subscriptions.follow(model.comparingProperty(), t -> showDiff());
        subscriptions.onChange(model.restorableFields(), this::fillFields);
        subscriptions.follow(model.chosenProperty(), c -> {
            if (c != null && !timeline.getSelectionModel().getSelectedItems().contains(c)) {
                syncing = true;
                timeline.getSelectionModel().clearAndSelect(model.versions().indexOf(c));
                syncing = false;
            }
        });
    }

    private Stage build(Window owner) {
        timeline.setId("history-timeline");
        timeline.setItems(model.versions());
        timeline.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        timeline.setCellFactory(v -> new VersionCell());
        timeline.getSelectionModel().getSelectedItems().addListener((javafx.collections.ListChangeListener<AssetVersion>) c -> {
            if (!syncing) {
                model.choose(List.copyOf(timeline.getSelectionModel().getSelectedItems()));
            }
        });
        Label comparing = new Label();
        comparing.setId("history-comparing");
        comparing.getStyleClass().add("screen-title");
        comparing.textProperty().bind(model.comparingProperty());
        diff.setHgap(14);
        diff.setVgap(8);
        diff.setId("history-diff");
        ScrollPane diffScroll = new ScrollPane(diff);
        diffScroll.setFitToWidth(true);
        VBox.setVgrow(diffScroll, Priority.ALWAYS);
        restore.setId("history-restore");
        // Nothing to bring back when the chosen version holds what the asset holds now (the newest, for one).
        restore.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.restorableFields()));
        restore.setOnAction(e -> model.restore());
        restoreField.setId("history-restore-field");
        restoreField.disableProperty().bind(restore.disableProperty());
        Label message = new Label();
        message.setId("history-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, message, gap, restoreField, restore);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox right = new VBox(10, comparing, diffScroll, buttons);
        right.setPadding(new Insets(12));
        SplitPane split = new SplitPane(timeline, right);
        split.setDividerPositions(0.42);
        BorderPane root = new BorderPane(split);
        Stage s = new Stage();
        s.initOwner(owner);
        Scene scene = new Scene(root, 1100, 620);
        scene.getStylesheets().add(Theme.stylesheet());
        if (Theme.prefersDark()) {
            scene.getStylesheets().add(Theme.darkStylesheet());
        }
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                s.hide();
            }
        });
        s.setScene(scene);
        s.setOnHidden(e -> model.close());
        return s;
    }

    private void fillFields() {
        restoreField.getItems().setAll(model.restorableFields().stream().map(f -> {
            MenuItem item = new MenuItem(FIELD_NAMES.getOrDefault(f, f));
            item.setId("history-restore-" + f);
            item.setOnAction(e -> model.restoreField(f));
            return item;
        }).toList());
    }

    private void showDiff() {
        diff.getChildren().clear();
        int r = 0;
        for (DiffLine line : model.diff()) {
            Label field = new Label(line.field());
            field.getStyleClass().add("conflict-field");
            Label kind = new Label(line.change());
            kind.getStyleClass().add("diff-" + line.change());
            diff.addRow(r++, field, kind, value(line));
        }
        if (r == 0) {
            Label none = new Label("Nothing differs in the editable fields.");
            none.getStyleClass().add("muted");
            diff.add(none, 0, 0);
        }
    }

    /** Before → after; the description with the removed and added words marked. */
    private static Node value(DiffLine line) {
        TextFlow flow = new TextFlow();
        flow.setMaxWidth(520);
        if (!line.words().isEmpty()) {
            for (WordDiff.Piece p : line.words()) {
                Text t = new Text(p.text());
                t.getStyleClass().add(switch (p.kind()) {
                    case KEPT -> "diff-kept";
                    case REMOVED -> "diff-removed-text";
                    case ADDED -> "diff-added-text";
                });
                t.setStrikethrough(p.kind() == WordDiff.Kind.REMOVED);
                flow.getChildren().add(t);
            }
            return flow;
        }
        String text = switch (line.kind()) {
            case ADDED -> line.after();
            case REMOVED -> line.before();
            case CHANGED -> line.before() + "  \u2192  " + line.after();
        };
        flow.getChildren().add(new Text(text));
        return flow;
    }

    /** Version, origin, who and when; the summary below; merges and resolved conflicts marked. */
    private static final class VersionCell extends ListCell<AssetVersion> {
        @Override
        protected void updateItem(AssetVersion v, boolean empty) {
            super.updateItem(v, empty);
            getStyleClass().remove("history-merge");
            if (empty || v == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            String mark = v.conflictResolved() ? "  \u2714 conflict resolved" : v.origin() == VersionOrigin.MERGE ? "  \u21C4 merged" : "";
            Label head = new Label("v" + v.version() + "  \u00B7  " + v.origin() + "  \u00B7  " + v.createdByName() + "  \u00B7  "
                    + (v.createdAt() == null ? "" : WHEN.format(v.createdAt().atZone(ZoneId.systemDefault()))) + mark);
            Label summary = new Label(v.changeSummary() == null ? "" : v.changeSummary());
            summary.getStyleClass().add("muted");
            summary.setWrapText(true);
            summary.setMaxWidth(400);
            if (v.origin() == VersionOrigin.MERGE) {
                getStyleClass().add("history-merge");
            }
            setText(null);
            setGraphic(new VBox(2, head, summary));
        }
    }
}
