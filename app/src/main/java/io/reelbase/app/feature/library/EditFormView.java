package io.reelbase.app.feature.library;

import static io.reelbase.app.feature.library.InspectorLayout.labelled;

import io.reelbase.core.asset.ReviewStatus;
import io.reelbase.core.user.Permission;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The edit form's fields (one asset, or what several share) and, kept in view below them, Save, Undo and the outcome. */
final class EditFormView {
    private final VBox form = new VBox(8);
    private final VBox singleOnly = new VBox(8);
    private final VBox batchOnly = new VBox(8);
    private final VBox footer = new VBox(6);

    EditFormView(EditForm editor) {
        TextField title = new TextField();
        title.setId("edit-title");
        title.textProperty().bindBidirectional(editor.titleProperty());
        title.promptTextProperty().bind(editor.titleHintProperty());
        TextArea description = area("edit-description", 3, null);
        description.setWrapText(true);
        description.textProperty().bindBidirectional(editor.descriptionProperty());
        description.promptTextProperty().bind(editor.descriptionHintProperty());
        ComboBox<ReviewStatus> review = new ComboBox<>(editor.allowedReviews());
        review.setId("edit-review");
        review.valueProperty().bindBidirectional(editor.reviewProperty());
        review.setPromptText("Leave as they are");
        review.setButtonCell(new ReviewCell("Leave as they are", r -> Optional.empty()));
        review.setCellFactory(l -> new ReviewCell(null, editor::refusal));
        review.setMaxWidth(Double.MAX_VALUE);

        TagField tags = new TagField(editor.tags(), "tag-keep", editor::addTag, editor::removeTag, editor::suggestTags,
                "Add a tag and press Enter");
        tags.input().setId("edit-tags");
        Label removing = new Label("Taking off all selected:");
        removing.getStyleClass().add("muted");
        TagField remove = new TagField(editor.removeTags(), "tag-remove", editor::removeTag, editor::addTag,
                prefix -> editor.tagsInSelection().stream()
                        .filter(t -> t.toLowerCase(Locale.ROOT).contains(prefix.toLowerCase(Locale.ROOT))).toList(),
                "Tag to remove from all");
        remove.input().setId("edit-remove-tags");
        batchOnly.getChildren().addAll(removing, remove);

        TextArea custom = area("edit-custom-fields", 3, "name: value, one per line");
        custom.textProperty().bindBidirectional(editor.customFieldsProperty());
        TextArea operational = area("edit-operational-tags", 2, "name: value, one per line");
        operational.textProperty().bindBidirectional(editor.operationalTagsProperty());
        singleOnly.getChildren().addAll(labelled("Custom fields", custom), labelled("Operational tags", operational));

        form.getChildren().addAll(InspectorLayout.sectionLabel("Edit"), labelled("Title", title), labelled("Tags", tags), batchOnly,
                labelled("Description", description), labelled("Review", review), singleOnly);
        buildFooter(editor);
        if (!editor.mayEdit()) {
            // Shown, not editable: what a viewer reads is all there; saving would be refused by the database anyway.
            form.getChildren().forEach(n -> n.setDisable(true));
            form.getChildren().set(0, InspectorLayout.sectionLabel("Details"));
            Label why = new Label("Viewing only: " + Permission.EDIT_METADATA.needs());
            why.setId("edit-not-offered");
            why.setWrapText(true);
            why.getStyleClass().add("muted");
            form.getChildren().add(1, why);
            footer.setDisable(true);
        }
    }

    private void buildFooter(EditForm editor) {
        Button save = new Button("Save");
        save.setId("edit-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> editor.save());
        Button undo = new Button("Undo Last Edit");
        undo.setId("edit-undo");
        undo.setOnAction(e -> editor.undo());
        undo.setTooltip(new Tooltip("Puts back what the last edit changed, as a new version"));
        Button discard = new Button("Discard");
        discard.setId("edit-discard");
        discard.getStyleClass().add("flat");
        discard.setOnAction(e -> editor.discard());
        discard.setTooltip(new Tooltip("Forgets what you typed and shows the newest version"));
        discard.visibleProperty().bind(editor.dirtyProperty());
        discard.managedProperty().bind(discard.visibleProperty());
        Label message = new Label();
        message.setId("edit-message");
        message.setWrapText(true);
        message.textProperty().bind(editor.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        for (Button b : new Button[] {save, undo, discard}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        footer.getChildren().addAll(new FlowPane(8, 6, save, undo, discard), message);
        footer.getStyleClass().add("inspector-footer");
        footer.setPadding(new Insets(8, 14, 10, 14));
    }

    private static TextArea area(String id, int rows, String prompt) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setPrefRowCount(rows);
        if (prompt != null) {
            a.setPromptText(prompt);
        }
        return a;
    }

    /** Shows the form for nothing (hidden), one asset or several. */
    void showFor(int selected) {
        InspectorLayout.show(form, selected > 0);
        InspectorLayout.show(footer, selected > 0);
        InspectorLayout.show(singleOnly, selected <= 1);
        InspectorLayout.show(batchOnly, selected > 1);
    }

    Node form() {
        return form;
    }

    /** Save, Undo, Discard and the outcome, under the scrolling part of the inspector. */
    Node footer() {
        return footer;
    }

    /** A review choice; one the person's role lacks is shown disabled, with a tooltip saying which role has it. */
    private static final class ReviewCell extends ListCell<ReviewStatus> {
        private final String whenNone;
        private final Function<ReviewStatus, Optional<String>> refusal;

        ReviewCell(String whenNone, Function<ReviewStatus, Optional<String>> refusal) {
            this.whenNone = whenNone;
            this.refusal = refusal;
        }

        @Override
        protected void updateItem(ReviewStatus item, boolean empty) {
            super.updateItem(item, empty);
            Optional<String> no = empty || item == null ? Optional.empty() : refusal.apply(item);
            setText(empty || item == null ? whenNone : AssetRow.label(item.name()) + (no.isPresent() ? " (not your role)" : ""));
            setDisable(no.isPresent());
            setTooltip(no.map(Tooltip::new).orElse(null));
        }
    }
}
