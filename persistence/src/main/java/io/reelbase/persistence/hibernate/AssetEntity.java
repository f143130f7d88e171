package io.reelbase.persistence.hibernate;

import io.reelbase.core.asset.AssetStatus;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.ReviewStatus;
import io.reelbase.core.asset.SourceSystem;
import io.reelbase.core.asset.StorageTier;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.generator.EventType;
import org.hibernate.type.SqlTypes;

@Entity
@org.hibernate.annotations.DynamicUpdate // only the columns changed: a worker's login may update only some (V13)
@Table(name = "asset")
class AssetEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    UUID id;
    String title;
    String description;
    @Enumerated(EnumType.STRING)
    @Column(name = "asset_type")
    AssetType assetType;
    @Enumerated(EnumType.STRING)
    AssetStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "review_status")
    ReviewStatus reviewStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "source_system")
    SourceSystem sourceSystem;
    @Column(name = "source_id")
    String sourceId;
    @Column(name = "file_hash")
    String fileHash;
    @Column(name = "file_size")
    Long fileSize;
    @Column(name = "original_filename")
    String originalFilename;
    @Column(name = "mime_type")
    String mimeType;
    @Column(name = "duration_ms")
    Long durationMs;
    @Column(name = "recorded_at")
    Instant recordedAt;
    @Column(name = "parent_id")
    UUID parentId;
    @Column(name = "derivative_type")
    String derivativeType;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "custom_fields")
    Map<String, Object> customFields = new HashMap<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "operational_tags")
    Map<String, Object> operationalTags = new HashMap<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "enriched_metadata")
    Map<String, Object> enrichedMetadata = new HashMap<>();
    @Version
    Long version;
    @Column(name = "version_id")
    UUID versionId;
    @Column(name = "legal_hold")
    boolean legalHold;
    @Enumerated(EnumType.STRING)
    @Column(name = "storage_tier")
    StorageTier storageTier = StorageTier.HOT;
    @Column(name = "created_by")
    UUID createdBy;
    @Generated(event = EventType.INSERT)
    @Column(name = "created_at", insertable = false, updatable = false)
    Instant createdAt;
    // Set by the database trigger. Not read back with RETURNING on update: a versioned UPDATE that
    // matches no row must surface as a stale-state failure; the repository refreshes instead.
    @Generated(event = EventType.INSERT)
    @Column(name = "updated_at", insertable = false, updatable = false)
    Instant updatedAt;
    @Column(name = "archived_at")
    Instant archivedAt;
    @Column(name = "deleted_at")
    Instant deletedAt;
    /** How the file is damaged (it ends early, …), from processing; null when whole (V26). */
    @Column(name = "damage")
    String damage;
}
