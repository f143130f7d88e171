package io.reelbase.app.feature.library;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The inspector's building blocks: section headings, labelled fields and rows of facts, styled alike everywhere. */
final class InspectorLayout {
    private InspectorLayout() {
    }

    static Label sectionLabel(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("inspector-section");
        return l;
    }

    static Node labelled(String name, Node field) {
        Label l = new Label(name);
        l.getStyleClass().add("field-label");
        VBox box = new VBox(3, l, field);
        VBox.setVgrow(field, Priority.NEVER);
        return box;
    }

    static GridPane factGrid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(5);
        return g;
    }

    /** Adds "name  value" at {@code row} unless the value is empty; returns the next free row. */
    static int fact(GridPane grid, int row, String name, String value) {
        if (value == null || value.isEmpty()) {
            return row;
        }
        Label k = new Label(name);
        k.getStyleClass().add("muted");
        k.setMinWidth(Region.USE_PREF_SIZE);
        Label v = new Label(value);
        v.setWrapText(true);
        grid.add(k, 0, row);
        grid.add(v, 1, row);
        return row + 1;
    }

    static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    /**
     * A button the person's role lacks is shown disabled, with a tooltip saying which role has it (collections and
     * saved searches of one's own are an editor's). The database would refuse it anyway.
     */
    static void offerOnlyIf(javafx.scene.control.ButtonBase button, boolean offered) {
        if (!offered) {
            button.setDisable(true);
            // The text says it too: a disabled control shows no tooltip.
            button.setTooltip(new javafx.scene.control.Tooltip(io.reelbase.core.user.Permission.EDIT_METADATA.needs()));
            button.setText(button.getText() + " (Editor role)");
        }
    }
}
