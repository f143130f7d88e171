package io.reelbase.persistence.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

@Entity
@IdClass(CollectionAssetEntity.Key.class)
@Table(name = "collection_asset")
class CollectionAssetEntity {
    @Id
    @Column(name = "collection_id")
    UUID collectionId;
    @Id
    @Column(name = "asset_id")
    UUID assetId;
    int position;
    @Column(name = "added_by")
    UUID addedBy;
    @Generated(event = EventType.INSERT)
    @Column(name = "added_at", insertable = false, updatable = false)
    Instant addedAt;

    record Key(UUID collectionId, UUID assetId) implements Serializable {
    }
}
