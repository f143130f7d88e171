package io.reelbase.app.feature.library;

import io.reelbase.core.asset.Asset;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What a row of the asset table shows, formatted for people. */
public record AssetRow(Asset asset) {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    public String title() {
        return asset.title();
    }

    public String type() {
        return label(asset.type().name());
    }

    public String status() {
        return label(asset.status().name());
    }

    public String review() {
        return label(asset.reviewStatus().name());
    }

    public String fileName() {
        return asset.originalFilename() == null ? "" : asset.originalFilename();
    }

    public String size() {
        return asset.fileSize() == null ? "" : humanBytes(asset.fileSize());
    }

    public String duration() {
        if (asset.durationMs() == null) {
            return "";
        }
        Duration d = Duration.ofMillis(asset.durationMs());
        return d.toHours() > 0
                ? String.format(Locale.ROOT, "%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart())
                : String.format(Locale.ROOT, "%d:%02d", d.toMinutes(), d.toSecondsPart());
    }

    public String created() {
        return asset.createdAt() == null ? "" : DATE.format(asset.createdAt());
    }

    public long version() {
        return asset.version();
    }

    static String label(String enumName) {
        String lower = enumName.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    static String humanBytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB", "PB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, value < 10 ? "%.1f %s" : "%.0f %s", value, units[unit]);
    }
}
