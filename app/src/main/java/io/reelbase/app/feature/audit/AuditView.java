package io.reelbase.app.feature.audit;

import io.reelbase.core.audit.ActionRecord;
import io.reelbase.core.audit.ActionType;
import io.reelbase.core.audit.StateDiff;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The Audit Trail screen: filters above, the records on the left, the selected one's change and the chain check on the right. */
public final class AuditView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneId.systemDefault());
    private final AuditViewModel model;
    private final BorderPane root = new BorderPane();
    private final TableView<ActionRecord> table = new TableView<>();

    public AuditView(AuditViewModel model) {
        this.model = model;
        table.setId("audit-table");
        table.setItems(model.records());
        table.setPlaceholder(new Label("No records match."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(column("Row", 50, r -> String.valueOf(r.id())), column("When", 150, r -> WHEN.format(r.occurredAt())),
                column("Action", 140, r -> r.type().name()),
                column("Login", 80, r -> r.login() == null ? "" : r.login()), column("As", 80, r -> r.actor() == null ? "" : r.actor()),
                column("Asset", 80, r -> r.assetId() == null ? "" : r.assetId().toString().substring(0, 8)),
                column("Change", 200, r -> String.join("; ", summary(r)))));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> model.select(r));
        TextArea detail = new TextArea();
        detail.setId("audit-detail");
        detail.setEditable(false);
        detail.setWrapText(true);
        detail.textProperty().bind(model.detailProperty());
        Label chain = new Label();
        chain.setId("audit-chain");
        chain.setWrapText(true);
        chain.textProperty().bind(model.chainStateProperty());
        Button verify = new Button("Verify Chain");
        verify.setId("audit-verify");
        verify.setOnAction(e -> model.verify());
        Label title = new Label("The selected record");
        title.getStyleClass().add("section-title");
        Label chains = new Label("Hash chains");
        chains.getStyleClass().add("section-title");
        VBox side = new VBox(8, title, detail, chains, verify, chain);
        side.setPadding(new Insets(10));
        VBox.setVgrow(detail, javafx.scene.layout.Priority.ALWAYS);
        SplitPane split = new SplitPane(table, side);
        split.setDividerPositions(0.68);
        root.setTop(filters());
        root.setCenter(split);
    }

    private static List<String> summary(ActionRecord r) {
        List<String> out = new ArrayList<>(StateDiff.lines(r.stateBefore(), r.stateAfter()));
        r.metadata().forEach((k, v) -> out.add(k + " = " + v));
        return out;
    }

    private Node filters() {
        TextField asset = new TextField();
        asset.setId("audit-asset");
        asset.setPromptText("Asset id");
        asset.setPrefColumnCount(18);
        asset.textProperty().bindBidirectional(model.assetProperty());
        TextField person = new TextField();
        person.setId("audit-person");
        person.setPromptText("Person (login)");
        person.setPrefColumnCount(10);
        person.textProperty().bindBidirectional(model.personProperty());
        List<ActionType> types = new ArrayList<>();
        types.add(null);
        types.addAll(List.of(ActionType.values()));
        ComboBox<ActionType> type = new ComboBox<>(FXCollections.observableArrayList(types));
        type.setId("audit-type");
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(ActionType t) {
                return t == null ? "Any action" : t.name();
            }

            @Override
            public ActionType fromString(String s) {
                return null;
            }
        });
        type.valueProperty().bindBidirectional(model.typeProperty());
        DatePicker from = new DatePicker();
        from.setPromptText("From");
        from.setPrefWidth(130);
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = new DatePicker();
        to.setPromptText("To");
        to.setPrefWidth(130);
        to.valueProperty().bindBidirectional(model.toProperty());
        Button show = new Button("Show");
        show.setId("audit-show");
        show.setDefaultButton(true);
        show.setOnAction(e -> model.load());
        Button export = new Button("Export CSV\u2026");
        export.setId("audit-export");
        export.setOnAction(e -> model.exportCsv());
        Label notice = new Label();
        notice.setId("audit-notice");
        notice.getStyleClass().add("notice");
        notice.textProperty().bind(model.noticeProperty());
        FlowPane bar = new FlowPane(8, 8, asset, person, type, from, to, show, export, notice);
        bar.setPadding(new Insets(10));
        return bar;
    }

    private static TableColumn<ActionRecord, String> column(String name, double width, Function<ActionRecord, String> value) {
        TableColumn<ActionRecord, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    public void activate() {
        model.load();
    }

    public void deactivate() {
    }

    public Node node() {
        return root;
    }
}
