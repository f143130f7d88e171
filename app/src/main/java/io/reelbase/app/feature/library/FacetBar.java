package io.reelbase.app.feature.library;

import io.reelbase.app.ui.Subscriptions;
import io.reelbase.core.asset.AssetFilter;
import io.reelbase.core.asset.Facet;
import io.reelbase.core.asset.FacetCount;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.DatePicker;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/** One menu per facet with each value's count (a chosen value shows on its button), the dates added, and Clear. */
final class FacetBar {
    private final LibraryViewModel model;
    private final HBox facets = new HBox(5);
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final FlowPane root;
    private final Subscriptions subscriptions = new Subscriptions();

    FacetBar(LibraryViewModel model, Runnable clearSearch) {
        this.model = model;
        facets.setAlignment(Pos.CENTER_LEFT);
        facets.setId("facet-bar");
        from.setPromptText("Added from");
        to.setPromptText("to");
        from.setPrefWidth(122);
        to.setPrefWidth(122);
        from.setId("added-from");
        to.setId("added-to");
        from.valueProperty().addListener((o, a, b) -> model.addedBetween(b, to.getValue()));
        to.valueProperty().addListener((o, a, b) -> model.addedBetween(from.getValue(), b));
        Button clear = new Button("Clear");
        clear.setId("clear-filters");
        clear.getStyleClass().add("flat");
        clear.setOnAction(e -> {
            clearSearch.run();
            from.setValue(null);
            to.setValue(null);
            model.clearRefinements();
        });
        root = new FlowPane(6, 6, facets, new Separator(Orientation.VERTICAL), from, to, clear);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(0, 14, 8, 14));
    }

    void activate() {
        subscriptions.follow(model.facets().countsProperty(), this::draw);
        subscriptions.follow(model.refinementsProperty(), r -> draw(model.facets().countsProperty().get()));
    }

    void deactivate() {
        subscriptions.release();
    }

    private void draw(Map<Facet, List<FacetCount>> counts) {
        AssetFilter chosen = model.refinementsProperty().get();
        facets.getChildren().clear();
        for (Facet facet : Facet.values()) {
            facets.getChildren().add(menu(facet, counts.getOrDefault(facet, List.of()), chosen.value(facet)));
        }
    }

    private MenuButton menu(Facet facet, List<FacetCount> values, Optional<String> picked) {
        MenuButton button = new MenuButton();
        button.setId("facet-" + facet.name().toLowerCase(Locale.ROOT));
        button.getStyleClass().add("facet");
        if (picked.isPresent()) {
            button.getStyleClass().add("facet-chosen");
            button.setText(facet.label() + ": " + display(facet, picked.get()));
            MenuItem clear = new MenuItem("Any " + facet.label().toLowerCase(Locale.ROOT));
            clear.setOnAction(e -> model.clearFacet(facet));
            button.getItems().addAll(clear, new SeparatorMenuItem());
        } else {
            button.setText(facet.label());
        }
        for (FacetCount v : values) {
            CheckMenuItem item = new CheckMenuItem(String.format(Locale.ROOT, "%s  (%,d)", display(facet, v.value()), v.count()));
            item.setSelected(picked.map(p -> p.equals(v.value())).orElse(false));
            item.setOnAction(e -> model.choose(facet, v.value()));
            button.getItems().add(item);
        }
        if (values.isEmpty()) {
            MenuItem none = new MenuItem("No values in this list");
            none.setDisable(true);
            button.getItems().add(none);
        }
        return button;
    }

    private static String display(Facet facet, String value) {
        return switch (facet) {
            case TYPE, STATUS, REVIEW, SOURCE, CONDITION -> AssetRow.label(value);
            default -> value;
        };
    }

    Node node() {
        return root;
    }
}
