package io.reelbase.app.feature.library;

import javafx.beans.property.DoubleProperty;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.GridView;

/** The thumbnail grid (virtualised): tiles of the list's rows, moved through with the keyboard like a file browser. */
final class AssetGridView {
    private final LibraryViewModel model;
    private final GridView<AssetRow> grid = new GridView<>();
    private final DoubleProperty tileSize;
    private final Runnable openViewer;

    AssetGridView(LibraryViewModel model, PictureCache pictures, DoubleProperty tileSize, Runnable openViewer) {
        this.model = model;
        this.tileSize = tileSize;
        this.openViewer = openViewer;
        grid.setId("asset-grid");
        grid.setItems(model.list().rows());
        grid.setCellFactory(g -> new AssetTile(model.list(), model.selection(), pictures, openViewer));
        grid.cellWidthProperty().bind(tileSize);
        grid.cellHeightProperty().bind(tileSize.multiply(0.75).add(52));
        grid.setHorizontalCellSpacing(6);
        grid.setVerticalCellSpacing(6);
        grid.setFocusTraversable(true);
        grid.setOnKeyPressed(this::key);
    }

    private void key(KeyEvent e) {
        int columns = Math.max(1, (int) Math.floor((grid.getWidth() - 16) / (tileSize.get() + 12)));
        boolean extend = e.isShiftDown();
        AssetSelection s = model.selection();
        int all = model.list().rows().size();
        switch (e.getCode()) {
            case LEFT -> s.move(-1, extend);
            case RIGHT -> s.move(1, extend);
            case UP -> s.move(-columns, extend);
            case DOWN -> s.move(columns, extend);
            case PAGE_DOWN -> s.move(columns * 4, extend);
            case PAGE_UP -> s.move(-columns * 4, extend);
            case HOME -> s.move(-all, extend);
            case END -> s.move(all, extend);
            case A -> {
                if (!e.isShortcutDown()) {
                    return;
                }
                s.selectAll();
            }
            case ENTER, SPACE -> openViewer.run();
            default -> {
                return;
            }
        }
        e.consume();
        scrollTo(s.focused(), columns);
    }

    /** Keeps the focused tile on screen after moving with the keyboard. */
    private void scrollTo(AssetRow row, int columns) {
        int index = row == null ? -1 : model.list().rows().indexOf(row);
        if (index >= 0 && grid.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            int line = index / columns;
            var first = flow.getFirstVisibleCell();
            var last = flow.getLastVisibleCell();
            if (first == null || last == null || line <= first.getIndex() || line >= last.getIndex()) {
                flow.scrollTo(line);
            }
        }
    }

    GridView<AssetRow> node() {
        return grid;
    }
}
