package io.reelbase.app.feature.library;

import java.nio.file.Path;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.media.Media;
import javafx.scene.media.MediaException;
import javafx.scene.media.MediaPlayer;
import javafx.scene.media.MediaView;
import javafx.util.Duration;

/**
 * Plays an asset's proxy in the inspector (JavaFX Media): play/pause, a position slider, the time.
 * JavaFX loads and decodes the media on its own threads. If this machine cannot play it, says so and
 * where the proxy is.
 */
final class ProxyPlayer extends VBox {
    private final MediaView view = new MediaView();
    private final Button playPause = new Button("Play");
    private final Slider position = new Slider(0, 1, 0);
    private final Label time = new Label("0:00");
    private final Label problem = new Label();
    private MediaPlayer player;
    private boolean seeking;

    ProxyPlayer() {
        super(6);
        setId("proxy-player");
        view.setPreserveRatio(true);
        playPause.setId("player-play");
        playPause.setMinWidth(64);
        playPause.setOnAction(e -> toggle());
        position.setId("player-position");
        HBox.setHgrow(position, Priority.ALWAYS);
        position.valueChangingProperty().addListener((o, was, changing) -> {
            seeking = changing;
            if (!changing) {
                seek();
            }
        });
        position.setOnMouseReleased(e -> seek());
        time.getStyleClass().add("muted");
        time.setMinWidth(80);
        problem.setWrapText(true);
        problem.getStyleClass().add("problem-text");
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        HBox controls = new HBox(8, playPause, position, time);
        controls.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(view, controls, problem);
    }

    /** Starts playing the proxy at {@code file} ({@code width} wide). */
    void play(Path file, double width) {
        stop();
        problem.setText("");
        view.setFitWidth(width);
        try {
            player = new MediaPlayer(new Media(file.toUri().toString()));
        } catch (MediaException | IllegalArgumentException | UnsupportedOperationException e) {
            cannotPlay(file, e.getMessage());
            return;
        }
        MediaPlayer p = player;
        view.setMediaPlayer(p);
        p.setOnError(() -> cannotPlay(file, p.getError() == null ? "unknown error" : p.getError().getMessage()));
        p.setOnReady(() -> position.setMax(Math.max(0.001, p.getTotalDuration().toSeconds())));
        p.currentTimeProperty().addListener((o, a, now) -> {
            if (!seeking) {
                position.setValue(now.toSeconds());
            }
            time.setText(format(now) + " / " + format(p.getTotalDuration()));
        });
        p.statusProperty().addListener((o, a, status) ->
                playPause.setText(status == MediaPlayer.Status.PLAYING ? "Pause" : "Play"));
        p.setOnEndOfMedia(() -> {
            p.pause();
            p.seek(Duration.ZERO);
        });
        p.play();
    }

    private void cannotPlay(Path file, String why) {
        stop();
        problem.setText("This proxy cannot be played here (" + why + "). It is at " + file
                + "; open it in another player.");
    }

    private void toggle() {
        if (player == null) {
            return;
        }
        if (player.getStatus() == MediaPlayer.Status.PLAYING) {
            player.pause();
        } else {
            player.play();
        }
    }

    private void seek() {
        if (player != null) {
            player.seek(Duration.seconds(position.getValue()));
        }
    }

    /** Stops and lets go of the player (when the selection changes). */
    void stop() {
        if (player != null) {
            player.dispose();
            player = null;
        }
        view.setMediaPlayer(null);
        position.setValue(0);
        time.setText("0:00");
        playPause.setText("Play");
    }

    private static String format(Duration d) {
        if (d == null || d.isUnknown() || d.isIndefinite()) {
            return "–";
        }
        long s = (long) d.toSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
