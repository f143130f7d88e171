package io.reelbase.app.feature.library;

import static io.reelbase.app.feature.library.InspectorLayout.fact;

import io.reelbase.core.asset.Asset;
import io.reelbase.core.media.Orientation;
import io.reelbase.core.media.TechnicalSummary;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The focused asset's details (file, size, hash, source, version…) and its technical metadata in groups. */
final class TechnicalFactsView {
    private final GridPane facts = InspectorLayout.factGrid();
    private final GridPane technical = InspectorLayout.factGrid();
    private final Label detailsHeading = InspectorLayout.sectionLabel("Details");
    private final Label technicalHeading = InspectorLayout.sectionLabel("Technical");
    private final VBox root = new VBox(10, detailsHeading, facts, technicalHeading, technical);

    TechnicalFactsView() {
        root.managedProperty().bind(detailsHeading.managedProperty().or(technicalHeading.managedProperty()));
    }

    /** The details of {@code row}, in full once {@code asset} (the same asset read in full) is there; null: none. */
    void showDetails(AssetRow row, Asset asset) {
        facts.getChildren().clear();
        boolean shown = row != null;
        InspectorLayout.show(facts, shown);
        InspectorLayout.show(detailsHeading, shown);
        if (!shown || asset == null || !asset.id().equals(row.id())) {
            return;
        }
        int r = 0;
        r = fact(facts, r, "Type", row.type());
        r = fact(facts, r, "Status", row.status());
        r = fact(facts, r, "Condition", asset.damage() == null ? null : "Damaged: " + asset.damage());
        r = fact(facts, r, "Review", row.review());
        r = fact(facts, r, "File", row.fileName());
        r = fact(facts, r, "Size", row.size());
        r = fact(facts, r, "Duration", row.duration());
        r = fact(facts, r, "Tags", String.join(", ", asset.tags()));
        r = fact(facts, r, "MIME type", asset.mimeType());
        r = fact(facts, r, "SHA-256", asset.fileHash() == null ? null : asset.fileHash().substring(0, 16) + "\u2026");
        r = fact(facts, r, "Source", AssetRow.label(asset.sourceSystem().name()));
        r = fact(facts, r, "Storage tier", AssetRow.label(asset.storageTier().name()));
        r = fact(facts, r, "Added", row.created());
        fact(facts, r, "Version", String.valueOf(asset.version()));
    }

    /** Technical metadata in the groups an editor looks for: container, video, audio, camera. */
    void showTechnical(Optional<TechnicalSummary> summary) {
        technical.getChildren().clear();
        InspectorLayout.show(technicalHeading, summary.isPresent());
        if (summary.isEmpty()) {
            return;
        }
        TechnicalSummary t = summary.get();
        int r = group(0, "Container");
        r = fact(technical, r, "Format", t.container());
        r = fact(technical, r, "Bit rate", t.overallBitrate() == null ? null : kbps(t.overallBitrate()));
        r = fact(technical, r, "Streams", String.valueOf(t.streamCount()));
        r = fact(technical, r, "Timecode", t.timecode());
        r = fact(technical, r, "Pages", t.pageCount() == null ? null : String.valueOf(t.pageCount()));
        r = fact(technical, r, "Animation", t.frameCount() == null ? null : t.frameCount() + " frames"
                + (t.loopCount() == null ? "" : t.loopCount() == 0 ? ", loops for ever" : ", plays " + t.loopCount() + "×"));
        r = fact(technical, r, "Motion photo", t.motionClip() ? "a video clip is kept with the still" : null);
        if (t.videoCodec() != null && t.width() != null) {
            r = video(group(r, "Video"), t);
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

    private int video(int row, TechnicalSummary t) {
        int r = fact(technical, row, "Codec", t.videoCodec() + (t.videoProfile() == null ? "" : " (" + t.videoProfile() + ")"));
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
        r = fact(technical, r, "Dolby Vision", t.dolbyVision());
        Orientation shown = new Orientation(t.rotation(), t.mirrored());
        r = fact(technical, r, "Orientation", shown.equals(Orientation.UPRIGHT) ? null : "stored " + shown.describe());
        return fact(technical, r, "Scan", t.fieldOrder());
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

    Node node() {
        return root;
    }
}
