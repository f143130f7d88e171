package io.reelbase.app.feature.conflict;

import io.reelbase.core.asset.AssetSnapshot;
import java.util.Map;
import java.util.stream.Collectors;

/** An asset's editable record as lines of text, as the conflict screen previews what will be saved. */
final class RecordText {
    private RecordText() {
    }

    static String of(AssetSnapshot s) {
        StringBuilder b = new StringBuilder();
        b.append("Title: ").append(s.title()).append('\n');
        b.append("Review: ").append(s.reviewStatus()).append('\n');
        b.append("Tags: ").append(s.tags().isEmpty() ? "(none)" : String.join(", ", s.tags().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList())).append('\n');
        b.append("Description: ").append(s.description() == null ? "(none)" : s.description()).append('\n');
        b.append("Custom fields: ").append(keys(s.customFields())).append('\n');
        b.append("Operational tags: ").append(keys(s.operationalTags()));
        return b.toString();
    }

    private static String keys(Map<String, Object> m) {
        return m.isEmpty() ? "(none)" : m.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; "));
    }
}
