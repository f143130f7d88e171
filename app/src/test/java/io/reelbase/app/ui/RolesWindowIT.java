package io.reelbase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetChanges;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.NewAsset;
import io.reelbase.core.asset.ReviewStatus;
import io.reelbase.core.asset.VersionOrigin;
import io.reelbase.persistence.Database;
import io.reelbase.persistence.DatabaseSettings;
import io.reelbase.persistence.TestDatabases;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window follows the role of the person logged in, and the database is what refuses: a viewer finds editing
 * not offered; an editor finds Approve disabled with the role that has it, and once their role is taken away a save
 * is refused by the database with a message; an admin has the People and Audit Trail screens.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RolesWindowIT {
    private final FxRobot robot = new FxRobot();
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private DatabaseSettings server;
    private String personUrl;
    private Asset pending;

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String login(String role) {
        return "rw_" + role + "_" + suffix;
    }

    @BeforeAll
    void setUp() {
        server = TestDatabases.fresh();
        try (Database db = Database.open(server)) {
            pending = db.repositories().assets().create(NewAsset.of("Glacier", AssetType.IMAGE), "ann");
            pending = db.repositories().assets().update(pending.id(), pending.version(),
                    AssetChanges.none().reviewStatus(ReviewStatus.PENDING_REVIEW), VersionOrigin.EDIT, null, "ann");
        }
        for (String r : new String[] {"viewer", "editor", "admin"}) {
            TestDatabases.execute(server.jdbcUrl(), server.user(), server.password(), "create role " + login(r) + " login in role reelbase_" + r
                    + "; insert into app_user (login_role, display_name, app_role) values ('" + login(r) + "', '" + r + " person', '"
                    + r.toUpperCase(java.util.Locale.ROOT) + "')");
        }
        TestDatabases.execute(server.jdbcUrl(), server.user(), server.password(), "create role " + login("existing") + " login");
        personUrl = TestDatabases.personUrl(server);
    }

    @AfterAll
    void tearDown() {
        TestDatabases.dropWhileInUse(server);
        for (String r : new String[] {"viewer", "editor", "admin", "added", "existing"}) {
            TestDatabases.dropRole(server, login(r));
        }
    }

    private final RecordingDialogs dialogs = new RecordingDialogs();

    private ShownWindow as(String role) throws Exception {
        return ShownWindow.open(Database.open(DatabaseSettings.server(personUrl, login(role), null)), dialogs);
    }

    private void selectGlacier() throws Exception {
        waitFor(() -> robot.lookup(".tile-title").match((Label l) -> l.getText().equals("Glacier")).tryQuery().isPresent());
        robot.clickOn(robot.lookup(".tile-title").match((Label l) -> l.getText().equals("Glacier")).queryAs(Node.class));
        waitFor(() -> robot.lookup("#inspector .inspector-title").tryQuery().map(n -> ((Label) n).getText().equals("Glacier")).orElse(false));
    }

    private java.util.List<String> tabs() {
        return robot.lookup(".tab-pane").queryAs(TabPane.class).getTabs().stream().map(t -> t.getText()).toList();
    }

    @Test
    void aViewerFindsEditingNotOffered() throws Exception {
        try (ShownWindow w = as("viewer")) {
            selectGlacier();
            assertThat(robot.lookup("#edit-not-offered").queryAs(Label.class).getText())
                    .isEqualTo("Viewing only: Editing needs the Editor role.");
            assertThat(robot.lookup("#edit-title").queryAs(TextField.class).isDisabled()).isTrue();
            assertThat(tabs()).doesNotContain("People", "Audit Trail");
            assertThat(robot.lookup("#new-collection").queryButton().isDisabled()).as("collections of one's own are an editor's").isTrue();
            assertThat(robot.lookup("#save-search").queryButton().getText()).isEqualTo("Save Search\u2026 (Editor role)");
            var file = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().get(0);
            assertThat(file.getItems()).filteredOn(i -> i.getText() != null && i.getText().startsWith("Import Files"))
                    .singleElement().satisfies(i -> {
                        assertThat(i.isDisable()).isTrue();
                        assertThat(i.getText()).endsWith("Importing files needs the Editor role.");
                    });
            assertThat(w.context.connectionSummary()).startsWith("viewer person (Viewer) \u00B7 " + login("viewer") + " @ ");
            Screenshots.save(w.stage.getScene(), "roles-viewer");
        }
    }

    @Test
    void anEditorCannotChooseApproveAndTheDatabaseRefusesWhatTheirRoleNoLongerHas() throws Exception {
        try (ShownWindow w = as("editor")) {
            selectGlacier();
            @SuppressWarnings("unchecked")
            ComboBox<ReviewStatus> review = robot.lookup("#edit-review").queryAs(ComboBox.class);
            robot.clickOn(review);
            waitFor(() -> robot.lookup(".combo-box-popup .list-cell").queryAll().size() >= 2);
            ListCell<?> approve = robot.lookup(".combo-box-popup .list-cell").queryAll().stream().map(n -> (ListCell<?>) n)
                    .filter(c -> c.getItem() == ReviewStatus.APPROVED).findFirst().orElseThrow();
            assertThat(approve.isDisabled()).as("Approve is not offered to an editor").isTrue();
            assertThat(approve.getTooltip().getText()).isEqualTo("Approving or rejecting needs the Content manager role.");
            Screenshots.save(approve.getScene(), "roles-editor-approve");
            robot.push(KeyCode.ESCAPE);

            // Their role is taken away while the window is open: the save is refused by the database, and said so.
            TestDatabases.execute(server.jdbcUrl(), server.user(), server.password(), "revoke reelbase_editor from " + login("editor")
                    + "; grant reelbase_viewer to " + login("editor"));
            robot.clickOn("#edit-title").push(KeyCode.CONTROL, KeyCode.A).write("Glacier, mine");
            robot.clickOn("#edit-save");
            waitFor(() -> robot.lookup("#edit-message").queryAs(Label.class).getText().contains("the database refused it"));
            assertThat(robot.lookup("#edit-message").queryAs(Label.class).getText()).contains("Your role may not do that with assets");
            assertThat(robot.lookup("#edit-title").queryAs(TextField.class).getText()).as("the typing is kept").isEqualTo("Glacier, mine");
            Screenshots.save(w.stage.getScene(), "roles-editor-refused");
        }
        try (Database db = Database.open(server)) {
            assertThat(db.repositories().assets().find(pending.id()).orElseThrow().title()).isEqualTo("Glacier");
        }
    }

    @Test
    void anAdminAddsAPersonOnThePeopleScreenAndChecksTheAuditTrail() throws Exception {
        try (ShownWindow w = as("admin")) {
            assertThat(tabs()).contains("People", "Audit Trail");
            robot.clickOn("#tab-people");
            waitFor(() -> robot.lookup("#people-table").queryAs(TableView.class).getItems().size() >= 3);
            robot.clickOn("#people-login").write(login("added"));
            robot.clickOn("#people-name").write("Added Person");
            robot.clickOn("#people-password").write("s3cret");
            robot.clickOn("#people-again").write("s3cret");
            robot.clickOn("#people-add");
            waitFor(() -> robot.lookup("#people-notice").queryAs(Label.class).getText().startsWith("Added " + login("added")));
            waitFor(() -> robot.lookup("#people-table").queryAs(TableView.class).getItems().stream()
                    .anyMatch(p -> ((io.reelbase.core.user.People.Person) p).login().equals(login("added"))));
            Screenshots.save(w.stage.getScene(), "roles-admin-people");
            // A login the server already has becomes a person here without a password being set.
            robot.clickOn("#people-login").write(login("existing"));
            robot.clickOn("#people-existing");
            assertThat(robot.lookup("#people-password").queryAs(javafx.scene.control.PasswordField.class).isDisabled()).isTrue();
            robot.clickOn("#people-add");
            waitFor(() -> robot.lookup("#people-notice").queryAs(Label.class).getText().startsWith("Added " + login("existing")));

            robot.clickOn("#tab-audit");
            waitFor(() -> !robot.lookup("#audit-table").queryAs(TableView.class).getItems().isEmpty());
            robot.clickOn("#audit-verify");
            waitFor(() -> robot.lookup("#audit-chain").queryAs(Label.class).getText().startsWith("Intact: "));
            Screenshots.save(w.stage.getScene(), "roles-admin-audit");

            java.nio.file.Path csv = java.nio.file.Files.createTempFile("audit", ".csv");
            dialogs.saveTo = csv;
            robot.clickOn("#audit-export");
            waitFor(() -> robot.lookup("#audit-notice").queryAs(Label.class).getText().startsWith("Exported "));
            java.util.List<String> lines = java.nio.file.Files.readAllLines(csv);
            assertThat(lines.get(0)).isEqualTo("id,occurred_at,action,status,login,actor,asset_id,component,change,metadata");
            assertThat(lines).anySatisfy(l -> assertThat(l).contains(",ADMIN_CHANGE,", login("added"), "role: \u2014 \u2192 EDITOR")
                            .doesNotContain("s3cret"))
                    .anySatisfy(l -> assertThat(l).contains(",REVIEW_CHANGE,", pending.id().toString(), "review_status: DRAFT \u2192 PENDING_REVIEW"));
        }
        try (Database db = Database.open(server)) {
            assertThat(db.people().list()).anySatisfy(p -> assertThat(p.login()).isEqualTo(login("existing"))).anySatisfy(p -> {
                assertThat(p.login()).isEqualTo(login("added"));
                assertThat(p.role()).isEqualTo(io.reelbase.core.user.AppRole.EDITOR);
                assertThat(p.canLogIn()).isTrue();
            });
        }
    }
}
