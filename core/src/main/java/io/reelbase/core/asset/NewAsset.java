package io.reelbase.core.asset;

import io.reelbase.core.Maps;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** What is known about an asset when it is first recorded (at ingest or import). */
public record NewAsset(
        String title,
        String description,
        AssetType type,
        SourceSystem sourceSystem,
        String sourceId,
        String fileHash,
        Long fileSize,
        String originalFilename,
        String mimeType,
        Long durationMs,
        Instant recordedAt,
        Map<String, Object> customFields,
        UUID createdBy) {

    public NewAsset {
        title = AssetRules.requireTitle(title);
        Objects.requireNonNull(type, "type");
        sourceSystem = sourceSystem == null ? SourceSystem.USER_UPLOAD : sourceSystem;
        if (fileHash != null) {
            fileHash = AssetRules.requireHash(fileHash);
        }
        if (fileSize != null && fileSize < 0) {
            throw new IllegalArgumentException("file size cannot be negative: " + fileSize);
        }
        customFields = Maps.frozen(customFields);
    }

    /** The usual start: a title and a type, from a person's upload. */
    public static NewAsset of(String title, AssetType type) {
        return new NewAsset(title, null, type, SourceSystem.USER_UPLOAD, null, null, null, null, null,
                null, null, Map.of(), null);
    }

    public NewAsset withFile(String hash, long size, String filename, String mime) {
        return new NewAsset(title, description, type, sourceSystem, sourceId, hash, size, filename, mime,
                durationMs, recordedAt, customFields, createdBy);
    }

    public NewAsset withSource(SourceSystem system, String id) {
        return new NewAsset(title, description, type, system, id, fileHash, fileSize, originalFilename,
                mimeType, durationMs, recordedAt, customFields, createdBy);
    }

    public NewAsset withDescription(String text) {
        return new NewAsset(title, text, type, sourceSystem, sourceId, fileHash, fileSize, originalFilename,
                mimeType, durationMs, recordedAt, customFields, createdBy);
    }
}
