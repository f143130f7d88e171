package io.reelbase.core.lifecycle;

import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.ReviewStatus;
import io.reelbase.core.asset.SourceSystem;
import io.reelbase.core.Bytes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Which assets a rule looks at; a null condition passes everything. {@code collectionName} is for showing only: the
 * collection is known by its id.
 */
public record RuleFilter(AssetType type, SourceSystem source, ReviewStatus review, UUID collectionId, String collectionName,
                         String tag, Long minSizeBytes) {
    public static final RuleFilter ANY = new RuleFilter(null, null, null, null, null, null, null);

    public RuleFilter {
        tag = tag == null || tag.isBlank() ? null : tag.strip();
        if (minSizeBytes != null && minSizeBytes < 0) {
            throw new IllegalArgumentException("A minimum size cannot be negative.");
        }
    }

    public RuleFilter withType(AssetType t) {
        return new RuleFilter(t, source, review, collectionId, collectionName, tag, minSizeBytes);
    }

    public RuleFilter withSource(SourceSystem s) {
        return new RuleFilter(type, s, review, collectionId, collectionName, tag, minSizeBytes);
    }

    public RuleFilter withReview(ReviewStatus r) {
        return new RuleFilter(type, source, r, collectionId, collectionName, tag, minSizeBytes);
    }

    public RuleFilter withCollection(UUID id, String name) {
        return new RuleFilter(type, source, review, id, name, tag, minSizeBytes);
    }

    public RuleFilter withTag(String t) {
        return new RuleFilter(type, source, review, collectionId, collectionName, t, minSizeBytes);
    }

    public RuleFilter withMinSize(Long bytes) {
        return new RuleFilter(type, source, review, collectionId, collectionName, tag, bytes);
    }

    /** "videos from watch folders, rejected, tagged 'rushes'", or "all assets". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        parts.add(type == null ? "assets" : type.name().toLowerCase(Locale.ROOT) + "s");
        if (source != null) {
            parts.add("from " + source.name().toLowerCase(Locale.ROOT).replace('_', ' ') + "s");
        }
        if (review != null) {
            parts.add(review.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        if (collectionId != null) {
            parts.add("in \u201c" + (collectionName == null ? collectionId : collectionName) + "\u201d");
        }
        if (tag != null) {
            parts.add("tagged \u2018" + tag + "\u2019");
        }
        if (minSizeBytes != null) {
            parts.add("of " + Bytes.human(minSizeBytes) + " or more");
        }
        String text = String.join(", ", parts);
        return this.equals(ANY) ? "all assets" : (type == null ? "all " : "") + text;
    }
}
