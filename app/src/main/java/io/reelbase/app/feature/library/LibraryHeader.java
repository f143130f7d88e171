package io.reelbase.app.feature.library;

import io.reelbase.app.ui.Subscriptions;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Above the list: the section's name and count, the search field, Save Search, the facet bar and the last notice. */
final class LibraryHeader {
    private final LibraryViewModel model;
    private final Label heading = new Label();
    private final Label countLabel = new Label();
    private final Label notice = new Label();
    private final TextField search = new TextField();
    private final ProgressIndicator spinner = new ProgressIndicator();
    private final FacetBar facetBar;
    private final VBox root;
    private final Subscriptions subscriptions = new Subscriptions();

    LibraryHeader(LibraryViewModel model) {
        this.model = model;
        this.facetBar = new FacetBar(model, search::clear);
        heading.getStyleClass().add("screen-title");
        heading.setId("library-title");
        countLabel.getStyleClass().add("muted");
        countLabel.setId("library-count");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        spinner.setMaxSize(18, 18);
        search.setId("library-search");
        search.setPromptText("Search titles, descriptions, tags, file names");
        search.setPrefColumnCount(26);
        // Results follow the typing, a quarter second after the last key.
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(250));
        pause.setOnFinished(e -> model.search(search.getText()));
        search.textProperty().addListener((o, a, b) -> pause.playFromStart());
        search.setOnAction(e -> {
            pause.stop();
            model.search(search.getText());
        });
        Button saveSearch = new Button("Save Search\u2026");
        saveSearch.setId("save-search");
        InspectorLayout.offerOnlyIf(saveSearch, model.form().mayEdit());
        saveSearch.setOnAction(e -> model.saveSearch());
        HBox header = new HBox(10, heading, countLabel, spacer, search, saveSearch, spinner);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(10, 14, 6, 14));
        notice.setId("library-notice");
        notice.getStyleClass().add("notice");
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        notice.visibleProperty().bind(notice.textProperty().isNotEmpty());
        notice.setPadding(new Insets(0, 14, 6, 14));
        root = new VBox(header, facetBar.node(), notice);
        root.getStyleClass().add("screen-header");
    }

    void activate() {
        AssetList list = model.list();
        subscriptions.follow(model.sectionProperty(), s -> heading.setText(s.label()));
        subscriptions.follow(list.loadingProperty(), spinner::setVisible);
        subscriptions.follow(model.noticeProperty(), notice::setText);
        subscriptions.follow(model.facets().matchingProperty(), n -> updateCount());
        subscriptions.follow(list.hasMoreProperty(), m -> updateCount());
        subscriptions.onChange(list.rows(), this::updateCount);
        subscriptions.follow(model.queryProperty(), q -> {
            if (!q.equals(search.getText().strip())) {
                search.setText(q);
            }
        });
        facetBar.activate();
    }

    void deactivate() {
        subscriptions.release();
        facetBar.deactivate();
    }

    private void updateCount() {
        long shown = model.list().rows().size();
        long all = model.facets().matchingProperty().get();
        countLabel.setText(model.list().hasMoreProperty().get() && all >= 0
                ? String.format(Locale.ROOT, "%,d of %,d", shown, all)
                : String.format(Locale.ROOT, "%,d", shown));
    }

    Node node() {
        return root;
    }
}
