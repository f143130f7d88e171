package io.reelbase.app.feature.library;

import io.reelbase.core.asset.AssetFilter;
import io.reelbase.core.asset.AssetSort;
import io.reelbase.core.asset.Facet;
import io.reelbase.core.asset.FacetCount;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import javafx.util.Subscription;
import org.controlsfx.control.GridView;

/**
 * The library screen: sections, collections and saved searches on the left; the search field, the
 * facet bar and the assets (a thumbnail grid or a sortable table) in the middle; the inspector on the right.
 */
public final class LibraryView {
    private static final double DEFAULT_TILE = 200;

    private final LibraryViewModel model;
    private final PictureCache pictures;
    private final SplitPane root = new SplitPane();
    private final ListView<LibrarySection> sidebar;
    private final GridView<AssetRow> grid = new GridView<>();
    private final TableView<AssetRow> table = new TableView<>();
    private final StackPane views = new StackPane();
    private final Label placeholder = new Label();
    private final ProgressIndicator spinner = new ProgressIndicator();
    private final Label heading = new Label();
    private final Label countLabel = new Label();
    private final Label notice = new Label();
    private final TextField search = new TextField();
    private final HBox facetBar = new HBox(5);
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<AssetSort> sort = new ComboBox<>();
    private final ToggleButton gridToggle = new ToggleButton("Grid");
    private final ToggleButton tableToggle = new ToggleButton("Table");
    private final Slider size = new Slider(120, 360, DEFAULT_TILE);
    private final InspectorPane inspector;
    private final List<Subscription> subscriptions = new ArrayList<>();
    private Runnable onExportSelection = () -> { };
    /** True while the table's selection is being set from the model, so it does not echo back. */
    private boolean syncing;

    public LibraryView(LibraryViewModel model, PictureCache pictures) {
        this.model = model;
        this.pictures = pictures;
        this.sidebar = new ListView<>(model.sections());
        this.inspector = new InspectorPane(model, pictures, this::openViewer);
        build();
    }

    /** What "Export Selection…" in the context menu does (the window knows where files go). */
    public void setOnExportSelection(Runnable action) {
        this.onExportSelection = action;
    }

