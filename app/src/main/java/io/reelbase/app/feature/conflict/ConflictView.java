package io.reelbase.app.feature.conflict;

import io.reelbase.app.ui.Subscriptions;
import io.reelbase.app.ui.Theme;
import io.reelbase.core.merge.ClashAnswer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The conflict resolution window: for each clashing field base, mine and theirs side by side and a choice of
 * mine, theirs or a typed value; below, the record Save writes. It opens when the model has a conflict to show
 * and closes when none is left; closing it leaves the remaining ones unsaved (the form keeps the typing).
 */
public final class ConflictView {
    private final ConflictViewModel model;
    private final Subscriptions subscriptions = new Subscriptions();
    private final GridPane grid = new GridPane();
    private final Label heading = new Label();
    private Stage stage;

    public ConflictView(ConflictViewModel model) {
        this.model = model;
    }

    /** Opens the window over {@code owner} whenever there is a conflict to resolve; call once, for as long as the main window lives. */
    public void follow(java.util.function.Supplier<Window> owner) {
        subscriptions.follow(model.currentProperty(), c -> {
            if (c == null) {
                if (stage != null) {
                    stage.hide();
                }
                return;
            }
            heading.setText(model.heading());
            fillRows();
            if (stage == null) {
                stage = build(owner.get());
            }
            if (!stage.isShowing()) {
                stage.show();
            }
            stage.toFront();
        });
    }

    private Stage build(Window owner) {
        heading.setWrapText(true);
        heading.getStyleClass().add("conflict-heading");
        grid.setHgap(12);
        grid.setVgap(8);
        grid.getStyleClass().add("conflict-grid");
        for (int i = 0; i < 5; i++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(i == 0 ? 14 : i == 4 ? 28 : 19);
            grid.getColumnConstraints().add(cc);
        }
        TextArea preview = new TextArea();
        preview.setId("conflict-preview");
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.setPrefRowCount(7);
        preview.textProperty().bind(model.previewProperty());
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Label remaining = new Label();
        remaining.textProperty().bind(model.remainingProperty().asString("%d more after this one"));
        remaining.visibleProperty().bind(model.remainingProperty().greaterThan(0));
        Button save = new Button("Save Resolution");
        save.setId("conflict-save");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> model.save());
        Button skip = new Button("Skip This Asset");
        skip.setId("conflict-skip");
        skip.disableProperty().bind(model.busyProperty());
        skip.setOnAction(e -> model.skip());
        Button allMine = new Button("Keep Yours for All");
        allMine.setId("conflict-all-mine");
        allMine.disableProperty().bind(model.busyProperty());
        allMine.setOnAction(e -> model.keepAll(true));
        Button allTheirs = new Button("Keep Theirs for All");
        allTheirs.setId("conflict-all-theirs");
        allTheirs.disableProperty().bind(model.busyProperty());
        allTheirs.setOnAction(e -> model.keepAll(false));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, remaining, gap, allTheirs, allMine, skip, save);
        buttons.setAlignment(Pos.CENTER_LEFT);
        ScrollPane rows = new ScrollPane(grid);
        rows.setFitToWidth(true);
        VBox.setVgrow(rows, Priority.ALWAYS);
        VBox root = new VBox(10, heading, rows, new Label("What will be saved"), preview, message, buttons);
        root.setPadding(new Insets(14));
        root.getStyleClass().add("conflict-window");
        Stage s = new Stage();
        s.initOwner(owner);
        s.setTitle("Resolve Conflicting Edits");
        Scene scene = new Scene(root, 980, 640);
        scene.getStylesheets().add(Theme.stylesheet());
        if (Theme.prefersDark()) {
            scene.getStylesheets().add(Theme.darkStylesheet());
        }
        s.setScene(scene);
        s.setOnCloseRequest(e -> model.closeAll());
        return s;
    }

    private void fillRows() {
        grid.getChildren().clear();
        String[] titles = {"Field", "Before (base)", "Yours", "Theirs", "Keep"};
        for (int c = 0; c < titles.length; c++) {
            Label l = new Label(titles[c]);
            l.getStyleClass().add("conflict-column");
            grid.add(l, c, 0);
        }
        int r = 1;
        for (ClashRow row : model.rows()) {
            grid.add(value(row.label(), "conflict-field"), 0, r);
            grid.add(value(row.base(), "conflict-base"), 1, r);
            grid.add(value(row.mine(), "conflict-mine"), 2, r);
            grid.add(value(row.theirs(), "conflict-theirs"), 3, r);
            grid.add(choice(row, r - 1), 4, r);
            r++;
        }
    }

    private static Node value(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        return l;
    }

    private static Node choice(ClashRow row, int index) {
        ToggleGroup group = new ToggleGroup();
        RadioButton mine = radio("Yours", group, "conflict-mine-" + index);
        RadioButton theirs = radio("Theirs", group, "conflict-theirs-" + index);
        RadioButton typed = radio("This:", group, "conflict-typed-" + index);
        TextField text = new TextField(row.typedProperty().get());
        text.setId("conflict-text-" + index);
        text.setPrefColumnCount(12);
        text.textProperty().addListener((o, a, b) -> {
            row.typedProperty().set(b);
            typed.setSelected(true);
        });
        (switch (row.choiceProperty().get()) {
            case MINE -> mine;
            case THEIRS -> theirs;
            case TYPED -> typed;
        }).setSelected(true);
        group.selectedToggleProperty().addListener((o, a, b) -> row.choiceProperty().set(
                b == theirs ? ClashAnswer.Choice.THEIRS : b == typed ? ClashAnswer.Choice.TYPED : ClashAnswer.Choice.MINE));
        HBox typedBox = new HBox(4, typed, text);
        typedBox.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, new HBox(10, mine, theirs), typedBox);
    }

    private static RadioButton radio(String label, ToggleGroup group, String id) {
        RadioButton b = new RadioButton(label);
        b.setToggleGroup(group);
        b.setId(id);
        return b;
    }
}
