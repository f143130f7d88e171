package io.reelbase.app.feature.library;

import io.reelbase.app.ui.Subscriptions;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
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
        VBox box = new VBox(10, preview.node(), heading, summary, empty, form.form(), related.node(), facts.node());
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
    }

    void deactivate() {
        subscriptions.release();
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
