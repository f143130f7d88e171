package io.reelbase.app.feature.library;

import io.reelbase.app.ui.Subscriptions;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The right-hand panel: the {@link PreviewPane}, the focused asset's name and summary, the
 * {@link EditFormView}, the {@link RelatedStrip} and the {@link TechnicalFactsView}.
 */
final class InspectorPane {
    private final LibraryViewModel model;
    private final BorderPane root = new BorderPane();
    private final PreviewPane preview;
    private final EditFormView form;
    private final RelatedStrip related;
    private final TechnicalFactsView facts = new TechnicalFactsView();
    private final Label heading = new Label();
    private final Label summary = new Label();
    private final Label empty = new Label("Select an asset to see its details. Ctrl-click or Shift-click to select several and edit them together.");
    private final Subscriptions subscriptions = new Subscriptions();
    private final Button history = new Button("Version History\u2026");
    private final VBox banner = new VBox(6);

    InspectorPane(LibraryViewModel model, PictureCache pictures, Runnable openViewer) {
        this.model = model;
        this.preview = new PreviewPane(model, pictures, root.widthProperty(), openViewer);
        this.form = new EditFormView(model.form());
        this.related = new RelatedStrip(model, pictures);
        heading.getStyleClass().add("inspector-title");
        heading.setWrapText(true);
        empty.getStyleClass().add("muted");
        empty.setWrapText(true);
        summary.getStyleClass().add("muted");
        summary.setWrapText(true);
        history.setId("inspector-history");
        history.getStyleClass().add("flat");
        history.setOnAction(e -> model.openHistory());
        buildBanner();
        VBox box = new VBox(10, preview.node(), heading, summary, history, banner, empty, form.form(), related.node(), facts.node());
        box.setPadding(new Insets(14));
        box.getStyleClass().add("inspector");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        root.setCenter(scroll);
        root.setBottom(form.footer());
        root.setPrefWidth(320);
        root.setMinWidth(260);
        root.setId("inspector");
        show();
    }

    void activate() {
        preview.activate();
        related.activate();
        subscriptions.follow(model.selection().focusProperty(), row -> show());
        subscriptions.follow(model.focusedAssetProperty(), a -> show());
        subscriptions.onChange(model.selection().items(), this::show);
        subscriptions.follow(model.focus().technicalProperty(), t -> showTechnical());
        subscriptions.follow(model.live().bannerProperty(), t -> InspectorLayout.show(banner, !t.isEmpty()));
        model.live().start();
    }

    /** "Ann changed the title just now" with Show Changes (the history at those changes) and Dismiss. */
    private void buildBanner() {
        Label text = new Label();
        text.setId("live-banner-text");
        text.setWrapText(true);
        text.textProperty().bind(model.live().bannerProperty());
        Button show = new Button("Show Changes");
        show.setMinWidth(Button.USE_PREF_SIZE);
        show.setId("live-banner-show");
        show.setOnAction(e -> model.openHistory());
        Button dismiss = new Button("\u2715");
        dismiss.getStyleClass().add("flat");
        dismiss.setOnAction(e -> model.live().dismiss());
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        HBox buttons = new HBox(6, show, gap, dismiss);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        banner.getChildren().setAll(text, buttons);
        banner.setId("live-banner");
        banner.getStyleClass().add("live-banner");
        InspectorLayout.show(banner, false);
    }

    void deactivate() {
        subscriptions.release();
        model.live().stop();
        preview.deactivate();
        related.deactivate();
    }

    /** Redraws for the current selection (called when it or the focused asset changes). */
    private void show() {
        int n = model.selection().size();
        AssetRow row = model.selection().focused();
        boolean none = n == 0 || row == null;
        boolean batch = n > 1;
        InspectorLayout.show(empty, none);
        InspectorLayout.show(history, !none && !batch);
        form.showFor(none ? 0 : n);
        summary.setText("");
        heading.setText(none ? "" : batch ? String.format(Locale.ROOT, "%d assets selected", n) : row.title());
        facts.showDetails(none || batch ? null : row, model.focusedAssetProperty().get());
        showTechnical();
        if (!none && !batch) {
            summary.setText(String.join(" \u00B7 ", Stream.of(row.type(), row.duration(), row.size(), row.status(), row.review())
                    .filter(x -> x != null && !x.isEmpty()).toList()));
        }
    }

    private void showTechnical() {
        facts.showTechnical(model.selection().size() <= 1 && model.selection().focused() != null
                ? model.focus().technicalProperty().get() : Optional.empty());
    }

    /** The focused asset's picture, for the full-size viewer. */
    Image picture() {
        return preview.picture();
    }

    Node node() {
        return root;
    }
}
