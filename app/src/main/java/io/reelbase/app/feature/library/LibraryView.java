package io.reelbase.app.feature.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/** The library screen: sections on the left, the asset table in the middle, the selected asset on the right. */
public final class LibraryView {
    private final LibraryViewModel model;
    private final SplitPane root = new SplitPane();
    private final ListView<LibrarySection> sidebar = new ListView<>(FXCollections.observableArrayList(LibrarySection.standard()));
    private final TableView<AssetRow> table = new TableView<>();
    private final Label placeholder = new Label();
    private final ProgressIndicator spinner = new ProgressIndicator();
    private final Label heading = new Label();
    private final Label countLabel = new Label();
    private final GridPane details = new GridPane();
    private final javafx.scene.image.ImageView picture = new javafx.scene.image.ImageView();
    private final List<Subscription> subscriptions = new ArrayList<>();

    public LibraryView(LibraryViewModel model) {
        this.model = model;
        build();
    }

    private void build() {
        sidebar.getStyleClass().add("sidebar");
        sidebar.setId("library-sections");
        sidebar.setCellFactory(list -> new SectionCell());
        sidebar.setPrefWidth(200);
        sidebar.setMinWidth(160);

        heading.getStyleClass().add("screen-title");
        heading.setId("library-title");
        countLabel.getStyleClass().add("muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        spinner.setMaxSize(18, 18);
        TextField search = new TextField();
        search.setId("library-search");
        search.setPromptText("Search titles, descriptions, file names");
        search.setPrefColumnCount(28);
        // Results follow the typing, a quarter second after the last key.
        javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(javafx.util.Duration.millis(250));
        pause.setOnFinished(e -> model.search(search.getText()));
        search.textProperty().addListener((o, a, b) -> pause.playFromStart());
        search.setOnAction(e -> {
            pause.stop();
            model.search(search.getText());
        });
        HBox header = new HBox(10, heading, countLabel, spacer, search, spinner);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(10, 14, 10, 14));
        header.getStyleClass().add("screen-header");

        table.setId("asset-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                column("Title", AssetRow::title, 240),
                column("Type", AssetRow::type, 80),
                column("Status", AssetRow::status, 110),
                column("Review", AssetRow::review, 110),
                column("File", AssetRow::fileName, 200),
                column("Size", AssetRow::size, 80),
                column("Duration", AssetRow::duration, 80),
                column("Added", AssetRow::created, 140),
                column("Version", r -> String.valueOf(r.version()), 70)));
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("placeholder");
        table.setPlaceholder(placeholder);
        table.setItems(model.rows());
        // Virtualised rows: when the last loaded row is drawn, fetch the next page.
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(AssetRow item, boolean empty) {
                super.updateItem(item, empty);
                if (!empty && getIndex() >= table.getItems().size() - 1) {
                    model.loadMore();
                }
            }
        });

        BorderPane centre = new BorderPane(table);
        centre.setTop(header);

        details.getStyleClass().add("inspector");
        details.setHgap(10);
        details.setVgap(6);
        details.setPadding(new Insets(10, 14, 14, 0));
        picture.setPreserveRatio(true);
        picture.setFitHeight(360);
        picture.setId("inspector-picture");
        // Takes no room without a picture.
        picture.managedProperty().bind(picture.imageProperty().isNotNull());
        picture.visibleProperty().bind(picture.imageProperty().isNotNull());
        VBox inspectorBox = new VBox(0, picture, details);
        inspectorBox.setPadding(new Insets(14, 0, 0, 14));
        inspectorBox.getStyleClass().add("inspector");
        ScrollPane inspector = new ScrollPane(inspectorBox);
        inspector.setFitToWidth(true);
        inspector.setFitToHeight(true);
        inspector.setPrefWidth(280);
        inspector.setMinWidth(220);
        inspector.setId("inspector");
        picture.fitWidthProperty().bind(inspector.widthProperty().subtract(34));

        root.getItems().addAll(sidebar, centre, inspector);
        root.setDividerPositions(0.17, 0.78);
        SplitPane.setResizableWithParent(sidebar, false);
        SplitPane.setResizableWithParent(inspector, false);
        showDetails(null);
    }

    private static TableColumn<AssetRow, String> column(String name, Function<AssetRow, String> value, double width) {
        TableColumn<AssetRow, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 70));
        return c;
    }

    /** Starts listening to the model; call when the screen is shown. */
    public void activate() {
        subscriptions.add(sidebar.getSelectionModel().selectedItemProperty().subscribe(s -> {
            if (s != null && s != model.sectionProperty().get()) {
                model.show(s);
            }
        }));
        subscriptions.add(model.sectionProperty().subscribe(s -> {
            heading.setText(s.label());
            sidebar.getSelectionModel().select(s);
        }));
        subscriptions.add(model.countsByTypeProperty().subscribe(c -> sidebar.refresh()));
        subscriptions.add(model.totalProperty().subscribe(n -> {
            sidebar.refresh();
            updateCount();
        }));
        subscriptions.add(model.loadingProperty().subscribe(l -> {
            spinner.setVisible(l);
            updatePlaceholder();
        }));
        subscriptions.add(model.problemProperty().subscribe(p -> updatePlaceholder()));
        subscriptions.add(model.hasMoreProperty().subscribe(m -> updateCount()));
        subscriptions.add(model.selectedPictureProperty().subscribe(jpeg -> picture.setImage(
                jpeg == null ? null : new javafx.scene.image.Image(new java.io.ByteArrayInputStream(jpeg)))));
        // The model may select a row itself (a saved edit replaces the row): follow it.
        subscriptions.add(model.selectedProperty().subscribe(row -> {
            if (row != null && row != table.getSelectionModel().getSelectedItem() && table.getItems().contains(row)) {
                table.getSelectionModel().select(row);
            }
        }));
        subscriptions.add(table.getSelectionModel().selectedItemProperty().subscribe(row -> {
            model.select(row);
            showDetails(row);
        }));
        javafx.collections.ListChangeListener<AssetRow> onRows = c -> updateCount();
        model.rows().addListener(onRows);
        subscriptions.add(() -> model.rows().removeListener(onRows));
        model.refresh();
    }

    /** Stops listening; call when the screen is hidden. */
    public void deactivate() {
        subscriptions.forEach(Subscription::unsubscribe);
        subscriptions.clear();
    }

    private void updateCount() {
        long shown = model.rows().size();
        long all = model.count(model.sectionProperty().get());
        countLabel.setText(model.hasMoreProperty().get()
                ? String.format(Locale.ROOT, "%,d of %,d", shown, all)
                : String.format(Locale.ROOT, "%,d", shown));
    }

    private void updatePlaceholder() {
        String problem = model.problemProperty().get();
        if (problem != null) {
            placeholder.setText(problem);
            placeholder.getStyleClass().add("problem");
        } else {
            placeholder.getStyleClass().remove("problem");
            placeholder.setText(model.loadingProperty().get() ? "Loading…"
                    : !model.queryProperty().get().isEmpty() ? "Nothing matches \u201c" + model.queryProperty().get() + "\u201d."
                    : model.sectionProperty().get() == LibrarySection.ALL
                    ? "No assets in the catalogue yet."
                    : "No " + model.sectionProperty().get().label().toLowerCase(Locale.ROOT) + " in the catalogue.");
        }
    }

    private void showDetails(AssetRow row) {
        details.getChildren().clear();
        if (row == null) {
            Label none = new Label("Select an asset to see its details.");
            none.getStyleClass().add("muted");
            none.setWrapText(true);
            details.add(none, 0, 0, 2, 1);
            return;
        }
        var a = row.asset();
        Label title = new Label(a.title());
        title.getStyleClass().add("inspector-title");
        title.setWrapText(true);
        details.add(title, 0, 0, 2, 1);
        int r = 1;
        r = field(r, "Type", row.type());
        r = field(r, "Status", row.status());
        r = field(r, "Review", row.review());
        r = field(r, "File", row.fileName());
        r = field(r, "Size", row.size());
        r = field(r, "Duration", row.duration());
        r = field(r, "MIME type", a.mimeType());
        r = field(r, "SHA-256", a.fileHash() == null ? null : a.fileHash().substring(0, 16) + "…");
        r = field(r, "Source", AssetRow.label(a.sourceSystem().name()));
        r = field(r, "Storage tier", AssetRow.label(a.storageTier().name()));
        r = field(r, "Added", row.created());
        r = field(r, "Version", String.valueOf(a.version()));
        editor(r, a);
    }

    /** The form for the editable metadata, under the technical facts. */
    private void editor(int r, io.reelbase.core.asset.Asset a) {
        Label heading = new Label("Edit");
        heading.getStyleClass().add("inspector-title");
        details.add(heading, 0, r++, 2, 1);
        TextField title = new TextField();
        title.setId("edit-title");
        title.textProperty().bindBidirectional(model.editTitle);
        javafx.scene.control.TextArea description = new javafx.scene.control.TextArea();
        description.setId("edit-description");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        description.textProperty().bindBidirectional(model.editDescription);
        javafx.scene.control.ComboBox<io.reelbase.core.asset.ReviewStatus> review = new javafx.scene.control.ComboBox<>();
        review.setId("edit-review");
        java.util.List<io.reelbase.core.asset.ReviewStatus> allowed = new java.util.ArrayList<>();
        allowed.add(a.reviewStatus());
        allowed.addAll(a.reviewStatus().next());
        review.getItems().setAll(allowed);
        review.valueProperty().bindBidirectional(model.editReview);
        javafx.scene.control.Button save = new javafx.scene.control.Button("Save");
        save.setId("edit-save");
        save.setOnAction(e -> model.saveEdits());
        Label message = new Label();
        message.setId("edit-message");
        message.setWrapText(true);
        message.textProperty().bind(model.editMessageProperty());
        details.add(new Label("Title"), 0, r);
        details.add(title, 1, r++);
        details.add(new Label("Description"), 0, r);
        details.add(description, 1, r++);
        details.add(new Label("Review"), 0, r);
        details.add(review, 1, r++);
        details.add(save, 1, r++);
        details.add(message, 0, r, 2, 1);
    }

    private int field(int row, String name, String value) {
        if (value == null || value.isEmpty()) {
            return row;
        }
        Label k = new Label(name);
        k.getStyleClass().add("muted");
        k.setMinWidth(Region.USE_PREF_SIZE);
        Label v = new Label(value);
        v.setWrapText(true);
        details.add(k, 0, row);
        details.add(v, 1, row);
        return row + 1;
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
        }

        @Override
        protected void updateItem(LibrarySection item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
            } else {
                name.setText(item.label());
                count.setText(String.format(Locale.ROOT, "%,d", model.count(item)));
                setGraphic(box);
            }
        }
    }

    /** For tests and screenshots: the table of assets. */
    TableView<AssetRow> table() {
        return table;
    }
}
