package io.reelbase.app.feature.library;

import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetStatus;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.ReviewStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What the grid and the table show of an asset, formatted for people. Deliberately small (the list may
 * hold a million of them); the inspector and the editor load the whole asset when it is selected.
 * {@code damage} says how the file is damaged, null when it is whole.
 */
public record AssetRow(UUID id, String title, AssetType assetType, AssetStatus assetStatus, ReviewStatus reviewStatus,
                       String fileName, long fileSize, long durationMs, long createdMillis, long version,
                       List<String> tags, String damage) {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    public static AssetRow of(Asset a) {
        return new AssetRow(a.id(), a.title(), a.type(), a.status(), a.reviewStatus(),
                a.originalFilename() == null ? "" : a.originalFilename(), a.fileSize() == null ? -1 : a.fileSize(),
                a.durationMs() == null ? -1 : a.durationMs(), a.createdAt() == null ? 0 : a.createdAt().toEpochMilli(),
                a.version(), a.tags(), a.damage());
    }

    public String type() {
        return label(assetType.name());
    }

    public String status() {
        return label(assetStatus.name());
    }

    /** Whether processing found the file damaged (it is usable as far as it goes). */
    public boolean damaged() {
        return damage != null;
    }

    public String review() {
        return label(reviewStatus.name());
    }

    public String size() {
        return fileSize < 0 ? "" : io.reelbase.core.Bytes.human(fileSize);
    }

    public String duration() {
        if (durationMs < 0) {
            return "";
        }
        Duration d = Duration.ofMillis(durationMs);
        return d.toHours() > 0
                ? String.format(Locale.ROOT, "%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart())
                : String.format(Locale.ROOT, "%d:%02d", d.toMinutes(), d.toSecondsPart());
    }

    public String created() {
        return createdMillis == 0 ? "" : DATE.format(Instant.ofEpochMilli(createdMillis));
    }

    static String label(String enumName) {
        String lower = enumName.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
