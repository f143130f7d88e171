package io.reelbase.app.feature.library;

import io.reelbase.app.ui.Subscriptions;
import io.reelbase.core.asset.AssetType;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;

/**
 * The focused asset's picture at the top of the inspector (a video's scrubs through its filmstrip under the
 * mouse; double-click for full size) and its proxy player.
 */
final class PreviewPane {
    private final LibraryViewModel model;
    private final PictureCache pictures;
    private final ImageView picture = new ImageView();
    private final ProxyPlayer player = new ProxyPlayer();
    private final BooleanProperty playing = new SimpleBooleanProperty(false);
    private final Button playButton = new Button();
    private final VBox root;
    private final Subscriptions subscriptions = new Subscriptions();
    private Image still;
    private List<Image> strip;

    PreviewPane(LibraryViewModel model, PictureCache pictures, ObservableDoubleValue width, Runnable openViewer) {
        this.model = model;
        this.pictures = pictures;
        picture.setPreserveRatio(true);
        picture.setFitHeight(220);
        picture.setId("inspector-picture");
        picture.managedProperty().bind(picture.imageProperty().isNotNull().and(playing.not()));
        picture.visibleProperty().bind(picture.managedProperty());
        picture.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openViewer.run();
            }
        });
        picture.setOnMouseMoved(e -> scrub(e.getX() / Math.max(1, picture.getBoundsInLocal().getWidth())));
        picture.setOnMouseExited(e -> {
            if (still != null) {
                picture.setImage(still);
            }
        });
        picture.fitWidthProperty().bind(Bindings.subtract(width, 34));
        Tooltip.install(picture, new Tooltip("Double-click to view at full size"));
        playButton.setId("inspector-play");
        playButton.getStyleClass().add("flat");
        playButton.setOnAction(e -> {
            Path proxy = model.focus().proxyProperty().get();
            if (playing.get()) {
                stopPlayer();
            } else if (proxy != null) {
                playing.set(true);
                player.play(proxy, Math.max(120, width.get() - 52));
            }
        });
        playButton.textProperty().bind(Bindings.when(playing).then("\u25A0 Close Player").otherwise("\u25B6 Play Proxy"));
        playButton.visibleProperty().bind(model.focus().proxyProperty().isNotNull());
        playButton.managedProperty().bind(playButton.visibleProperty());
        player.visibleProperty().bind(playing);
        player.managedProperty().bind(playing);
        root = new VBox(10, picture, player, playButton);
        // Nothing to show: no room taken in the inspector either.
        root.managedProperty().bind(picture.managedProperty().or(player.managedProperty()).or(playButton.managedProperty()));
    }

    void activate() {
        subscriptions.follow(model.focus().pictureProperty(), this::showPicture);
        // A new focus stops the player and shows the picture again.
        subscriptions.follow(model.selection().focusProperty(), row -> stopPlayer());
    }

    void deactivate() {
        subscriptions.release();
        stopPlayer();
    }

    private void stopPlayer() {
        player.stop();
        playing.set(false);
    }

    private void showPicture(byte[] jpeg) {
        strip = null;
        still = null;
        picture.setImage(null);
        AssetRow shown = model.selection().focused();
        UUID id = shown == null ? null : shown.id();
        pictures.decode(jpeg, image -> {
            // Only if the same asset still has the focus.
            AssetRow now = model.selection().focused();
            if (id != null && now != null && id.equals(now.id())) {
                still = image;
                picture.setImage(image);
            }
        });
    }

    private void scrub(double fraction) {
        AssetRow row = model.selection().focused();
        if (row == null || row.assetType() != AssetType.VIDEO || still == null) {
            return;
        }
        if (strip == null) {
            UUID id = row.id();
            strip = List.of();
            pictures.filmstrip(id, frames -> {
                AssetRow now = model.selection().focused();
                if (now != null && now.id().equals(id)) {
                    strip = frames;
                }
            });
            return;
        }
        if (!strip.isEmpty()) {
            int i = (int) Math.max(0, Math.min(strip.size() - 1, Math.floor(fraction * strip.size())));
            picture.setImage(strip.get(i));
        }
    }

    /** The picture shown (not a filmstrip frame), or null. */
    Image picture() {
        return still;
    }

    Node node() {
        return root;
    }
}
