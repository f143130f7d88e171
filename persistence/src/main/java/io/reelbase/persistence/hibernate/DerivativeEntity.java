package io.reelbase.persistence.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

@Entity
@Table(name = "derivative")
class DerivativeEntity {
    @Id
    UUID id;
    @Column(name = "asset_id")
    UUID assetId;
    String kind;
    int sequence;
    @Column(name = "mime_type")
    String mimeType;
    int width;
    int height;
    @Column(name = "timestamp_ms")
    Long timestampMs;
    byte[] content;
    @Generated(event = EventType.INSERT)
    @Column(name = "created_at", insertable = false, updatable = false)
    Instant createdAt;
}
