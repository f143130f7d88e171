package io.reelbase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetChanges;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.NewAsset;
import io.reelbase.core.asset.VersionOrigin;
import io.reelbase.persistence.Database;
import io.reelbase.persistence.DatabaseSettings;
import io.reelbase.persistence.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The round trip in the window: Take Offline on a collection in a window on the team's server; a window on this
 * computer's catalogue, an edit there while the same field changes on the server; Sync Now,
 * the clash resolved in the conflict screen; both sides end the same.
 */
class OfflineWindowIT {
    private final FxRobot robot = new FxRobot();

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node section(String name) {
        return robot.lookup("#library-sections").lookup(name).query();
    }

    /**
     * Chooses {@code label} from the sidebar entry's context menu. The right-click is sent to the entry's cell as the
     * platform sends it (the headless robot's mouse is unreliable on a list that relists itself after a save or a
     * sync, and on popups), so the cell's own handler opens the menu; the item shown is fired as a click on it would.
     */
    private void menuItem(String entryLabel, String label) throws Exception {
        javafx.scene.control.ListCell<?>[] shown = new javafx.scene.control.ListCell<?>[1];
        waitFor(() -> {
            Node entry = robot.lookup("#library-sections").lookup(entryLabel).tryQuery().orElse(null);
            if (entry == null) return false;
            var cell = (javafx.scene.control.ListCell<?>) entry.getParent().getParent();
            robot.interact(() -> {
                var at = cell.localToScreen(cell.getWidth() / 2, cell.getHeight() / 2);
                javafx.event.Event.fireEvent(cell, new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_CLICKED,
                        cell.getWidth() / 2, cell.getHeight() / 2, at.getX(), at.getY(), javafx.scene.input.MouseButton.SECONDARY, 1,
                        false, false, false, false, false, false, true, false, true, false, null));
            });
            WaitForAsyncUtils.waitForFxEvents();
            shown[0] = cell;
            return cell.getContextMenu() != null && cell.getContextMenu().isShowing();
        });
        var menu = shown[0].getContextMenu();
        javafx.scene.control.MenuItem item = menu.getItems().stream().filter(i -> label.equals(i.getText()))
                .findFirst().orElseThrow(() -> new AssertionError("no \u201c" + label + "\u201d in the menu"));
        assertThat(item.isVisible()).as(label + " is offered").isTrue();
        robot.interact(() -> {
            menu.hide();
            item.fire();
        });
    }

    private String notice() {
        return robot.lookup("#library-notice").queryAs(Label.class).getText();
    }

    @Test
    void aCollectionTakenOfflineEditedOnBothSidesAndSyncedWithTheClashResolved(@TempDir Path laptopDir, @TempDir Path share) throws Exception {
        DatabaseSettings s = TestDatabases.fresh();
        Asset glacier;
        Asset moraine;
        RecordingDialogs dialogs = new RecordingDialogs();
        try (Database team = Database.open(s)) {
            var assets = team.repositories().assets();
            glacier = assets.create(NewAsset.of("Glacier", AssetType.IMAGE), "ann");
            moraine = assets.create(NewAsset.of("Moraine", AssetType.IMAGE), "ann");
            assets.create(NewAsset.of("Left at home", AssetType.IMAGE), "ann");
            // Moraine has a proxy on a share this computer reads: it is offered, with its size, and plays offline.
            Path proxy = io.reelbase.media.GeneratedMedia.mp4(share.resolve("moraine_proxy.mp4"),
                    io.reelbase.media.GeneratedMedia.Spec.basic());
            team.repositories().media().addLocation(moraine.id(), "PROXY", proxy, java.nio.file.Files.size(proxy), null, true);
            var shoot = team.repositories().collections().create("Shoot", null, null);
            team.repositories().collections().add(shoot.id(), List.of(glacier.id(), moraine.id()), null);
        }

        // On the team's server: Take Offline… on the collection.
        try (ShownWindow onServer = ShownWindow.open(Database.open(s), dialogs, laptopDir)) {
            waitFor(() -> robot.lookup("#library-sections").lookup("Shoot").tryQuery().isPresent());
            dialogs.texts.add("Ice trip");
            dialogs.confirmations.add(true);
            dialogs.confirmations.add(true);
            menuItem("Shoot", "Take Offline\u2026");
            waitFor(() -> notice().startsWith("Took 2 asset(s) offline into \u201cIce trip\u201d"));
            assertThat(dialogs.shown).anyMatch(d -> d.startsWith("confirm: Take Offline: Copy their proxies too, so they play with no"
                    + " server? 1 file(s), ") && d.contains(" free."));
            assertThat(notice()).contains("1 proxies (");
        }

        // Meanwhile on the server: the same field of one asset, another field of the other.
        try (Database team = Database.open(s)) {
            var assets = team.repositories().assets();
            assets.update(glacier.id(), glacier.version(), AssetChanges.none().title("Glacier, server"), VersionOrigin.EDIT, null, "bob");
            assets.update(moraine.id(), moraine.version(), AssetChanges.none().description("Gravel."), VersionOrigin.EDIT, null, "bob");
        }

        // On this computer's catalogue: the working set, an edit, Sync Now.
        Database laptop = Database.open(DatabaseSettings.embedded(laptopDir));
        try (ShownWindow offline = ShownWindow.open(laptop, dialogs, laptopDir)) {
            waitFor(() -> robot.lookup("#library-sections").lookup("Ice trip").tryQuery().isPresent());
            robot.clickOn(section("Ice trip"));
            waitFor(() -> robot.lookup(".asset-tile").queryAll().size() == 2);
            robot.clickOn(robot.lookup(".tile-title").match((Label l) -> l.getText().equals("Moraine")).queryAs(Node.class));
            waitFor(() -> robot.lookup("#inspector-play").tryQuery().map(Node::isVisible).orElse(false));
            assertThat(laptop.repositories().media().locations(moraine.id(), "PROXY")).as("Play Proxy opens the copy on this computer")
                    .singleElement().satisfies(p -> assertThat(p).startsWith(laptopDir.resolve("proxies")));
            robot.clickOn(robot.lookup(".tile-title").match((Label l) -> l.getText().equals("Glacier")).queryAs(Node.class));
            waitFor(() -> robot.lookup("#inspector .inspector-title").queryAs(Label.class).getText().equals("Glacier"));
            robot.clickOn("#edit-title").push(KeyCode.CONTROL, KeyCode.A).write("Glacier, laptop");
            robot.clickOn("#edit-save");
            waitFor(() -> robot.lookup("#library-sections .sidebar-detail").match((Label l) -> l.getText().equals("1 changed"))
                    .tryQuery().isPresent());
            Screenshots.save(offline.stage.getScene(), "offline-working-set-changed");

            menuItem("Ice trip", "Sync Now");
            waitFor(() -> robot.lookup("#conflict-save").tryQuery().map(Node::isVisible).orElse(false));
            assertThat(dialogs.shown).as("a server that trusts this computer asks for no password").noneMatch(d -> d.startsWith("password: "));
            assertThat(robot.lookup(".conflict-theirs").queryAllAs(Label.class)).extracting(Label::getText).containsExactly("Glacier, server");
            assertThat(robot.lookup(".conflict-mine").queryAllAs(Label.class)).extracting(Label::getText).containsExactly("Glacier, laptop");
            Screenshots.save(robot.lookup("#conflict-save").query().getScene(), "offline-sync-conflict");
            Node save = robot.lookup("#conflict-save").query();
            robot.clickOn(save);
            waitFor(() -> !save.getScene().getWindow().isShowing());
            waitFor(() -> robot.lookup("#library-sections").lookup("Ice trip").tryQuery().isPresent()
                    && robot.lookup(".tile-title").match((Label l) -> l.getText().equals("Glacier, laptop")).tryQuery().isPresent());
            waitFor(() -> notice().contains("your answer is saved on the server"));
            // Listed again with nothing changed (the entry equal to the one on screen): it stays selected.
            var listed = offline.context.library().sidebar().countsChangedProperty();
            for (int i = 0; i < 2; i++) {
                long before = listed.get();
                robot.interact(() -> offline.context.library().refresh());
                waitFor(() -> listed.get() >= before + 2); // counted, then listed again
            }
            assertThat(robot.lookup("#library-sections").queryListView().getSelectionModel().getSelectedItem())
                    .as("the set on screen stays selected in the sidebar as it is listed again").isNotNull()
                    .satisfies(sel -> assertThat(((io.reelbase.app.feature.library.LibrarySection) sel).label()).isEqualTo("Ice trip"));
            Screenshots.save(offline.stage.getScene(), "offline-working-set");

            var here = laptop.repositories().assets();
            assertThat(here.find(moraine.id()).orElseThrow().description()).as("the server's change came here").isEqualTo("Gravel.");
            assertThat(here.find(glacier.id()).orElseThrow().title()).isEqualTo("Glacier, laptop");
            try (Database team = Database.open(s)) {
                Asset g = team.repositories().assets().find(glacier.id()).orElseThrow();
                assertThat(g.title()).as("the clash answered mine, on the server").isEqualTo("Glacier, laptop");
                assertThat(team.repositories().assets().versions(g.id())).last().satisfies(v -> assertThat(v.conflictResolved()).isTrue());
                // Another clash, left open: Return must not lose the change made here without asking.
                team.repositories().assets().update(g.id(), g.version(), AssetChanges.none().title("Glacier, bob again"),
                        VersionOrigin.EDIT, null, "bob");
            }
            Asset mine = here.find(glacier.id()).orElseThrow();
            here.update(mine.id(), mine.version(), AssetChanges.none().title("Glacier, laptop again"), VersionOrigin.EDIT, null, "ann");
            Path proxyHere = laptop.repositories().media().locations(moraine.id(), "PROXY").get(0);

            dialogs.confirmations.add(false);
            menuItem("Ice trip", "Return Working Set\u2026");
            waitFor(() -> dialogs.shown.stream().anyMatch(d -> d.startsWith("confirm: Return Working Set: ")));
            assertThat(dialogs.shown).filteredOn(d -> d.startsWith("confirm: Return Working Set: ")).singleElement()
                    .satisfies(d -> assertThat(d).contains("anyway and discard those 1 change(s)?"));
            assertThat(here.find(glacier.id()).orElseThrow().title()).as("Keep the Set keeps the change made here")
                    .isEqualTo("Glacier, laptop again");
            assertThat(proxyHere).exists();

            dialogs.confirmations.add(true);
            dialogs.shown.clear();
            menuItem("Ice trip", "Return Working Set\u2026");
            waitFor(() -> dialogs.shown.stream().anyMatch(d -> d.startsWith("confirm: Return Working Set: ")));
            waitFor(() -> notice().startsWith("Returned \u201cIce trip\u201d: its 2 local copies are removed and 1 change(s) made here"
                    + " were discarded, as asked"));
            waitFor(() -> robot.lookup("#library-sections").lookup("Ice trip").tryQuery().isEmpty());
            waitFor(() -> robot.lookup("#library-title").queryAs(Label.class).getText().equals("All assets"));
            assertThat(here.find(glacier.id())).as("the local copies are gone").isEmpty();
            assertThat(proxyHere).as("the set's proxy file is deleted").doesNotExist();
            Screenshots.save(offline.stage.getScene(), "offline-returned");
        }
        try (Database team = Database.open(s)) {
            assertThat(team.repositories().assets().find(glacier.id()).orElseThrow().title())
                    .as("discarding here leaves the server as it was").isEqualTo("Glacier, bob again");
        }
    }
}