    private void build() {
        sidebar.getStyleClass().add("sidebar");
        sidebar.setId("library-sections");
        sidebar.setCellFactory(list -> new SectionCell());
        Button newCollection = new Button("New Collection\u2026");
        newCollection.setId("new-collection");
        newCollection.getStyleClass().add("flat");
        newCollection.setOnAction(e -> askName("New collection", "Name of the new collection:", "")
                .ifPresent(name -> model.createCollection(name, List.of())));
        VBox side = new VBox(sidebar, newCollection);
        VBox.setVgrow(sidebar, Priority.ALWAYS);
        side.getStyleClass().add("sidebar-box");
        side.setPrefWidth(210);
        side.setMinWidth(170);

        heading.getStyleClass().add("screen-title");
        heading.setId("library-title");
        countLabel.getStyleClass().add("muted");
        countLabel.setId("library-count");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        spinner.setMaxSize(18, 18);
        search.setId("library-search");
        search.setPromptText("Search titles, descriptions, tags, file names");
        search.setPrefColumnCount(26);
        // Results follow the typing, a quarter second after the last key.
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(250));
        pause.setOnFinished(e -> model.search(search.getText()));
        search.textProperty().addListener((o, a, b) -> pause.playFromStart());
        search.setOnAction(e -> {
            pause.stop();
            model.search(search.getText());
        });
        Button saveSearch = new Button("Save Search\u2026");
        saveSearch.setId("save-search");
        saveSearch.setOnAction(e -> askName("Save search", "Name for this search in the sidebar:", search.getText())
                .ifPresent(model::saveSearch));
        HBox header = new HBox(10, heading, countLabel, spacer, search, saveSearch, spinner);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(10, 14, 6, 14));

        facetBar.setAlignment(Pos.CENTER_LEFT);
        facetBar.setId("facet-bar");
        from.setPromptText("Added from");
        to.setPromptText("to");
        from.setPrefWidth(122);
        to.setPrefWidth(122);
        from.setId("added-from");
        to.setId("added-to");
        from.valueProperty().addListener((o, a, b) -> model.addedBetween(b, to.getValue()));
        to.valueProperty().addListener((o, a, b) -> model.addedBetween(from.getValue(), b));
        Button clear = new Button("Clear");
        clear.setId("clear-filters");
        clear.getStyleClass().add("flat");
        clear.setOnAction(e -> {
            search.clear();
            from.setValue(null);
            to.setValue(null);
            model.clearRefinements();
        });
        sort.getItems().setAll(AssetSort.values());
        sort.setId("sort");
        sort.setValue(AssetSort.NEWEST);
        sort.setCellFactory(l -> new SortCell());
        sort.setButtonCell(new SortCell());
        sort.valueProperty().addListener((o, a, b) -> model.sortBy(b));
        ToggleGroup mode = new ToggleGroup();
        gridToggle.setToggleGroup(mode);
        tableToggle.setToggleGroup(mode);
        gridToggle.setId("view-grid");
        tableToggle.setId("view-table");
        gridToggle.setSelected(true);
        mode.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                mode.selectToggle(a);
            } else {
                showGrid(b == gridToggle);
            }
        });
        size.setId("tile-size");
        size.setPrefWidth(110);
        size.setTooltip(new javafx.scene.control.Tooltip("Thumbnail size"));
        javafx.scene.layout.FlowPane toolbar = new javafx.scene.layout.FlowPane(6, 6, facetBar,
                new Separator(Orientation.VERTICAL), from, to, clear);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.setPadding(new Insets(0, 14, 8, 14));
        Label sortLabel = new Label("Sort");
        sortLabel.getStyleClass().add("muted");
        Label sizeLabel = new Label("Size");
        sizeLabel.getStyleClass().add("muted");
        Region spacer2 = new Region();
        HBox.setHgrow(spacer2, Priority.ALWAYS);
        HBox viewBar = new HBox(8, gridToggle, tableToggle, new Separator(Orientation.VERTICAL), sortLabel, sort, spacer2, sizeLabel, size);
        viewBar.setAlignment(Pos.CENTER_LEFT);
        viewBar.getStyleClass().add("view-bar");
        notice.setId("library-notice");
        notice.getStyleClass().add("notice");
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        notice.visibleProperty().bind(notice.textProperty().isNotEmpty());
        notice.setPadding(new Insets(0, 14, 6, 14));
        VBox top = new VBox(header, toolbar, notice);
        top.getStyleClass().add("screen-header");

        buildGrid();
        buildTable();
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("placeholder");
        placeholder.setMouseTransparent(true);
        StackPane.setAlignment(placeholder, Pos.TOP_CENTER);
        views.getChildren().addAll(table, grid, placeholder);
        table.setVisible(false);
        // Filled for the selection each time it opens; never empty, or JavaFX would not open it at all.
        ContextMenu menu = new ContextMenu(new MenuItem("Select assets first"));
        menu.setOnShowing(e -> fillContextMenu(menu));
        grid.setContextMenu(menu);
        table.setContextMenu(menu);

        BorderPane centre = new BorderPane(views);
        centre.setTop(top);
        centre.setBottom(viewBar);
        root.getItems().addAll(side, centre, inspector.node());
        root.setDividerPositions(0.15, 0.76);
        SplitPane.setResizableWithParent(side, false);
        SplitPane.setResizableWithParent(inspector.node(), false);
        root.getStyleClass().add("library");
    }

    private void buildGrid() {
        grid.setId("asset-grid");
        grid.setItems(model.rows());
        grid.setCellFactory(g -> new AssetTile(model, pictures, this::openViewer));
        grid.cellWidthProperty().bind(size.valueProperty());
        grid.cellHeightProperty().bind(size.valueProperty().multiply(0.75).add(52));
        grid.setHorizontalCellSpacing(6);
        grid.setVerticalCellSpacing(6);
        grid.setFocusTraversable(true);
        grid.setOnKeyPressed(e -> {
            int columns = Math.max(1, (int) Math.floor((grid.getWidth() - 16) / (size.getValue() + 12)));
            boolean extend = e.isShiftDown();
            switch (e.getCode()) {
                case LEFT -> model.move(-1, extend);
                case RIGHT -> model.move(1, extend);
                case UP -> model.move(-columns, extend);
                case DOWN -> model.move(columns, extend);
                case PAGE_DOWN -> model.move(columns * 4, extend);
                case PAGE_UP -> model.move(-columns * 4, extend);
                case HOME -> model.move(-model.rows().size(), extend);
                case END -> model.move(model.rows().size(), extend);
                case A -> {
                    if (e.isShortcutDown()) {
                        model.selectAll();
                    } else {
                        return;
                    }
                }
                case ENTER, SPACE -> openViewer();
                default -> {
                    return;
                }
            }
            e.consume();
            scrollGridTo(model.selectedProperty().get(), columns);
        });
    }

    /** Keeps the focused tile on screen after moving with the keyboard. */
    private void scrollGridTo(AssetRow row, int columns) {
        int index = row == null ? -1 : model.rows().indexOf(row);
        if (index < 0) {
            return;
        }
        if (grid.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            int line = index / columns;
            var first = flow.getFirstVisibleCell();
            var last = flow.getLastVisibleCell();
            if (first == null || last == null || line <= first.getIndex() || line >= last.getIndex()) {
                flow.scrollTo(line);
            }
        }
    }

    private void buildTable() {
        table.setId("asset-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<AssetRow, String> title = column("Title", AssetRow::title, 240, AssetSort.TITLE);
        TableColumn<AssetRow, String> sizeColumn = column("Size", AssetRow::size, 80, AssetSort.LARGEST);
        TableColumn<AssetRow, String> duration = column("Duration", AssetRow::duration, 80, AssetSort.LONGEST);
        TableColumn<AssetRow, String> added = column("Added", AssetRow::created, 140, AssetSort.NEWEST);
        table.getColumns().addAll(List.of(title,
                column("Type", AssetRow::type, 80, null),
                column("Status", AssetRow::status, 100, null),
                column("Review", AssetRow::review, 110, null),
                column("Tags", r -> String.join(", ", r.tags()), 140, null),
                column("File", AssetRow::fileName, 200, null),
                sizeColumn, duration, added,
                column("Version", r -> String.valueOf(r.version()), 70, null)));
        // Sorting happens in the database (keyset-paged), never on the loaded rows only.
        table.setSortPolicy(t -> {
            if (t.getSortOrder().isEmpty()) {
                return true;
            }
            TableColumn<AssetRow, ?> c = t.getSortOrder().get(0);
            boolean ascending = c.getSortType() == TableColumn.SortType.ASCENDING;
            AssetSort wanted = c == title ? (ascending ? AssetSort.TITLE : AssetSort.TITLE_DESC)
                    : c == added ? (ascending ? AssetSort.OLDEST : AssetSort.NEWEST)
                    : (AssetSort) c.getUserData();
            sort.setValue(wanted);
            return true;
        });
        table.setItems(model.rows());
        table.setRowFactory(t -> new TableRow<>() {
            {
                setOnDragDetected(e -> {
                    if (getItem() == null) {
                        return;
                    }
                    startDragAndDrop(TransferMode.COPY).setContent(AssetTile.dragContent(model.selection()));
                    e.consume();
                });
                setOnMouseClicked(e -> {
                    if (e.getClickCount() == 2 && getItem() != null) {
                        openViewer();
                    }
                });
            }

            @Override
            protected void updateItem(AssetRow item, boolean empty) {
                super.updateItem(item, empty);
                if (!empty && getIndex() >= table.getItems().size() - 1) {
                    model.loadMore();
                }
            }
        });
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<AssetRow>) c -> {
            if (!syncing && table.isVisible()) {
                model.selectOnly(List.copyOf(table.getSelectionModel().getSelectedItems()),
                        table.getSelectionModel().getSelectedItem());
            }
        });
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

    private void showGrid(boolean gridMode) {
        grid.setVisible(gridMode);
        table.setVisible(!gridMode);
        size.setDisable(!gridMode);
        syncTableSelection();
        (gridMode ? grid : table).requestFocus();
    }

    /** The table shows the model's selection (which the grid and the keyboard may have changed). */
    private void syncTableSelection() {
        syncing = true;
        try {
            var sm = table.getSelectionModel();
            sm.clearSelection();
            for (AssetRow r : model.selection()) {
                int i = model.rows().indexOf(r);
                if (i >= 0) {
                    sm.select(i);
                }
            }
            AssetRow focus = model.selectedProperty().get();
            if (focus != null && model.rows().contains(focus)) {
                sm.select(focus);
                if (table.isVisible()) {
                    table.scrollTo(focus);
                }
            }
        } finally {
            syncing = false;
        }
    }

    private void fillContextMenu(ContextMenu menu) {
        List<AssetRow> chosen = List.copyOf(model.selection());
        menu.getItems().clear();
        if (chosen.isEmpty()) {
            MenuItem none = new MenuItem("Select assets first");
            none.setDisable(true);
            menu.getItems().add(none);
            return;
        }
        Menu addTo = new Menu("Add to Collection");
        model.sections().stream().filter(s -> s.kind() == LibrarySection.Kind.COLLECTION).forEach(s -> {
            MenuItem item = new MenuItem(s.label());
            item.setOnAction(e -> model.addToCollection(s, chosen));
            addTo.getItems().add(item);
        });
        if (!addTo.getItems().isEmpty()) {
            addTo.getItems().add(new SeparatorMenuItem());
        }
        MenuItem fresh = new MenuItem("New Collection from Selection\u2026");
        fresh.setOnAction(e -> askName("New collection", "Name of the new collection with the " + chosen.size() + " selected asset(s):", "")
                .ifPresent(name -> model.createCollection(name, chosen)));
        addTo.getItems().add(fresh);
        menu.getItems().add(addTo);
        if (model.sectionProperty().get().kind() == LibrarySection.Kind.COLLECTION) {
            MenuItem remove = new MenuItem("Remove from This Collection");
            remove.setOnAction(e -> model.removeFromCollection(chosen));
            menu.getItems().add(remove);
        }
        MenuItem undo = new MenuItem("Undo Last Edit");
        undo.setOnAction(e -> model.editor().undo());
        MenuItem export = new MenuItem("Export Selection\u2026");
        export.setOnAction(e -> onExportSelection.run());
        MenuItem all = new MenuItem("Select All");
        all.setAccelerator(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN));
        all.setOnAction(e -> model.selectAll());
        menu.getItems().addAll(new SeparatorMenuItem(), undo, export, new SeparatorMenuItem(), all);
    }

    /** One menu per facet, each value with its count; a chosen value shows on the button. */
    private void drawFacets(Map<Facet, List<FacetCount>> counts) {
        AssetFilter chosen = model.refinementsProperty().get();
        facetBar.getChildren().clear();
        for (Facet facet : Facet.values()) {
            List<FacetCount> values = counts.getOrDefault(facet, List.of());
            Optional<String> picked = chosen.value(facet);
            MenuButton button = new MenuButton();
            button.setId("facet-" + facet.name().toLowerCase(Locale.ROOT));
            button.getStyleClass().add("facet");
            if (picked.isPresent()) {
                button.getStyleClass().add("facet-chosen");
                button.setText(facet.label() + ": " + display(facet, picked.get()));
                MenuItem clear = new MenuItem("Any " + facet.label().toLowerCase(Locale.ROOT));
                clear.setOnAction(e -> model.clearFacet(facet));
                button.getItems().addAll(clear, new SeparatorMenuItem());
            } else {
                button.setText(facet.label());
            }
            for (FacetCount v : values) {
                javafx.scene.control.CheckMenuItem item = new javafx.scene.control.CheckMenuItem(
                        String.format(Locale.ROOT, "%s  (%,d)", display(facet, v.value()), v.count()));
                item.setSelected(picked.map(p -> p.equals(v.value())).orElse(false));
                item.setOnAction(e -> model.choose(facet, v.value()));
                button.getItems().add(item);
            }
            if (values.isEmpty()) {
                MenuItem none = new MenuItem("No values in this list");
                none.setDisable(true);
                button.getItems().add(none);
            }
            facetBar.getChildren().add(button);
        }
    }

    private static String display(Facet facet, String value) {
        return switch (facet) {
            case TYPE, STATUS, REVIEW, SOURCE -> AssetRow.label(value);
            default -> value;
        };
    }

    /** Starts listening to the model; call when the screen is shown. */
    public void activate() {
        subscriptions.add(sidebar.getSelectionModel().selectedItemProperty().subscribe(s -> {
            if (s != null && s.isHeading()) {
                sidebar.getSelectionModel().select(model.sectionProperty().get());
            } else if (s != null && !s.equals(model.sectionProperty().get())) {
                model.show(s);
            }
        }));
        subscriptions.add(model.sectionProperty().subscribe(s -> {
            heading.setText(s.label());
            if (!s.equals(sidebar.getSelectionModel().getSelectedItem())) {
                sidebar.getSelectionModel().select(s);
            }
        }));
        subscriptions.add(model.countsByTypeProperty().subscribe(c -> sidebar.refresh()));
        subscriptions.add(model.totalProperty().subscribe(n -> {
            sidebar.refresh();
            updateCount();
        }));
        subscriptions.add(model.matchingProperty().subscribe(n -> updateCount()));
        subscriptions.add(model.loadingProperty().subscribe(l -> {
            spinner.setVisible(l);
            updatePlaceholder();
        }));
        subscriptions.add(model.problemProperty().subscribe(p -> updatePlaceholder()));
        subscriptions.add(model.noticeProperty().subscribe(notice::setText));
        subscriptions.add(model.hasMoreProperty().subscribe(m -> updateCount()));
        subscriptions.add(model.facetsProperty().subscribe(this::drawFacets));
        subscriptions.add(model.refinementsProperty().subscribe(r -> drawFacets(model.facetsProperty().get())));
        subscriptions.add(model.sortProperty().subscribe(s -> sort.setValue(s)));
        subscriptions.add(model.queryProperty().subscribe(q -> {
            if (!q.equals(search.getText().strip())) {
                search.setText(q);
            }
        }));
        subscriptions.add(model.selectedPictureProperty().subscribe(inspector::showPicture));
        subscriptions.add(model.selectedTechnicalProperty().subscribe(inspector::showTechnical));
        subscriptions.add(model.selectedProperty().subscribe(row -> inspector.show()));
        subscriptions.add(model.selectedAssetProperty().subscribe(a -> inspector.show()));
        ListChangeListener<AssetRow> onSelection = c -> {
            inspector.show();
            if (!syncing && !table.isVisible()) {
                return;
            }
            if (table.isVisible() && !syncing && !sameSelection()) {
                syncTableSelection();
            }
        };
        model.selection().addListener(onSelection);
        subscriptions.add(() -> model.selection().removeListener(onSelection));
        ListChangeListener<AssetRow> onRows = c -> {
            updateCount();
            updatePlaceholder();
        };
        model.rows().addListener(onRows);
        subscriptions.add(() -> model.rows().removeListener(onRows));
        pictures.forgetMissing();
        model.refresh();
    }

    private boolean sameSelection() {
        Set<AssetRow> a = new HashSet<>(table.getSelectionModel().getSelectedItems());
        return a.equals(new HashSet<>(model.selection()));
    }

    /** Stops listening; call when the screen is hidden. */
    public void deactivate() {
        subscriptions.forEach(Subscription::unsubscribe);
        subscriptions.clear();
    }

    /** Reloads after changes elsewhere (processing finished, files imported). */
    public void refresh() {
        pictures.forgetMissing();
        model.refresh();
    }

    private void updateCount() {
        long shown = model.rows().size();
        long all = model.matchingProperty().get();
        countLabel.setText(model.hasMoreProperty().get() && all >= 0
                ? String.format(Locale.ROOT, "%,d of %,d", shown, all)
                : String.format(Locale.ROOT, "%,d", shown));
    }

    private void updatePlaceholder() {
        String problem = model.problemProperty().get();
        boolean nothing = model.rows().isEmpty();
        placeholder.setVisible(nothing || problem != null);
        if (problem != null) {
            placeholder.setText(problem);
            if (!placeholder.getStyleClass().contains("problem")) {
                placeholder.getStyleClass().add("problem");
            }
        } else {
            placeholder.getStyleClass().remove("problem");
            LibrarySection s = model.sectionProperty().get();
            placeholder.setText(model.loadingProperty().get() ? "Loading\u2026"
                    : !model.queryProperty().get().isEmpty() ? "Nothing matches \u201c" + model.queryProperty().get() + "\u201d."
                    : !model.refinementsProperty().get().isEverything() ? "No assets match these filters."
                    : s == LibrarySection.ALL ? "No assets in the catalogue yet. Import files with File \u2192 Import, or drop them here."
                    : s.kind() == LibrarySection.Kind.COLLECTION ? "This collection is empty. Drag assets onto it in the sidebar, or use Add to Collection."
                    : s.kind() == LibrarySection.Kind.TYPE ? "No " + s.label().toLowerCase(Locale.ROOT) + " in the catalogue."
                    : "Nothing here.");
        }
    }

    /** The focused asset's picture at full size, zoomable (mouse wheel or +/-), in its own window. */
    private void openViewer() {
        AssetRow row = model.selectedProperty().get();
        var image = inspector.picture();
        if (row == null || image == null || root.getScene() == null) {
            return;
        }
        ImageView view = new ImageView(image);
        view.setPreserveRatio(true);
        double[] zoom = {1};
        ScrollPane pane = new ScrollPane(new StackPane(view));
        pane.setPannable(true);
        Runnable apply = () -> view.setFitWidth(image.getWidth() * zoom[0]);
        pane.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> {
            zoom[0] = Math.max(0.1, Math.min(8, zoom[0] * (e.getDeltaY() > 0 ? 1.15 : 1 / 1.15)));
            apply.run();
            e.consume();
        });
        Stage stage = new Stage();
        stage.initOwner(root.getScene().getWindow());
        stage.setTitle(row.title() + " \u2014 " + (int) image.getWidth() + " \u00D7 " + (int) image.getHeight());
        Scene scene = new Scene(pane, Math.min(1200, image.getWidth() + 20), Math.min(800, image.getHeight() + 20));
        scene.setOnKeyPressed(e -> {
            switch (e.getCode()) {
                case PLUS, ADD, EQUALS -> zoom[0] = Math.min(8, zoom[0] * 1.25);
                case MINUS, SUBTRACT -> zoom[0] = Math.max(0.1, zoom[0] / 1.25);
                case DIGIT0, NUMPAD0 -> zoom[0] = 1;
                case ESCAPE -> stage.close();
                default -> {
                    return;
                }
            }
            apply.run();
        });
        apply.run();
        stage.setScene(scene);
        stage.show();
    }

    private Optional<String> askName(String title, String question, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(question);
        if (root.getScene() != null) {
            dialog.initOwner(root.getScene().getWindow());
        }
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    public Node node() {
        return root;
    }

    private final class SectionCell extends ListCell<LibrarySection> {
        private final Label name = new Label();
        private final Label count = new Label();
        private final HBox box;

        SectionCell() {
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            count.getStyleClass().add("count-badge");
            box = new HBox(6, name, spacer, count);
            box.setAlignment(Pos.CENTER_LEFT);
            setOnDragOver(e -> {
                if (getItem() != null && getItem().kind() == LibrarySection.Kind.COLLECTION
                        && !AssetTile.draggedIds(e.getDragboard().getString()).isEmpty()) {
                    e.acceptTransferModes(TransferMode.COPY);
                    e.consume();
                }
            });
            setOnDragEntered(e -> pseudoClassStateChanged(AssetTile.SELECTED, getItem() != null
                    && getItem().kind() == LibrarySection.Kind.COLLECTION));
            setOnDragExited(e -> pseudoClassStateChanged(AssetTile.SELECTED, false));
            setOnDragDropped(e -> {
                List<UUID> ids = AssetTile.draggedIds(e.getDragboard().getString());
                List<AssetRow> dropped = model.rows().stream().filter(r -> ids.contains(r.id())).toList();
                model.addToCollection(getItem(), dropped);
                e.setDropCompleted(!dropped.isEmpty());
                e.consume();
            });
        }

        @Override
        protected void updateItem(LibrarySection item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("sidebar-heading");
            setContextMenu(null);
            setDisable(false);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            name.setText(item.label());
            if (item.isHeading()) {
                getStyleClass().add("sidebar-heading");
                count.setText("");
            } else {
                long n = model.count(item);
                count.setText(n < 0 ? "" : String.format(Locale.ROOT, "%,d", n));
            }
            setGraphic(box);
            if (item.kind() == LibrarySection.Kind.COLLECTION) {
                MenuItem rename = new MenuItem("Rename\u2026");
                rename.setOnAction(e -> askName("Rename collection", "New name:", item.label())
                        .ifPresent(n -> model.renameCollection(item, n)));
                MenuItem delete = new MenuItem("Delete Collection");
                delete.setOnAction(e -> model.deleteCollection(item));
                setContextMenu(new ContextMenu(rename, delete));
            } else if (item.kind() == LibrarySection.Kind.SAVED_SEARCH) {
                MenuItem delete = new MenuItem("Delete Saved Search");
                delete.setOnAction(e -> model.deleteSavedSearch(item));
                setContextMenu(new ContextMenu(delete));
            }
        }
    }

    private static final class SortCell extends ListCell<AssetSort> {
        @Override
        protected void updateItem(AssetSort item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label());
        }
    }
}
