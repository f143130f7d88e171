package io.reelbase.core.asset;

import io.reelbase.core.Maps;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One media item in the catalogue, as the application sees it (an immutable copy).
 * {@code version} is the optimistic lock: every change must name the version it started from.
 */
public record Asset(
        UUID id,
        String title,
        String description,
        AssetType type,
        AssetStatus status,
        ReviewStatus reviewStatus,
        SourceSystem sourceSystem,
        String sourceId,
        String fileHash,
        Long fileSize,
        String originalFilename,
        String mimeType,
        Long durationMs,
        Instant recordedAt,
        UUID parentId,
        String derivativeType,
        Map<String, Object> customFields,
        Map<String, Object> operationalTags,
        Map<String, Object> enrichedMetadata,
        long version,
        UUID versionId,
        boolean legalHold,
        StorageTier storageTier,
        UUID createdBy,
        Instant createdAt,
        Instant updatedAt,
        Instant archivedAt,
        Instant deletedAt,
        String damage,
        List<String> tags) {

    public Asset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reviewStatus, "reviewStatus");
        customFields = Maps.frozen(customFields);
        operationalTags = Maps.frozen(operationalTags);
        enrichedMetadata = Maps.frozen(enrichedMetadata);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** The same asset with these keyword tags. */
    public Asset withTags(List<String> newTags) {
        return new Asset(id, title, description, type, status, reviewStatus, sourceSystem, sourceId, fileHash, fileSize,
                originalFilename, mimeType, durationMs, recordedAt, parentId, derivativeType, customFields, operationalTags,
                enrichedMetadata, version, versionId, legalHold, storageTier, createdBy, createdAt, updatedAt, archivedAt,
                deletedAt, damage, newTags);
    }
}
