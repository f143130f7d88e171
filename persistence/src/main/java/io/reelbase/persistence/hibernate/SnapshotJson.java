package io.reelbase.persistence.hibernate;

import io.reelbase.core.asset.AssetSnapshot;
import io.reelbase.core.asset.AssetStatus;
import io.reelbase.core.asset.ReviewStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A version's snapshot as the JSON object in {@code asset_version.snapshot}, and back. */
final class SnapshotJson {
    private SnapshotJson() {
    }

    static Map<String, Object> toJson(AssetSnapshot s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", s.title());
        m.put("description", s.description());
        m.put("status", s.status() == null ? null : s.status().name());
        m.put("review_status", s.reviewStatus().name());
        m.put("custom_fields", s.customFields());
        m.put("operational_tags", s.operationalTags());
        m.put("tags", s.tags());
        return m;
    }

    @SuppressWarnings("unchecked")
    static AssetSnapshot fromJson(Map<String, Object> m) {
        Object status = m.get("status");
        Object tags = m.get("tags");
        return new AssetSnapshot((String) m.get("title"), (String) m.get("description"),
                status == null ? null : AssetStatus.valueOf((String) status),
                ReviewStatus.valueOf((String) m.getOrDefault("review_status", ReviewStatus.DRAFT.name())),
                (Map<String, Object>) m.get("custom_fields"), (Map<String, Object>) m.get("operational_tags"),
                tags == null ? List.of() : (List<String>) tags);
    }

    static AssetSnapshot of(AssetEntity e, List<String> tags) {
        return new AssetSnapshot(e.title, e.description, e.status, e.reviewStatus, e.customFields, e.operationalTags, tags);
    }
}
