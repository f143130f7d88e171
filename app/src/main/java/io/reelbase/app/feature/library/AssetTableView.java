package io.reelbase.app.feature.library;

import io.reelbase.app.ui.Subscriptions;
import io.reelbase.core.asset.AssetSort;
import java.util.HashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.TransferMode;

/**
 * The list as a table: sortable by title, size, duration and date added, sorted in the database (keyset
 * paged), never just the loaded rows. Its selection follows the library's and the other way round.
 */
final class AssetTableView {
    private final LibraryViewModel model;
    private final TableView<AssetRow> table = new TableView<>();
    private final Subscriptions subscriptions = new Subscriptions();
    /** True while the table's selection is being set from the model, so it does not echo back. */
    private boolean syncing;

    AssetTableView(LibraryViewModel model, Consumer<AssetSort> sortBy, Runnable openViewer) {
        this.model = model;
        table.setId("asset-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<AssetRow, String> title = column("Title", AssetRow::title, 240, AssetSort.TITLE);
        TableColumn<AssetRow, String> added = column("Added", AssetRow::created, 140, AssetSort.NEWEST);
        table.getColumns().addAll(List.of(title,
                column("Type", AssetRow::type, 80, null),
                column("Status", AssetRow::status, 100, null),
                column("Review", AssetRow::review, 110, null),
                column("Tags", r -> String.join(", ", r.tags()), 140, null),
                column("File", AssetRow::fileName, 200, null),
                column("Size", AssetRow::size, 80, AssetSort.LARGEST),
                column("Duration", AssetRow::duration, 80, AssetSort.LONGEST),
                added,
                column("Version", r -> String.valueOf(r.version()), 70, null)));
        table.setSortPolicy(t -> {
            if (!t.getSortOrder().isEmpty()) {
                TableColumn<AssetRow, ?> c = t.getSortOrder().get(0);
                boolean ascending = c.getSortType() == TableColumn.SortType.ASCENDING;
                sortBy.accept(c == title ? (ascending ? AssetSort.TITLE : AssetSort.TITLE_DESC)
                        : c == added ? (ascending ? AssetSort.OLDEST : AssetSort.NEWEST)
                        : (AssetSort) c.getUserData());
            }
            return true;
        });
        table.setItems(model.list().rows());
        table.setRowFactory(t -> new Row(openViewer));
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<AssetRow>) c -> {
            if (!syncing && table.isVisible()) {
                model.selection().selectOnly(List.copyOf(table.getSelectionModel().getSelectedItems()),
                        table.getSelectionModel().getSelectedItem());
            }
        });
    }

    void activate() {
        subscriptions.onChange(model.selection().items(), () -> {
            if (table.isVisible() && !syncing && !sameSelection()) {
                showSelection();
            }
        });
    }

    void deactivate() {
        subscriptions.release();
    }

    private boolean sameSelection() {
        return new HashSet<>(table.getSelectionModel().getSelectedItems()).equals(new HashSet<>(model.selection().items()));
    }

    /** The table shows the library's selection (which the grid and the keyboard may have changed). */
    void showSelection() {
        syncing = true;
        try {
            var sm = table.getSelectionModel();
            sm.clearSelection();
            List<AssetRow> rows = model.list().rows();
            for (AssetRow r : model.selection().items()) {
                int i = rows.indexOf(r);
                if (i >= 0) {
                    sm.select(i);
                }
            }
            AssetRow focus = model.selection().focused();
            if (focus != null && rows.contains(focus)) {
                sm.select(focus);
                if (table.isVisible()) {
                    table.scrollTo(focus);
                }
            }
        } finally {
            syncing = false;
        }
    }

    private static TableColumn<AssetRow, String> column(String name, Function<AssetRow, String> value, double width, AssetSort order) {
        TableColumn<AssetRow, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 60));
        c.setSortable(order != null);
        c.setUserData(order);
        return c;
    }

    TableView<AssetRow> node() {
        return table;
    }

    private final class Row extends TableRow<AssetRow> {
        Row(Runnable openViewer) {
            setOnDragDetected(e -> {
                if (getItem() != null) {
                    startDragAndDrop(TransferMode.COPY).setContent(AssetTile.dragContent(model.selection().items()));
                    e.consume();
                }
            });
            setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && getItem() != null) {
                    openViewer.run();
                }
            });
        }

        @Override
        protected void updateItem(AssetRow item, boolean empty) {
            super.updateItem(item, empty);
            if (!empty && getIndex() >= table.getItems().size() - 1) {
                model.list().loadMore();
            }
        }
    }
}
