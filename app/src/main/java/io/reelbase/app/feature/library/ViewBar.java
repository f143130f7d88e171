package io.reelbase.app.feature.library;

import io.reelbase.app.ui.Subscriptions;
import io.reelbase.core.asset.AssetSort;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Under the list: grid or table, the order, and the thumbnail size. */
final class ViewBar {
    static final double DEFAULT_TILE = 200;

    private final LibraryViewModel model;
    private final ComboBox<AssetSort> sort = new ComboBox<>();
    private final Slider size = new Slider(120, 360, DEFAULT_TILE);
    private final HBox root;
    private final Subscriptions subscriptions = new Subscriptions();

    /** {@code onMode} hears true for the grid, false for the table. */
    ViewBar(LibraryViewModel model, Consumer<Boolean> onMode) {
        this.model = model;
        sort.getItems().setAll(AssetSort.values());
        sort.setId("sort");
        sort.setValue(AssetSort.NEWEST);
        sort.setCellFactory(l -> new SortCell());
        sort.setButtonCell(new SortCell());
        sort.valueProperty().addListener((o, a, b) -> model.sortBy(b));
        ToggleButton grid = new ToggleButton("Grid");
        ToggleButton table = new ToggleButton("Table");
        ToggleGroup mode = new ToggleGroup();
        grid.setToggleGroup(mode);
        table.setToggleGroup(mode);
        grid.setId("view-grid");
        table.setId("view-table");
        grid.setSelected(true);
        mode.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                mode.selectToggle(a);
            } else {
                size.setDisable(b != grid);
                onMode.accept(b == grid);
            }
        });
        size.setId("tile-size");
        size.setPrefWidth(110);
        size.setTooltip(new Tooltip("Thumbnail size"));
        Label sortLabel = new Label("Sort");
        sortLabel.getStyleClass().add("muted");
        Label sizeLabel = new Label("Size");
        sizeLabel.getStyleClass().add("muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        root = new HBox(8, grid, table, new Separator(Orientation.VERTICAL), sortLabel, sort, spacer, sizeLabel, size);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("view-bar");
    }

    void activate() {
        subscriptions.follow(model.sortProperty(), sort::setValue);
    }

    void deactivate() {
        subscriptions.release();
    }

    /** Asks for another order (the table's headers do this). */
    void sortBy(AssetSort order) {
        sort.setValue(order);
    }

    DoubleProperty tileSize() {
        return size.valueProperty();
    }

    Node node() {
        return root;
    }

    private static final class SortCell extends ListCell<AssetSort> {
        @Override
        protected void updateItem(AssetSort item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label());
        }
    }
}
