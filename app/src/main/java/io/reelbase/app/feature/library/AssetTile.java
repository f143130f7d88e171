package io.reelbase.app.feature.library;

import io.reelbase.core.asset.AssetStatus;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.ReviewStatus;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.GridCell;

/**
 * One asset in the grid: its picture (lazily loaded; a placeholder until then), badges for type,
 * duration, processing status and review status, the title and file name. Moving the mouse across a
 * video scrubs through its filmstrip.
 */
final class AssetTile extends GridCell<AssetRow> {
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    /** What a drag of assets carries: their ids, one per line, after this first line. */
    static final String DRAG_HEADER = "reelbase-assets";

    private final AssetList list;
    private final AssetSelection selection;
    private final PictureCache pictures;
    private final Runnable onOpen;
    private final ImageView view = new ImageView();
    private final Label placeholder = new Label();
    private final Label typeBadge = new Label();
    private final Label durationBadge = new Label();
    private final Label statusBadge = new Label();
    private final Label reviewBadge = new Label();
    private final Label title = new Label();
    private final Label file = new Label();
    private final StackPane frame = new StackPane();
    private final ListChangeListener<AssetRow> selectionListener = c -> updateSelected();
    private Image still;
    private List<Image> strip;

    AssetTile(AssetList list, AssetSelection selection, PictureCache pictures, Runnable onOpen) {
        this.list = list;
        this.selection = selection;
        this.pictures = pictures;
        this.onOpen = onOpen;
        getStyleClass().add("asset-tile");
        view.setPreserveRatio(true);
        view.setSmooth(true);
        placeholder.getStyleClass().add("tile-placeholder");
        typeBadge.getStyleClass().addAll("badge", "badge-type");
        durationBadge.getStyleClass().addAll("badge", "badge-duration");
        statusBadge.getStyleClass().addAll("badge", "badge-status");
        reviewBadge.getStyleClass().addAll("badge", "badge-review");
        StackPane.setAlignment(typeBadge, Pos.TOP_LEFT);
        StackPane.setAlignment(reviewBadge, Pos.TOP_RIGHT);
        StackPane.setAlignment(durationBadge, Pos.BOTTOM_RIGHT);
        StackPane.setAlignment(statusBadge, Pos.BOTTOM_LEFT);
        frame.getStyleClass().add("tile-frame");
        frame.getChildren().addAll(placeholder, view, typeBadge, reviewBadge, durationBadge, statusBadge);
        frame.setMinSize(0, 0);
        title.getStyleClass().add("tile-title");
        file.getStyleClass().add("tile-file");
        title.setMaxWidth(Double.MAX_VALUE);
        file.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(4, frame, title, file);
        box.setFillWidth(true);
        setGraphic(null);
        setText(null);
        // The picture area takes the cell's width and what the two text lines leave of its height.
        frame.prefWidthProperty().bind(widthProperty().subtract(12));
        frame.prefHeightProperty().bind(heightProperty().subtract(50));
        frame.maxHeightProperty().bind(frame.prefHeightProperty());
        view.fitWidthProperty().bind(frame.prefWidthProperty().subtract(4));
        view.fitHeightProperty().bind(frame.prefHeightProperty().subtract(4));
        selection.items().addListener(new WeakListChangeListener<>(selectionListener));

        // A right-click selects the tile if it is not selected yet, then shows the grid's menu for the selection.
        setOnMousePressed(e -> {
            if (getItem() != null && e.getButton() == MouseButton.SECONDARY && !selection.contains(getItem())) {
                selection.click(getItem(), false, false);
            }
        });
        setOnContextMenuRequested(javafx.event.Event::consume);
        setOnMouseClicked(e -> {
            if (getItem() != null && e.getButton() == MouseButton.SECONDARY && getGridView() != null
                    && getGridView().getContextMenu() != null) {
                getGridView().getContextMenu().show(this, e.getScreenX(), e.getScreenY());
                e.consume();
                return;
            }
            if (getItem() == null || e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            if (e.getClickCount() == 2) {
                onOpen.run();
            } else {
                selection.click(getItem(), e.isShortcutDown(), e.isShiftDown());
            }
            requestGridFocus();
        });
        setOnDragDetected(e -> {
            if (getItem() == null) {
                return;
            }
            if (!selection.contains(getItem())) {
                selection.click(getItem(), false, false);
            }
            var board = startDragAndDrop(TransferMode.COPY);
            board.setContent(dragContent(selection.items()));
            if (still != null) {
                board.setDragView(still, 0, 0);
            }
            e.consume();
        });
        frame.setOnMouseMoved(e -> scrub(e.getX() / Math.max(1, frame.getWidth())));
        frame.setOnMouseExited(e -> view.setImage(still));
        graphicProperty().set(box);
    }

    private void requestGridFocus() {
        if (getGridView() != null) {
            getGridView().requestFocus();
        }
    }

    @Override
    protected void updateItem(AssetRow item, boolean empty) {
        super.updateItem(item, empty);
        strip = null;
        still = null;
        view.setImage(null);
        if (empty || item == null) {
            getGraphic().setVisible(false);
            pseudoClassStateChanged(SELECTED, false);
            return;
        }
        getGraphic().setVisible(true);
        title.setText(item.title());
        file.setText(item.fileName());
        typeBadge.setText(item.assetType().name());
        durationBadge.setText(item.duration());
        durationBadge.setVisible(!item.duration().isEmpty());
        boolean notReady = item.assetStatus() != AssetStatus.PROCESSED;
        boolean damagedOnly = !notReady && item.damaged();
        statusBadge.setText(damagedOnly ? "Damaged" : item.status());
        statusBadge.setVisible(notReady || damagedOnly);
        statusBadge.setTooltip(damagedOnly ? new javafx.scene.control.Tooltip("Damaged: " + item.damage()) : null);
        statusBadge.pseudoClassStateChanged(PseudoClass.getPseudoClass("failed"), item.assetStatus() == AssetStatus.FAILED);
        statusBadge.pseudoClassStateChanged(PseudoClass.getPseudoClass("damaged"), damagedOnly);
        reviewBadge.setText(reviewMark(item.reviewStatus()));
        reviewBadge.setVisible(item.reviewStatus() != ReviewStatus.DRAFT);
        for (ReviewStatus r : ReviewStatus.values()) {
            reviewBadge.pseudoClassStateChanged(PseudoClass.getPseudoClass(r.name().toLowerCase(Locale.ROOT).replace('_', '-')),
                    r == item.reviewStatus());
        }
        placeholder.setText(glyph(item.assetType()));
        placeholder.setVisible(true);
        updateSelected();
        UUID id = item.id();
        pictures.request(id, image -> {
            if (getItem() != null && getItem().id().equals(id)) {
                still = image;
                view.setImage(image);
                placeholder.setVisible(image == null);
            }
        });
        // The grid asks for the next page when its last tiles are drawn.
        if (getIndex() >= list.rows().size() - 1) {
            list.loadMore();
        }
    }

    private void updateSelected() {
        pseudoClassStateChanged(SELECTED, getItem() != null && selection.contains(getItem()));
    }

    /** Shows the filmstrip frame under the mouse (videos only; fetched the first time). */
    private void scrub(double fraction) {
        AssetRow item = getItem();
        if (item == null || item.assetType() != AssetType.VIDEO) {
            return;
        }
        if (strip == null) {
            UUID id = item.id();
            pictures.filmstrip(id, frames -> {
                if (getItem() != null && getItem().id().equals(id)) {
                    strip = frames;
                }
            });
            return;
        }
        if (strip.isEmpty()) {
            return;
        }
        int i = (int) Math.max(0, Math.min(strip.size() - 1, Math.floor(fraction * strip.size())));
        view.setImage(strip.get(i));
    }

    static String reviewMark(ReviewStatus r) {
        return switch (r) {
            case DRAFT -> "";
            case PENDING_REVIEW -> "In review";
            case APPROVED -> "\u2713 Approved";
            case REJECTED -> "\u2715 Rejected";
        };
    }

    private static String glyph(AssetType type) {
        return switch (type) {
            case VIDEO -> "\u25B6";
            case IMAGE -> "\u25A3";
            case AUDIO -> "\u266A";
            case DOCUMENT -> "\u2630";
        };
    }

    /** What a drag of these assets carries: their ids, one per line, after {@link #DRAG_HEADER}. */
    static ClipboardContent dragContent(List<AssetRow> rows) {
        StringBuilder ids = new StringBuilder(DRAG_HEADER);
        rows.forEach(r -> ids.append('\n').append(r.id()));
        ClipboardContent content = new ClipboardContent();
        content.putString(ids.toString());
        return content;
    }

    /** Reads the ids a drag of assets carries (empty if it carries something else). */
    static List<UUID> draggedIds(String text) {
        if (text == null || !text.startsWith(DRAG_HEADER)) {
            return List.of();
        }
        return text.lines().skip(1).filter(l -> !l.isBlank()).map(UUID::fromString).toList();
    }
}
