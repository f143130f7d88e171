package io.reelbase.app.feature.library;

import io.reelbase.app.ui.Subscriptions;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The sidebar: sections with their counts, collections (drop assets on one to add them), saved searches, watch folders. */
final class SidebarView {
    private final LibraryViewModel model;
    private final ListView<LibrarySection> list;
    private final VBox root;
    private final Subscriptions subscriptions = new Subscriptions();

    SidebarView(LibraryViewModel model) {
        this.model = model;
        this.list = new ListView<>(model.sidebar().sections());
        list.getStyleClass().add("sidebar");
        list.setId("library-sections");
        list.setCellFactory(l -> new SectionCell());
        Button newCollection = new Button("New Collection\u2026");
        newCollection.setId("new-collection");
        newCollection.getStyleClass().add("flat");
        newCollection.setOnAction(e -> model.collections().newCollection(List.of()));
        InspectorLayout.offerOnlyIf(newCollection, model.form().mayEdit());
        root = new VBox(list, newCollection);
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getStyleClass().add("sidebar-box");
        root.setPrefWidth(210);
        root.setMinWidth(170);
    }

    void activate() {
        subscriptions.follow(list.getSelectionModel().selectedItemProperty(), s -> {
            if (s != null && s.isHeading()) {
                list.getSelectionModel().select(model.sectionProperty().get());
            } else if (s != null && !s.equals(model.sectionProperty().get())) {
                model.show(s);
            }
        });
        subscriptions.follow(model.sectionProperty(), s -> {
            if (!s.equals(list.getSelectionModel().getSelectedItem())) {
                list.getSelectionModel().select(s);
            }
        });
        subscriptions.follow(model.sidebar().countsChangedProperty(), n -> {
            list.refresh();
            // Listed again (after a save, a sync): the entry on screen stays selected, though the list's items are new.
            if (list.getItems().contains(model.sectionProperty().get())
                    && !model.sectionProperty().get().equals(list.getSelectionModel().getSelectedItem())) {
                list.getSelectionModel().select(model.sectionProperty().get());
            }
        });
    }

    void deactivate() {
        subscriptions.release();
    }

    Node node() {
        return root;
    }

    private final class SectionCell extends ListCell<LibrarySection> {
        private final Label name = new Label();
        private final Label detail = new Label();
        private final Label count = new Label();
        private final HBox box;

        SectionCell() {
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            count.getStyleClass().add("count-badge");
            count.setMinWidth(Region.USE_PREF_SIZE);
            // A long name is cut with "…" (its tooltip has it whole) rather than pushing the counts out of view.
            name.setMinWidth(0);
            setPrefWidth(0);
            detail.getStyleClass().add("sidebar-detail");
            detail.setMinWidth(Region.USE_PREF_SIZE);
            box = new HBox(6, name, detail, spacer, count);
            box.setAlignment(Pos.CENTER_LEFT);
            // As the grid's tiles do: the menu opens on a right-click, whether or not the platform sends a context-menu event.
            setOnContextMenuRequested(javafx.event.Event::consume);
            setOnMouseClicked(e -> {
                if (e.getButton() == javafx.scene.input.MouseButton.SECONDARY && getContextMenu() != null) {
                    getContextMenu().show(this, e.getScreenX(), e.getScreenY());
                    e.consume();
                }
            });
            setOnDragOver(e -> {
                if (isCollection() && !AssetTile.draggedIds(e.getDragboard().getString()).isEmpty()) {
                    e.acceptTransferModes(TransferMode.COPY);
                    e.consume();
                }
            });
            setOnDragEntered(e -> pseudoClassStateChanged(AssetTile.SELECTED, isCollection()));
            setOnDragExited(e -> pseudoClassStateChanged(AssetTile.SELECTED, false));
            setOnDragDropped(e -> {
                List<UUID> ids = AssetTile.draggedIds(e.getDragboard().getString());
                List<AssetRow> dropped = model.list().rows().stream().filter(r -> ids.contains(r.id())).toList();
                model.collections().add(getItem(), dropped);
                e.setDropCompleted(!dropped.isEmpty());
                e.consume();
            });
        }

        /** "Take Offline…" for a collection or saved search (shown only in a window on a team's server). */
        private MenuItem take(LibrarySection item) {
            MenuItem take = new MenuItem("Take Offline\u2026");
            take.setOnAction(e -> model.workingSets().takeList(item.filterNow(), item.label()));
            take.setVisible(model.workingSets().canTake());
            return take;
        }

        private boolean isCollection() {
            return getItem() != null && getItem().kind() == LibrarySection.Kind.COLLECTION;
        }

        @Override
        protected void updateItem(LibrarySection item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("sidebar-heading");
            setContextMenu(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            name.setText(item.label());
            name.setTooltip(item.isHeading() ? null : new javafx.scene.control.Tooltip(item.label()));
            detail.setText(item.detail() == null ? "" : item.detail());
            detail.setVisible(item.detail() != null);
            detail.setManaged(item.detail() != null);
            if (item.isHeading()) {
                getStyleClass().add("sidebar-heading");
                count.setText("");
            } else {
                long n = model.sidebar().count(item);
                count.setText(n < 0 ? "" : String.format(Locale.ROOT, "%,d", n));
            }
            setGraphic(box);
            if (item.kind() == LibrarySection.Kind.COLLECTION) {
                MenuItem rename = new MenuItem("Rename\u2026");
                rename.setOnAction(e -> model.collections().rename(item));
                MenuItem delete = new MenuItem("Delete Collection\u2026");
                delete.setOnAction(e -> model.collections().delete(item));
                setContextMenu(new ContextMenu(rename, delete, take(item)));
            } else if (item.kind() == LibrarySection.Kind.SAVED_SEARCH) {
                MenuItem delete = new MenuItem("Delete Saved Search\u2026");
                delete.setOnAction(e -> model.collections().deleteSavedSearch(item));
                setContextMenu(new ContextMenu(delete, take(item)));
            } else if (item.kind() == LibrarySection.Kind.WORKING_SET && model.workingSets().canSync()) {
                MenuItem sync = new MenuItem("Sync Now");
                sync.setOnAction(e -> model.workingSets().syncNow(item));
                MenuItem giveBack = new MenuItem("Return Working Set\u2026");
                giveBack.setOnAction(e -> model.workingSets().returnSet(item));
                setContextMenu(new ContextMenu(sync, giveBack));
            }
        }
    }
}
