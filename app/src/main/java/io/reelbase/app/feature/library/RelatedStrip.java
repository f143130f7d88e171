package io.reelbase.app.feature.library;

import io.reelbase.app.ui.Subscriptions;
import io.reelbase.core.asset.RelatedAsset;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Small clickable pictures of the assets related to the focused one, with what they share. */
final class RelatedStrip {
    private final LibraryViewModel model;
    private final PictureCache pictures;
    private final FlowPane tiles = new FlowPane(8, 8);
    private final VBox root;
    private final Subscriptions subscriptions = new Subscriptions();

    RelatedStrip(LibraryViewModel model, PictureCache pictures) {
        this.model = model;
        this.pictures = pictures;
        tiles.setId("related-assets");
        Label heading = InspectorLayout.sectionLabel("Related");
        heading.visibleProperty().bind(Bindings.isNotEmpty(tiles.getChildren()));
        heading.managedProperty().bind(heading.visibleProperty());
        root = new VBox(10, heading, tiles);
        root.managedProperty().bind(heading.visibleProperty());
        root.visibleProperty().bind(heading.visibleProperty());
    }

    void activate() {
        subscriptions.onChange(model.focus().related(), this::draw);
        draw();
    }

    void deactivate() {
        subscriptions.release();
    }

    private void draw() {
        tiles.getChildren().setAll(model.focus().related().stream().map(this::tile).toList());
    }

    private Node tile(RelatedAsset r) {
        ImageView view = new ImageView();
        view.setFitWidth(120);
        view.setFitHeight(68);
        view.setPreserveRatio(true);
        pictures.request(r.id(), view::setImage);
        StackPane frame = new StackPane(view);
        frame.getStyleClass().add("tile-frame");
        frame.setPrefSize(124, 72);
        frame.setMaxSize(124, 72);
        Label name = new Label(r.title());
        name.setMaxWidth(124);
        name.getStyleClass().add("related-title");
        Label shared = new Label(String.join(", ", r.shared()));
        shared.setMaxWidth(124);
        shared.getStyleClass().add("tile-file");
        VBox tile = new VBox(2, frame, name, shared);
        tile.getStyleClass().add("related-tile");
        tile.setOnMouseClicked(e -> model.showRelated(r));
        Tooltip.install(tile, new Tooltip(r.title() + "\nShares: " + String.join(", ", r.shared())
                + (r.sharedKeywords().isEmpty() ? "\nClick to find it"
                : "\nClick to list the assets tagged \u201c" + r.sharedKeywords().get(0) + "\u201d")));
        return tile;
    }

    Node node() {
        return root;
    }
}
