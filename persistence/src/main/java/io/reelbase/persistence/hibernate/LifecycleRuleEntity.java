package io.reelbase.persistence.hibernate;

import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.ReviewStatus;
import io.reelbase.core.asset.SourceSystem;
import io.reelbase.core.asset.StorageTier;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "lifecycle_rule")
class LifecycleRuleEntity extends TimestampedEntity {
    @Id
    UUID id;
    String name;
    String description;
    @Enumerated(EnumType.STRING)
    @Column(name = "asset_type")
    AssetType assetType;
    @Enumerated(EnumType.STRING)
    @Column(name = "source_system")
    SourceSystem sourceSystem;
    @Enumerated(EnumType.STRING)
    @Column(name = "review_status")
    ReviewStatus reviewStatus;
    @Column(name = "collection_id")
    UUID collectionId;
    @Column(name = "archive_after_days")
    Integer archiveAfterDays;
    @Column(name = "delete_after_days")
    Integer deleteAfterDays;
    @Enumerated(EnumType.STRING)
    @Column(name = "move_to_tier")
    StorageTier moveToTier;
    int priority;
    boolean active;
    @Column(name = "created_by")
    UUID createdBy;
}
