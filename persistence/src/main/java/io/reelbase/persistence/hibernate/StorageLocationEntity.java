package io.reelbase.persistence.hibernate;

import io.reelbase.core.asset.StorageTier;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "storage_location")
class StorageLocationEntity extends TimestampedEntity {
    @Id
    UUID id;
    @Column(name = "asset_id")
    UUID assetId;
    @Column(name = "location_kind")
    String locationKind;
    @Enumerated(EnumType.STRING)
    StorageTier tier;
    String path;
    String purpose;
    @Column(name = "size_bytes")
    Long sizeBytes;
    String checksum;
    @Column(name = "is_primary")
    boolean primary;
    String status;
    @Column(name = "verified_at")
    Instant verifiedAt;
}
