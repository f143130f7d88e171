package io.reelbase.app.feature.library;

import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.ReviewStatus;
import io.reelbase.core.media.TechnicalSummary;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The right-hand panel: the focused asset's picture, its facts and technical metadata in groups, and
 * the form for editing the selection (one asset or several).
 */
final class InspectorPane {
    private final LibraryViewModel model;
    private final AssetEditor editor;
    private final javafx.scene.layout.BorderPane root = new javafx.scene.layout.BorderPane();
    private final VBox footer = new VBox(6);
    private final ImageView picture = new ImageView();
    private final Label heading = new Label();
    private final Label summary = new Label();
    private final GridPane facts = grid();
    private final GridPane technical = grid();
    private final Label technicalHeading = sectionLabel("Technical");
    private final VBox form = new VBox(8);
    private final VBox singleOnly = new VBox(8);
    private final VBox batchOnly = new VBox(8);
    private final Label empty = new Label("Select an asset to see its details. Ctrl-click or Shift-click to select several and edit them together.");

    private final PictureCache pictures;
    private final ProxyPlayer player = new ProxyPlayer();
    private final javafx.beans.property.BooleanProperty playing = new javafx.beans.property.SimpleBooleanProperty(false);
    private final Button playButton = new Button();
    private final javafx.scene.layout.FlowPane relatedTiles = new javafx.scene.layout.FlowPane(8, 8);
    private final Label relatedHeading = sectionLabel("Related");

