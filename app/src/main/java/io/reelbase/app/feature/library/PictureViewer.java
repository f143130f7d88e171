package io.reelbase.app.feature.library;

import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A picture at full size in its own window: the wheel or +/− zoom, 0 goes back to 100 %, Esc closes. */
final class PictureViewer {
    private final ImageView view;
    private final Image image;
    private double zoom = 1;

    private PictureViewer(Image image) {
        this.image = image;
        this.view = new ImageView(image);
        view.setPreserveRatio(true);
    }

    static void open(Window owner, String title, Image image) {
        new PictureViewer(image).show(owner, title);
    }

    private void show(Window owner, String title) {
        ScrollPane pane = new ScrollPane(new StackPane(view));
        pane.setPannable(true);
        pane.addEventFilter(ScrollEvent.SCROLL, e -> {
            zoomTo(zoom * (e.getDeltaY() > 0 ? 1.15 : 1 / 1.15));
            e.consume();
        });
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(title + " \u2014 " + (int) image.getWidth() + " \u00D7 " + (int) image.getHeight());
        Scene scene = new Scene(pane, Math.min(1200, image.getWidth() + 20), Math.min(800, image.getHeight() + 20));
        scene.setOnKeyPressed(e -> {
            switch (e.getCode()) {
                case PLUS, ADD, EQUALS -> zoomTo(zoom * 1.25);
                case MINUS, SUBTRACT -> zoomTo(zoom / 1.25);
                case DIGIT0, NUMPAD0 -> zoomTo(1);
                case ESCAPE -> stage.close();
                default -> {
                    // other keys do nothing here
                }
            }
        });
        zoomTo(1);
        stage.setScene(scene);
        stage.show();
    }

    private void zoomTo(double z) {
        zoom = Math.max(0.1, Math.min(8, z));
        view.setFitWidth(image.getWidth() * zoom);
    }
}
