package io.reelbase.app.feature.login;

import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The connection form shown before the window when Reelbase works on a team's server. */
public final class LoginView {
    private final VBox root;
    private final PasswordField password;

    public LoginView(LoginViewModel<?> model, String heading) {
        Label title = new Label(heading);
        title.getStyleClass().add("startup-title");
        TextField host = field("login-host", model.hostProperty(), 18);
        TextField port = field("login-port", model.portProperty(), 5);
        TextField database = field("login-database", model.databaseProperty(), 18);
        TextField user = field("login-user", model.userProperty(), 18);
        password = new PasswordField();
        password.setId("login-password");
        password.setPrefColumnCount(18);
        password.textProperty().bindBidirectional(model.passwordProperty());
        password.setOnAction(e -> model.connect());
        ComboBox<String> ssl = new ComboBox<>(FXCollections.observableArrayList(ServerLogin.SSL_MODES));
        ssl.setId("login-ssl");
        ssl.valueProperty().bindBidirectional(model.sslModeProperty());
        Button connect = new Button("Connect");
        connect.setId("login-connect");
        connect.setDefaultButton(true);
        connect.getStyleClass().add("accent");
        connect.disableProperty().bind(model.busyProperty());
        connect.setOnAction(e -> model.connect());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(20, 20);
        spinner.visibleProperty().bind(model.busyProperty());
        Label message = new Label();
        message.setId("login-message");
        message.setWrapText(true);
        message.setMaxWidth(460);
        message.textProperty().bind(model.messageProperty());
        Label hint = new Label("The password is used for this connection only and never kept; one in ~/.pgpass is used without asking.");
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.setMaxWidth(460);

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        form.setAlignment(Pos.CENTER);
        int r = 0;
        form.addRow(r++, new Label("Server"), new HBox(6, host, new Label(":"), port));
        form.addRow(r++, new Label("Database"), database);
        form.addRow(r++, new Label("Login"), user);
        form.addRow(r++, new Label("Password"), password);
        form.addRow(r++, new Label("TLS"), ssl);
        form.add(new HBox(10, connect, spinner), 1, r);
        root = new VBox(16, title, form, message, hint);
        root.setAlignment(Pos.CENTER);
        root.getStyleClass().add("startup");
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    /** Puts the cursor in the password field (what is usually left to type). */
    public void focusPassword() {
        password.requestFocus();
    }

    public javafx.scene.Parent node() {
        return root;
    }
}
