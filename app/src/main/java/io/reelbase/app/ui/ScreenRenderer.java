package io.reelbase.app.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TabPane;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code reelbase --screenshots DIR}: once the library is on screen, shows each main screen in turn (the
 * grid, an asset in the inspector, its version history, the table, the workflow monitor, the workflows, the watch folders),
 * writes each to a PNG in DIR, and quits. For looking at the screens without clicking through them, e.g.
 * under Xvfb on a build machine.
 */
final class ScreenRenderer {
    private static final Logger LOG = LoggerFactory.getLogger(ScreenRenderer.class);
    private final Scene scene;
    private final MainWindow window;
    private final Path dir;
    private final Deque<Runnable> steps = new ArrayDeque<>();

    ScreenRenderer(Scene scene, MainWindow window, Path dir) {
        this.scene = scene;
        this.window = window;
        this.dir = dir;
    }

    void start() {
        TabPane tabs = window.tabs();
        steps.add(() -> save("1-library-grid"));
        steps.add(() -> window.parts().library().list().rows().stream()
                .filter(r -> r.assetStatus() == io.reelbase.core.asset.AssetStatus.PROCESSED)
                .sorted(java.util.Comparator.comparing(r -> r.assetType() != io.reelbase.core.asset.AssetType.VIDEO)).findFirst()
                .or(() -> window.parts().library().list().rows().stream().findFirst())
                .ifPresent(r -> window.parts().library().selection().click(r, false, false)));
        steps.add(() -> save("2-library-inspector"));
        steps.add(() -> press("#inspector-play"));
        steps.add(() -> save("2b-library-player"));
        steps.add(() -> window.parts().library().openHistory());
        steps.add(() -> other("Version History").ifPresent(w -> save(w.getScene(), "2c-version-history")));
        steps.add(() -> other("Version History").ifPresent(javafx.stage.Window::hide));
        steps.add(() -> press("#view-table"));
        steps.add(() -> save("3-library-table"));
        steps.add(() -> press("#view-grid"));
        for (int i = 1; i < tabs.getTabs().size(); i++) {
            int tab = i;
            steps.add(() -> tabs.getSelectionModel().select(tab));
            String name = tabs.getTabs().get(tab).getText().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
            steps.add(() -> save((tab + 3) + "-" + name));
        }
        boolean dark = Theme.prefersDark();
        steps.add(() -> tabs.getSelectionModel().select(0));
        steps.add(() -> Theme.show(scene, !dark));
        steps.add(() -> save((tabs.getTabs().size() + 3) + "-library-" + (dark ? "light" : "dark")));
        steps.add(() -> Theme.show(scene, dark));
        steps.add(Platform::exit);
        // First wait until the library has loaded its first page (or said why it could not).
        waitForLibrary(100);
    }

    private void waitForLibrary(int triesLeft) {
        var library = window.parts().library();
        boolean ready = !library.list().loadingProperty().get() && (!library.list().rows().isEmpty() || library.problemProperty().get() != null);
        if (ready || triesLeft == 0) {
            next();
        } else {
            later(200, () -> waitForLibrary(triesLeft - 1));
        }
    }

    /** Each step gets time for its data and pictures to arrive before the next. */
    private void next() {
        Runnable step = steps.poll();
        if (step != null) {
            later(1500, () -> {
                step.run();
                next();
            });
        }
    }

    private static void later(long ms, Runnable action) {
        PauseTransition pause = new PauseTransition(Duration.millis(ms));
        pause.setOnFinished(e -> action.run());
        pause.play();
    }

    private void press(String selector) {
        if (scene.lookup(selector) instanceof ButtonBase b) {
            b.fire();
        }
    }

    /** A window of this app other than the main one, by the start of its title. */
    private static java.util.Optional<javafx.stage.Stage> other(String title) {
        return javafx.stage.Window.getWindows().stream().filter(w -> w instanceof javafx.stage.Stage st && st.isShowing()
                && st.getTitle() != null && st.getTitle().startsWith(title)).map(w -> (javafx.stage.Stage) w).findFirst();
    }

    private void save(String name) {
        save(scene, name);
    }

    private void save(Scene shown, String name) {
        WritableImage image = shown.snapshot(null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        Path file = dir.resolve(name + ".png");
        try {
            Files.createDirectories(dir);
            ImageIO.write(out, "png", file.toFile());
            LOG.info("Wrote {}", file);
        } catch (IOException e) {
            LOG.error("Could not write {}", file, e);
        }
    }
}
