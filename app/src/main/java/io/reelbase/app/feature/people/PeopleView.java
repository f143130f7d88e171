package io.reelbase.app.feature.people;

import io.reelbase.core.user.AppRole;
import io.reelbase.core.user.People;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.Subscription;

/** The People screen: the table of everyone who may log in; adding a person; the selected person's role, login and password. */
public final class PeopleView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault());
    private final PeopleViewModel model;
    private final SplitPane root = new SplitPane();
    private final TableView<People.Person> table = new TableView<>();
    private Subscription selection;

    public PeopleView(PeopleViewModel model) {
        this.model = model;
        table.setId("people-table");
        table.setItems(model.people());
        table.setPlaceholder(new Label("Nobody yet."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(column("Login", People.Person::login), column("Name", People.Person::displayName),
                column("Role", p -> p.role().label()), column("State", p -> p.active() && p.canLogIn() ? "may log in" : "disabled"),
                column("Last login", p -> p.lastLogin() == null ? "never" : WHEN.format(p.lastLogin()))));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            if (p != model.selectedProperty().get()) {
                model.select(p);
            }
        });
        VBox side = new VBox(18, addForm(), selectedForm(), notice());
        side.setPadding(new Insets(14));
        root.getItems().addAll(table, side);
        root.setDividerPositions(0.6);
    }

    private static TableColumn<People.Person, String> column(String name, Function<People.Person, String> value) {
        TableColumn<People.Person, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    private Node addForm() {
        TextField login = field("people-login", "lower-case letters, digits, _");
        login.textProperty().bindBidirectional(model.loginProperty());
        TextField name = field("people-name", "as shown; the login if empty");
        name.textProperty().bindBidirectional(model.nameProperty());
        ComboBox<AppRole> role = roles("people-new-role");
        role.valueProperty().bindBidirectional(model.newRoleProperty());
        PasswordField pw = password("people-password", model.passwordProperty());
        PasswordField again = password("people-again", model.againProperty());
        javafx.scene.control.CheckBox existing = new javafx.scene.control.CheckBox("The server already has this login (no password set here)");
        existing.setId("people-existing");
        existing.selectedProperty().bindBidirectional(model.existingLoginProperty());
        pw.disableProperty().bind(existing.selectedProperty());
        again.disableProperty().bind(existing.selectedProperty());
        Button add = new Button("Add Person");
        add.setId("people-add");
        add.disableProperty().bind(model.loginProperty().isEmpty());
        add.setOnAction(e -> model.add());
        GridPane g = grid("Add a person");
        int r = 1;
        g.addRow(r++, label("Login"), login);
        g.addRow(r++, label("Name"), name);
        g.addRow(r++, label("Role"), role);
        g.addRow(r++, label("Password"), pw);
        g.addRow(r++, label("Again"), again);
        g.add(existing, 1, r++);
        g.add(add, 1, r);
        return g;
    }

    private Node selectedForm() {
        Label who = new Label();
        who.getStyleClass().add("section-title");
        who.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() == null ? "Select a person in the table"
                : model.selectedProperty().get().displayName() + " (" + model.selectedProperty().get().login() + ")", model.selectedProperty()));
        ComboBox<AppRole> role = roles("people-role");
        role.valueProperty().bindBidirectional(model.roleProperty());
        Button change = new Button("Change Role");
        change.setId("people-change-role");
        change.setOnAction(e -> model.changeRole());
        Button toggle = new Button();
        toggle.setId("people-toggle");
        toggle.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() != null
                && !(model.selectedProperty().get().active() && model.selectedProperty().get().canLogIn()) ? "Enable" : "Disable",
                model.selectedProperty()));
        toggle.setOnAction(e -> model.toggleEnabled());
        PasswordField pw = password("people-new-password", model.newPasswordProperty());
        PasswordField again = password("people-new-again", model.newAgainProperty());
        pw.setPrefColumnCount(14);
        again.setPrefColumnCount(14);
        Button set = new Button("Set Password");
        set.setId("people-set-password");
        set.setOnAction(e -> model.setPassword());
        for (Button b : new Button[] {change, toggle, set}) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        GridPane g = grid(null);
        g.add(who, 0, 0, 2, 1);
        g.addRow(1, label("Role"), new HBox(8, role, change));
        g.addRow(2, label("Login"), toggle);
        g.addRow(3, label("New password"), pw);
        g.addRow(4, label("Again"), new HBox(8, again, set));
        g.disableProperty().bind(model.selectedProperty().isNull());
        return g;
    }

    private Node notice() {
        Label notice = new Label();
        notice.setId("people-notice");
        notice.getStyleClass().add("notice");
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty());
        return notice;
    }

    private static GridPane grid(String title) {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        if (title != null) {
            Label t = new Label(title);
            t.getStyleClass().add("section-title");
            g.add(t, 0, 0, 2, 1);
        }
        return g;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(20);
        return f;
    }

    private static PasswordField password(String id, javafx.beans.property.StringProperty value) {
        PasswordField f = new PasswordField();
        f.setId(id);
        f.setPrefColumnCount(20);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static ComboBox<AppRole> roles(String id) {
        ComboBox<AppRole> c = new ComboBox<>(FXCollections.observableArrayList(AppRole.values()));
        c.setId(id);
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(AppRole r) {
                return r == null ? "" : r.label();
            }

            @Override
            public AppRole fromString(String s) {
                return null;
            }
        });
        return c;
    }

    public void activate() {
        selection = model.selectedProperty().subscribe(p -> {
            if (p == null) {
                table.getSelectionModel().clearSelection();
            } else if (p != table.getSelectionModel().getSelectedItem()) {
                table.getItems().stream().filter(x -> x.login().equals(p.login())).findFirst().ifPresent(x -> table.getSelectionModel().select(x));
            }
        });
        model.load();
    }

    public void deactivate() {
        if (selection != null) {
            selection.unsubscribe();
        }
    }

    public Node node() {
        return root;
    }
}
