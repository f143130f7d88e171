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
@IdClass(AssetGraphNodeEntity.Key.class)
@Table(name = "asset_graph_node")
class AssetGraphNodeEntity {
    @Id
    @Column(name = "asset_id")
    UUID assetId;
    @Id
    @Column(name = "node_id")
    UUID nodeId;
    Double confidence;
    String origin;
    @Generated(event = EventType.INSERT)
    @Column(name = "created_at", insertable = false, updatable = false)
    Instant createdAt;

    record Key(UUID assetId, UUID nodeId) implements Serializable {
    }
}
