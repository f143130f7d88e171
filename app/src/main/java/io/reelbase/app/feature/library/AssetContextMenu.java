package io.reelbase.app.feature.library;

import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The right-click menu of the grid and the table, filled for the selection each time it opens. */
final class AssetContextMenu {
    private final LibraryViewModel model;
    private final Runnable exportSelection;
    // Never empty, or JavaFX would not open it at all.
    private final ContextMenu menu = new ContextMenu(new MenuItem("Select assets first"));

    AssetContextMenu(LibraryViewModel model, Runnable exportSelection) {
        this.model = model;
        this.exportSelection = exportSelection;
        menu.setOnShowing(e -> fill());
    }

    private void fill() {
        List<AssetRow> chosen = List.copyOf(model.selection().items());
        menu.getItems().clear();
        if (chosen.isEmpty()) {
            MenuItem none = new MenuItem("Select assets first");
            none.setDisable(true);
            menu.getItems().add(none);
            return;
        }
        CollectionCommands commands = model.collections();
        Menu addTo = new Menu("Add to Collection");
        model.sidebar().sections().stream().filter(s -> s.kind() == LibrarySection.Kind.COLLECTION).forEach(s -> {
            MenuItem item = new MenuItem(s.label());
            item.setOnAction(e -> commands.add(s, chosen));
            addTo.getItems().add(item);
        });
        if (!addTo.getItems().isEmpty()) {
            addTo.getItems().add(new SeparatorMenuItem());
        }
        MenuItem fresh = new MenuItem("New Collection from Selection\u2026");
        fresh.setOnAction(e -> commands.newCollection(chosen));
        addTo.getItems().add(fresh);
        menu.getItems().add(addTo);
        LibrarySection current = model.sectionProperty().get();
        if (current.kind() == LibrarySection.Kind.COLLECTION) {
            MenuItem remove = new MenuItem("Remove from This Collection");
            remove.setOnAction(e -> commands.remove(current, chosen));
            menu.getItems().add(remove);
        }
        MenuItem history = new MenuItem("Version History\u2026");
        history.setDisable(chosen.size() != 1);
        history.setOnAction(e -> model.openHistory());
        MenuItem revert = new MenuItem("Revert to How They Were at\u2026");
        revert.setOnAction(e -> model.reverts().revert(model.selection().ids()));
        MenuItem restore = new MenuItem("Restore Archived or Deleted");
        restore.setDisable(chosen.stream().noneMatch(r -> r.assetStatus() == io.reelbase.core.asset.AssetStatus.ARCHIVED
                || r.assetStatus() == io.reelbase.core.asset.AssetStatus.DELETED));
        restore.setOnAction(e -> model.reverts().restore(chosen.stream().map(AssetRow::id).toList()));
        MenuItem undo = new MenuItem("Undo Last Edit");
        undo.setOnAction(e -> model.form().undo());
        MenuItem export = new MenuItem("Export Selection\u2026");
        export.setOnAction(e -> exportSelection.run());
        MenuItem all = new MenuItem("Select All");
        all.setAccelerator(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN));
        all.setOnAction(e -> model.selection().selectAll());
        menu.getItems().addAll(new SeparatorMenuItem(), history, undo, revert, restore, export, new SeparatorMenuItem(), all);
    }

    ContextMenu menu() {
        return menu;
    }
}
