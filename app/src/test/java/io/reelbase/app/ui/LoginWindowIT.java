package io.reelbase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.app.feature.login.LoginView;
import io.reelbase.app.feature.login.LoginViewModel;
import io.reelbase.app.feature.login.ServerLogin;
import io.reelbase.persistence.Database;
import io.reelbase.persistence.DatabaseSettings;
import io.reelbase.persistence.EmbeddedServer;
import io.reelbase.persistence.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The connection form on a server that wants passwords: a wrong password, a disabled login and a server out of reach
 * each say what happened, keep what was typed but the password, and the right password opens the catalogue as that
 * person.
 */
class LoginWindowIT {
    private final FxRobot robot = new FxRobot();

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String message() {
        return robot.lookup("#login-message").queryAs(Label.class).getText();
    }

    private void tryPassword(String password) {
        robot.clickOn("#login-password").write(password);
        robot.clickOn("#login-connect");
    }

    @Test
    void eachFailureSaysWhatHappenedAndTheRightPasswordOpensTheCatalogue(@TempDir Path serverHome) throws Exception {
        try (EmbeddedServer server = EmbeddedServer.start(serverHome, false)) {
            String url = server.jdbcUrl().replaceFirst("\\?.*$", "");
            try (Database team = Database.open(DatabaseSettings.server(url, server.user(), null))) {
                team.people().add("ann", "Ann Lee", io.reelbase.core.user.AppRole.EDITOR, "ann-secret".toCharArray());
                team.people().add("bob", "Bob", io.reelbase.core.user.AppRole.VIEWER, "bob-secret".toCharArray());
                team.people().setEnabled("bob", false);
            }
            Files.write(serverHome.resolve("pgdata/pg_hba.conf"), List.of("local all all trust",
                    "host all postgres 127.0.0.1/32 trust", "host all postgres ::1/128 trust",
                    "host all all 127.0.0.1/32 scram-sha-256", "host all all ::1/128 scram-sha-256"));
            TestDatabases.execute(server.jdbcUrl(), server.user(), null, "select pg_reload_conf()");

            TaskRunner runner = new TaskRunner(2);
            AtomicReference<Database> opened = new AtomicReference<>();
            LoginViewModel<Database> model = new LoginViewModel<>(runner,
                    l -> Database.open(DatabaseSettings.server(l.jdbcUrl(), l.user(), l.password() == null ? null : new String(l.password()))),
                    opened::set);
            FxToolkit.registerPrimaryStage();
            FxToolkit.setupStage(s -> {
                model.fill(ServerLogin.of(url, "ann"), null);
                LoginView view = new LoginView(model, "Reelbase");
                Scene scene = new Scene(view.node(), 1280, 800);
                scene.getStylesheets().add(Theme.stylesheet());
                s.setScene(scene);
                s.show();
            });
            assertThat(robot.lookup("#login-host").queryAs(TextField.class).getText()).isEqualTo("localhost");
            assertThat(robot.lookup("#login-user").queryAs(TextField.class).getText()).isEqualTo("ann");

            tryPassword("wrong");
            waitFor(() -> message().contains("refused the login of 'ann'"));
            assertThat(robot.lookup("#login-password").queryAs(PasswordField.class).getText()).as("the password is not kept").isEmpty();
            Screenshots.save(robot.lookup("#login-connect").query().getScene(), "login-refused");

            robot.doubleClickOn("#login-user").write("bob");
            tryPassword("bob-secret");
            waitFor(() -> message().contains("The login 'bob' is disabled"));
            assertThat(message()).contains("reelbase admin enable bob");

            robot.doubleClickOn("#login-port").write("1");
            tryPassword("bob-secret");
            waitFor(() -> message().contains("Cannot reach the database server"));

            robot.doubleClickOn("#login-port").write(String.valueOf(server.port()));
            robot.doubleClickOn("#login-user").write("ann");
            tryPassword("ann-secret");
            waitFor(() -> opened.get() != null);
            try (Database db = opened.get()) {
                assertThat(db.signedIn().login()).isEqualTo("ann");
                assertThat(db.signedIn().describe()).isEqualTo("Ann Lee (Editor)");
            }
            runner.close();
        }
    }
}
