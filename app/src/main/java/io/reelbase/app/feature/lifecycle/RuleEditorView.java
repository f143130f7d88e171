package io.reelbase.app.feature.lifecycle;

import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.ReviewStatus;
import io.reelbase.core.asset.SourceSystem;
import io.reelbase.core.asset.StorageTier;
import io.reelbase.core.collection.Collection;
import io.reelbase.core.lifecycle.AgeBasis;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The rule builder: the conditions as rows (each "any" until chosen), the steps with their days, what the days count
 * from, priority and state, and below them the live count of what the rule would touch now.
 */
final class RuleEditorView {
    private final VBox root = new VBox(10);

    RuleEditorView(LifecycleViewModel model) {
        RuleDraft d = model.draft();
        TextField name = text("rule-name", "e.g. Cold rushes after 30 days", d.name);
        GridPane when = grid();
        int r = 0;
        when.addRow(r++, label("Type"), choice("rule-type", d.type, Arrays.asList(AssetType.values()), RuleEditorView::words, "any type"));
        when.addRow(r++, label("Source"), choice("rule-source", d.source, Arrays.asList(SourceSystem.values()), RuleEditorView::words,
                "any source"));
        when.addRow(r++, label("Review"), choice("rule-review", d.review, Arrays.asList(ReviewStatus.values()), RuleEditorView::words,
                "any review status"));
        when.addRow(r++, label("Collection"), choice("rule-collection", d.collection, model.collections(), Collection::name, "any collection"));
        when.addRow(r++, label("Tag"), text("rule-tag", "any tag", d.tag));
        when.addRow(r++, label("Size at least"), text("rule-min-size", "any size (e.g. 500M, 2G)", d.minSize));

        GridPane steps = grid();
        ComboBox<StorageTier> tier = choice("rule-tier", d.tier, Arrays.asList(StorageTier.values()), StorageTier::name, null);
        tier.disableProperty().bind(d.move.not());
        steps.addRow(0, check("rule-move", "Move to", d.move), new HBox(6, tier, label("after"), days("rule-move-days", d.moveDays, 0, d.move),
                label("days")));
        steps.addRow(1, check("rule-archive", "Archive", d.archive), new HBox(6, label("after"), days("rule-archive-days", d.archiveDays, 1,
                d.archive), label("days")));
        CheckBox delete = check("rule-delete", "Delete", d.delete);
        delete.setTooltip(new javafx.scene.control.Tooltip("Soft: a deleted asset leaves the library and can be restored until it is purged"
                + " after the grace period."));
        steps.addRow(2, delete, new HBox(6, label("after"), days("rule-delete-days", d.deleteDays, 1, d.delete), label("days")));
        steps.addRow(3, label("Counting"), choice("rule-since", d.since, Arrays.asList(AgeBasis.values()), AgeBasis::words, null));
        Spinner<Integer> priority = new Spinner<>(0, 10_000, 100, 10);
        priority.setId("rule-priority");
        priority.setEditable(true);
        priority.setPrefWidth(90);
        priority.getValueFactory().valueProperty().addListener((o, a, b) -> d.priority.set(b == null ? 100 : b));
        d.priority.addListener((o, a, b) -> priority.getValueFactory().setValue(b.intValue()));
        priority.setTooltip(new javafx.scene.control.Tooltip("Rules are tried in priority order, lower numbers first; the first due rule"
                + " that would change an asset acts on it."));
        steps.addRow(4, label("Priority"), new HBox(8, priority, label("(lower first)"), check("rule-active", "Active", d.active)));

        Label count = new Label();
        count.setId("rule-live-count");
        count.getStyleClass().add("live-count");
        count.setWrapText(true);
        count.textProperty().bind(model.liveCountProperty());
        Button fresh = button("rule-new", "New Rule", model::newRule);
        Button save = button("rule-save", "Save Rule", model::save);
        save.setDefaultButton(true);
        Button remove = button("rule-remove", "Remove Rule", model::remove);
        remove.disableProperty().bind(model.selectedProperty().isNull());
        Label notice = new Label();
        notice.setId("rule-notice");
        notice.getStyleClass().add("notice");
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty());
        root.getChildren().addAll(title("Rule"), new HBox(8, label("Name"), name), title("Which assets"), when, title("What happens, and when"),
                steps, count, new HBox(8, fresh, save, remove), notice);
        HBox.setHgrow(name, Priority.ALWAYS);
    }

    Node node() {
        return root;
    }

    private static String words(Enum<?> e) {
        String s = e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static <T> ComboBox<T> choice(String id, ObjectProperty<T> value, List<T> values, Function<T, String> text, String any) {
        ObservableList<T> options = FXCollections.observableArrayList();
        Runnable fill = () -> {
            List<T> now = new ArrayList<>();
            if (any != null) {
                now.add(null);
            }
            now.addAll(values);
            options.setAll(now);
        };
        fill.run();
        if (values instanceof ObservableList<T> live) {
            live.addListener((javafx.collections.ListChangeListener<T>) ch -> fill.run());
        }
        ComboBox<T> c = new ComboBox<>(options);
        c.setId(id);
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? (any == null ? "" : any) : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        c.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? (any == null ? "" : any) : text.apply(item));
            }
        });
        c.valueProperty().bindBidirectional(value);
        c.setMaxWidth(Double.MAX_VALUE);
        return c;
    }

    private static TextField text(String id, String prompt, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static CheckBox check(String id, String text, BooleanProperty value) {
        CheckBox c = new CheckBox(text);
        c.setId(id);
        c.selectedProperty().bindBidirectional(value);
        c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return c;
    }

    private static Spinner<Integer> days(String id, IntegerProperty value, int least, BooleanProperty on) {
        Spinner<Integer> s = new Spinner<>(least, 36_500, Math.max(least, value.get()));
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(90);
        s.getValueFactory().valueProperty().addListener((o, a, b) -> value.set(b == null ? least : b));
        value.addListener((o, a, b) -> s.getValueFactory().setValue(b.intValue()));
        s.disableProperty().bind(on.not());
        return s;
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return b;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(6);
        javafx.scene.layout.ColumnConstraints grow = new javafx.scene.layout.ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(), grow);
        return g;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }
}
