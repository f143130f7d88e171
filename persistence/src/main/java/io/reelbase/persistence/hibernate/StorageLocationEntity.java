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
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

@Entity
@Table(name = "storage_location")
class StorageLocationEntity {
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
    @Generated(event = EventType.INSERT)
    @Column(name = "created_at", insertable = false, updatable = false)
    Instant createdAt;
    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    @Column(name = "updated_at", insertable = false, updatable = false)
    Instant updatedAt;
}
