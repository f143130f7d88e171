package io.reelbase.app.feature.library;

import io.reelbase.app.feature.conflict.ConflictView;
import io.reelbase.app.feature.history.HistoryView;
import io.reelbase.app.ui.Subscriptions;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/**
 * The library screen, put together: the {@link SidebarView} on the left; the {@link LibraryHeader}, the
 * {@link AssetGridView} or {@link AssetTableView} and the {@link ViewBar} in the middle; the
 * {@link InspectorPane} on the right. It listens to the model only while it is shown.
 */
public final class LibraryView {
    private final LibraryViewModel model;
    private final PictureCache pictures;
    private final SplitPane root = new SplitPane();
    private final SidebarView sidebar;
    private final LibraryHeader header;
    private final ViewBar viewBar;
    private final AssetGridView grid;
    private final AssetTableView table;
    private final InspectorPane inspector;
    private final ConflictView conflicts;
    private final HistoryView history;
    private final Label placeholder = new Label();
    private final Subscriptions subscriptions = new Subscriptions();
    private Runnable onExportSelection = () -> { };
    /** While hidden, changes elsewhere are not loaded: {@link #activate()} loads what is there when shown again. */
    private boolean active;

    public LibraryView(LibraryViewModel model, PictureCache pictures) {
        this.model = model;
        this.pictures = pictures;
        this.sidebar = new SidebarView(model);
        this.header = new LibraryHeader(model);
        this.viewBar = new ViewBar(model, this::showGrid);
        this.grid = new AssetGridView(model, pictures, viewBar.tileSize(), this::openViewer);
        this.table = new AssetTableView(model, viewBar::sortBy, this::openViewer);
        this.inspector = new InspectorPane(model, pictures, this::openViewer);
        this.conflicts = new ConflictView(model.conflicts());
        this.history = new HistoryView(model.history());
        // The conflict and history windows live apart from the library tab: they follow their models for as
        // long as the main window exists, so a save finished while another tab is shown still updates them.
        conflicts.follow(() -> root.getScene() == null ? null : root.getScene().getWindow());
        history.follow(() -> root.getScene() == null ? null : root.getScene().getWindow());
        ContextMenu menu = new AssetContextMenu(model, () -> onExportSelection.run()).menu();
        grid.node().setContextMenu(menu);
        table.node().setContextMenu(menu);
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("placeholder");
        placeholder.setMouseTransparent(true);
        StackPane.setAlignment(placeholder, Pos.TOP_CENTER);
        StackPane views = new StackPane(table.node(), grid.node(), placeholder);
        table.node().setVisible(false);
        BorderPane centre = new BorderPane(views);
        centre.setTop(header.node());
        centre.setBottom(viewBar.node());
        root.getItems().addAll(sidebar.node(), centre, inspector.node());
        root.setDividerPositions(0.15, 0.76);
        SplitPane.setResizableWithParent(sidebar.node(), false);
        SplitPane.setResizableWithParent(inspector.node(), false);
        root.getStyleClass().add("library");
    }

    /** What "Export Selection…" in the context menu does (the window knows where files go). */
    public void setOnExportSelection(Runnable action) {
        this.onExportSelection = action;
    }

    /** Starts listening to the model and loads what is there now; call when the screen is shown. */
    public void activate() {
        if (active) {
            return;
        }
        active = true;
        sidebar.activate();
        header.activate();
        viewBar.activate();
        table.activate();
        inspector.activate();
        subscriptions.follow(model.list().loadingProperty(), l -> updatePlaceholder());
        subscriptions.follow(model.problemProperty(), p -> updatePlaceholder());
        subscriptions.onChange(model.list().rows(), this::updatePlaceholder);
        pictures.forgetMissing();
        model.refresh();
    }

    /** Stops listening; call when the screen is hidden. */
    public void deactivate() {
        if (!active) {
            return;
        }
        active = false;
        subscriptions.release();
        sidebar.deactivate();
        header.deactivate();
        viewBar.deactivate();
        table.deactivate();
        inspector.deactivate();
    }

    /** Reloads after changes elsewhere (processing finished, files imported); while hidden, when next shown. */
    public void refresh() {
        if (!active) {
            return;
        }
        pictures.forgetMissing();
        model.refresh();
    }

    private void showGrid(boolean gridMode) {
        grid.node().setVisible(gridMode);
        table.node().setVisible(!gridMode);
        table.showSelection();
        (gridMode ? grid.node() : table.node()).requestFocus();
    }

    private void updatePlaceholder() {
        String problem = model.problemProperty().get();
        placeholder.setVisible(model.list().rows().isEmpty() || problem != null);
        if (problem != null) {
            placeholder.setText(problem);
            if (!placeholder.getStyleClass().contains("problem")) {
                placeholder.getStyleClass().add("problem");
            }
            return;
        }
        placeholder.getStyleClass().remove("problem");
        LibrarySection s = model.sectionProperty().get();
        String query = model.queryProperty().get();
        placeholder.setText(model.list().loadingProperty().get() ? "Loading\u2026"
                : !query.isEmpty() ? "Nothing matches \u201c" + query + "\u201d."
                : !model.refinementsProperty().get().isEverything() ? "No assets match these filters."
                : s == LibrarySection.ALL ? "No assets in the catalogue yet. Import files with File \u2192 Import, or drop them here."
                : s.kind() == LibrarySection.Kind.COLLECTION ? "This collection is empty. Drag assets onto it in the sidebar, or use Add to Collection."
                : s.kind() == LibrarySection.Kind.TYPE ? "No " + s.label().toLowerCase(Locale.ROOT) + " in the catalogue."
                : "Nothing here.");
    }

    /** The focused asset's picture at full size, in its own window. */
    private void openViewer() {
        AssetRow row = model.selection().focused();
        var image = inspector.picture();
        if (row != null && image != null && root.getScene() != null) {
            PictureViewer.open(root.getScene().getWindow(), row.title(), image);
        }
    }

    public Node node() {
        return root;
    }
}