    InspectorPane(LibraryViewModel model, PictureCache pictures, Runnable openViewer) {
        this.model = model;
        this.pictures = pictures;
        this.editor = model.editor();
        picture.setPreserveRatio(true);
        picture.setFitHeight(220);
        picture.setId("inspector-picture");
        picture.managedProperty().bind(picture.imageProperty().isNotNull().and(playing.not()));
        picture.visibleProperty().bind(picture.managedProperty());
        picture.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openViewer.run();
            }
        });
        // A video's preview scrubs through its filmstrip under the mouse, like the grid's tiles.
        picture.setOnMouseMoved(e -> scrub(e.getX() / Math.max(1, picture.getBoundsInLocal().getWidth())));
        picture.setOnMouseExited(e -> {
            if (still != null) {
                picture.setImage(still);
            }
        });
        Tooltip.install(picture, new Tooltip("Double-click to view at full size"));
        heading.getStyleClass().add("inspector-title");
        heading.setWrapText(true);
        empty.getStyleClass().add("muted");
        empty.setWrapText(true);
        buildForm();
        summary.getStyleClass().add("muted");
        summary.setWrapText(true);
        Label details = sectionLabel("Details");
        details.visibleProperty().bind(facts.visibleProperty());
        details.managedProperty().bind(facts.managedProperty());
        relatedTiles.setId("related-assets");
        relatedHeading.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(relatedTiles.getChildren()));
        relatedHeading.managedProperty().bind(relatedHeading.visibleProperty());
        model.related().addListener((javafx.collections.ListChangeListener<io.reelbase.core.asset.RelatedAsset>) c -> drawRelated());
        playButton.setId("inspector-play");
        playButton.getStyleClass().add("flat");
        playButton.setOnAction(e -> {
            java.nio.file.Path proxy = model.selectedProxyProperty().get();
            if (playing.get()) {
                stopPlayer();
            } else if (proxy != null) {
                playing.set(true);
                player.play(proxy, Math.max(120, root.getWidth() - 52));
            }
        });
        playButton.textProperty().bind(javafx.beans.binding.Bindings.when(playing)
                .then("\u25A0 Close Player").otherwise("\u25B6 Play Proxy"));
        playButton.visibleProperty().bind(model.selectedProxyProperty().isNotNull());
        playButton.managedProperty().bind(playButton.visibleProperty());
        player.visibleProperty().bind(playing);
        player.managedProperty().bind(playing);
        // A new selection stops the player and shows the picture again.
        model.selectedProperty().addListener((o, a, b) -> stopPlayer());
        VBox box = new VBox(10, picture, player, playButton, heading, summary, empty, form, relatedHeading, relatedTiles,
                details, facts, technicalHeading, technical);
        box.setPadding(new Insets(14));
        box.getStyleClass().add("inspector");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        root.setCenter(scroll);
        root.setBottom(footer);
        root.setPrefWidth(320);
        root.setMinWidth(260);
        root.setId("inspector");
        picture.fitWidthProperty().bind(root.widthProperty().subtract(34));
        show();
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(5);
        return g;
    }

    private static Label sectionLabel(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("inspector-section");
        return l;
    }

    private void buildForm() {
        TextField title = new TextField();
        title.setId("edit-title");
        title.textProperty().bindBidirectional(editor.title);
        title.promptTextProperty().bind(editor.titleHintProperty());
        TextArea description = new TextArea();
        description.setId("edit-description");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        description.textProperty().bindBidirectional(editor.description);
        description.promptTextProperty().bind(editor.descriptionHintProperty());
        ComboBox<ReviewStatus> review = new ComboBox<>(editor.allowedReviews());
        review.setId("edit-review");
        review.valueProperty().bindBidirectional(editor.review);
        review.setPromptText("Leave as they are");
        review.setButtonCell(new ReviewCell("Leave as they are"));
        review.setCellFactory(l -> new ReviewCell(null));
        review.setMaxWidth(Double.MAX_VALUE);

        TagField tags = new TagField(editor.tags, "tag-keep", editor::addTag, editor::removeTag, editor::suggestTags,
                "Add a tag and press Enter");
        tags.input().setId("edit-tags");
        Label removing = new Label("Taking off all selected:");
        removing.getStyleClass().add("muted");
        TagField remove = new TagField(editor.removeTags, "tag-remove", t -> editor.removeTag(t),
                t -> editor.addTag(t), prefix -> editor.tagsInSelection().stream()
                .filter(t -> t.toLowerCase(Locale.ROOT).contains(prefix.toLowerCase(Locale.ROOT))).toList(),
                "Tag to remove from all");
        remove.input().setId("edit-remove-tags");
        batchOnly.getChildren().addAll(removing, remove);

        TextArea custom = new TextArea();
        custom.setId("edit-custom-fields");
        custom.setPrefRowCount(3);
        custom.setPromptText("name: value, one per line");
        custom.textProperty().bindBidirectional(editor.customFields);
        TextArea operational = new TextArea();
        operational.setId("edit-operational-tags");
        operational.setPrefRowCount(2);
        operational.setPromptText("name: value, one per line");
        operational.textProperty().bindBidirectional(editor.operationalTags);
        singleOnly.getChildren().addAll(labelled("Custom fields", custom), labelled("Operational tags", operational));

        Button save = new Button("Save");
        save.setId("edit-save");
        save.setDefaultButton(false);
        save.getStyleClass().add("accent");
        save.setOnAction(e -> editor.save());
        Button undo = new Button("Undo Last Edit");
        undo.setId("edit-undo");
        undo.setOnAction(e -> editor.undo());
        undo.setTooltip(new Tooltip("Puts back what the last edit changed, as a new version"));
        HBox buttons = new HBox(8, save, undo);
        Label message = new Label();
        message.setId("edit-message");
        message.setWrapText(true);
        message.textProperty().bind(editor.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        // The buttons and the outcome stay in view however far the form is scrolled.
        footer.getChildren().addAll(buttons, message);
        footer.getStyleClass().add("inspector-footer");
        footer.setPadding(new Insets(8, 14, 10, 14));

        Label formHeading = sectionLabel("Edit");
        form.getChildren().addAll(formHeading, labelled("Title", title), labelled("Tags", tags), batchOnly,
                labelled("Description", description), labelled("Review", review), singleOnly);
    }

    private static Node labelled(String name, Node field) {
        Label l = new Label(name);
        l.getStyleClass().add("field-label");
        VBox box = new VBox(3, l, field);
        VBox.setVgrow(field, Priority.NEVER);
        return box;
    }

    /** Redraws for the current selection (called when it or the focused asset changes). */
    void show() {
        int n = model.selection().size();
        AssetRow row = model.selectedProperty().get();
        boolean none = n == 0 || row == null;
        empty.setVisible(none);
        empty.setManaged(none);
        form.setVisible(!none);
        form.setManaged(!none);
        footer.setVisible(!none);
        footer.setManaged(!none);
        boolean batch = n > 1;
        singleOnly.setVisible(!batch);
        singleOnly.setManaged(!batch);
        batchOnly.setVisible(batch);
        batchOnly.setManaged(batch);
        facts.getChildren().clear();
        facts.setVisible(!none && !batch);
        facts.setManaged(!none && !batch);
        summary.setText("");
        if (none) {
            heading.setText("");
            showTechnical(Optional.empty());
            return;
        }
        heading.setText(batch ? String.format(Locale.ROOT, "%d assets selected", n) : row.title());
        if (batch) {
            showTechnical(Optional.empty());
            return;
        }
        Asset a = model.selectedAssetProperty().get();
        summary.setText(String.join(" \u00B7 ", java.util.stream.Stream.of(row.type(), row.duration(), row.size(), row.status(), row.review())
                .filter(x -> x != null && !x.isEmpty()).toList()));
        if (a == null || !a.id().equals(row.id())) {
            return;
        }
        int r = 0;
        r = fact(facts, r, "Type", row.type());
        r = fact(facts, r, "Status", row.status());
        r = fact(facts, r, "Review", row.review());
        r = fact(facts, r, "File", row.fileName());
        r = fact(facts, r, "Size", row.size());
        r = fact(facts, r, "Duration", row.duration());
        r = fact(facts, r, "Tags", String.join(", ", a.tags()));
        r = fact(facts, r, "MIME type", a.mimeType());
        r = fact(facts, r, "SHA-256", a.fileHash() == null ? null : a.fileHash().substring(0, 16) + "…");
        r = fact(facts, r, "Source", AssetRow.label(a.sourceSystem().name()));
        r = fact(facts, r, "Storage tier", AssetRow.label(a.storageTier().name()));
        r = fact(facts, r, "Added", row.created());
        fact(facts, r, "Version", String.valueOf(a.version()));
    }

    private void stopPlayer() {
        player.stop();
        playing.set(false);
    }

    /** Small clickable pictures of the related assets, with what they share. */
    private void drawRelated() {
        relatedTiles.getChildren().setAll(model.related().stream().map(r -> {
            ImageView view = new ImageView();
            view.setFitWidth(120);
            view.setFitHeight(68);
            view.setPreserveRatio(true);
            pictures.request(r.id(), view::setImage);
            javafx.scene.layout.StackPane frame = new javafx.scene.layout.StackPane(view);
            frame.getStyleClass().add("tile-frame");
            frame.setPrefSize(124, 72);
            frame.setMaxSize(124, 72);
            Label name = new Label(r.title());
            name.setMaxWidth(124);
            name.getStyleClass().add("related-title");
            Label shared = new Label(String.join(", ", r.shared()));
            shared.setMaxWidth(124);
            shared.getStyleClass().add("tile-file");
            VBox tile = new VBox(2, frame, name, shared);
            tile.getStyleClass().add("related-tile");
            tile.setOnMouseClicked(e -> model.showRelated(r));
            Tooltip.install(tile, new Tooltip(r.title() + "\nShares: " + String.join(", ", r.shared())
                    + (r.sharedKeywords().isEmpty() ? "\nClick to find it"
                    : "\nClick to list the assets tagged \u201c" + r.sharedKeywords().get(0) + "\u201d")));
            return (Node) tile;
        }).toList());
    }

    void showPicture(byte[] jpeg) {
        strip = null;
        still = null;
        picture.setImage(null);
        AssetRow shown = model.selectedProperty().get();
        java.util.UUID id = shown == null ? null : shown.id();
        pictures.decode(jpeg, image -> {
            // Only if the same asset is still the one shown.
            AssetRow now = model.selectedProperty().get();
            if (id != null && now != null && id.equals(now.id())) {
                still = image;
                picture.setImage(image);
            }
        });
    }

    private Image still;
    private java.util.List<Image> strip;

    private void scrub(double fraction) {
        AssetRow row = model.selectedProperty().get();
        if (row == null || row.assetType() != io.reelbase.core.asset.AssetType.VIDEO || still == null) {
            return;
        }
        if (strip == null) {
            java.util.UUID id = row.id();
            strip = java.util.List.of();
            pictures.filmstrip(id, frames -> {
                if (model.selectedProperty().get() != null && model.selectedProperty().get().id().equals(id)) {
                    strip = frames;
                }
            });
            return;
        }
        if (!strip.isEmpty()) {
            int i = (int) Math.max(0, Math.min(strip.size() - 1, Math.floor(fraction * strip.size())));
            picture.setImage(strip.get(i));
        }
    }

    Image picture() {
        return still;
    }

    /** Technical metadata in the groups an editor looks for: container, video, audio, camera. */
    void showTechnical(Optional<TechnicalSummary> summary) {
        technical.getChildren().clear();
        boolean has = summary.isPresent() && model.selection().size() <= 1;
        technicalHeading.setVisible(has);
        technicalHeading.setManaged(has);
        if (!has) {
            return;
        }
        TechnicalSummary t = summary.get();
        int r = 0;
        r = group(r, "Container");
        r = fact(technical, r, "Format", t.container());
        r = fact(technical, r, "Bit rate", t.overallBitrate() == null ? null : kbps(t.overallBitrate()));
        r = fact(technical, r, "Streams", String.valueOf(t.streamCount()));
        r = fact(technical, r, "Timecode", t.timecode());
        if (t.videoCodec() != null && t.width() != null) {
            r = group(r, "Video");
            r = fact(technical, r, "Codec", t.videoCodec() + (t.videoProfile() == null ? "" : " (" + t.videoProfile() + ")"));
            r = fact(technical, r, "Frame size", t.width() + " \u00D7 " + t.height()
                    + (t.resolutionCategory() == null ? "" : "  " + t.resolutionCategory()));
            if (t.displayWidth() != null && (!t.displayWidth().equals(t.width()) || !t.displayHeight().equals(t.height()))) {
                r = fact(technical, r, "Shown as", t.displayWidth() + " \u00D7 " + t.displayHeight());
            }
            r = fact(technical, r, "Frame rate", t.frameRateNum() == null || t.frameRateDen() == null || t.frameRateDen() == 0 ? null
                    : String.format(Locale.ROOT, "%.3f fps", t.frameRateNum() / (double) t.frameRateDen()).replace(".000", ""));
            r = fact(technical, r, "Pixels", t.pixelFormat() == null ? null
                    : t.pixelFormat() + (t.bitDepth() == null ? "" : ", " + t.bitDepth() + "-bit"));
            r = fact(technical, r, "Colour", t.colorPrimaries() == null ? null
                    : t.colorPrimaries() + " / " + t.colorTransfer() + (t.hdr() == null ? "" : "  " + t.hdr()));
            r = fact(technical, r, "Rotation", t.rotation() == 0 ? null : t.rotation() + "\u00B0" + (t.mirrored() ? ", mirrored" : ""));
            r = fact(technical, r, "Scan", t.fieldOrder());
        }
        if (t.audioCodec() != null) {
            r = group(r, "Audio");
            r = fact(technical, r, "Codec", t.audioCodec());
            r = fact(technical, r, "Channels", t.audioChannels() == null ? null
                    : t.audioChannels() + (t.audioChannelLayout() == null ? "" : " (" + t.audioChannelLayout() + ")"));
            r = fact(technical, r, "Sample rate", t.audioSampleRate() == null ? null : t.audioSampleRate() + " Hz");
            r = fact(technical, r, "Bit rate", t.audioBitrate() == null ? null : kbps(t.audioBitrate()));
        }
        if (t.cameraMake() != null || t.capturedAt() != null || t.gpsLatitude() != null) {
            r = group(r, "Camera");
            r = fact(technical, r, "Camera", t.cameraMake() == null ? t.cameraModel()
                    : t.cameraMake() + (t.cameraModel() == null ? "" : " " + t.cameraModel()));
            r = fact(technical, r, "Taken", t.capturedAt() == null ? null : t.capturedAt().toString());
            fact(technical, r, "Location", t.gpsLatitude() == null ? null
                    : String.format(Locale.ROOT, "%.5f, %.5f", t.gpsLatitude(), t.gpsLongitude()));
        }
    }

    private static String kbps(long bitsPerSecond) {
        return bitsPerSecond >= 10_000_000 ? String.format(Locale.ROOT, "%.1f Mb/s", bitsPerSecond / 1e6)
                : String.format(Locale.ROOT, "%d kb/s", Math.round(bitsPerSecond / 1e3));
    }

    private int group(int row, String name) {
        Label l = new Label(name);
        l.getStyleClass().add("group-label");
        technical.add(l, 0, row, 2, 1);
        return row + 1;
    }

    private static int fact(GridPane grid, int row, String name, String value) {
        if (value == null || value.isEmpty()) {
            return row;
        }
        Label k = new Label(name);
        k.getStyleClass().add("muted");
        k.setMinWidth(Region.USE_PREF_SIZE);
        Label v = new Label(value);
        v.setWrapText(true);
        grid.add(k, 0, row);
        grid.add(v, 1, row);
        return row + 1;
    }

    Node node() {
        return root;
    }

    private static final class ReviewCell extends ListCell<ReviewStatus> {
        private final String whenNone;

        ReviewCell(String whenNone) {
            this.whenNone = whenNone;
        }

        @Override
        protected void updateItem(ReviewStatus item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? whenNone : AssetRow.label(item.name()));
        }
    }
}
