package io.reelbase.persistence.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.generator.EventType;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "graph_relationship")
class GraphRelationshipEntity {
    @Id
    UUID id;
    @Column(name = "source_asset_id")
    UUID sourceAssetId;
    @Column(name = "target_asset_id")
    UUID targetAssetId;
    @Column(name = "relationship_type")
    String relationshipType;
    Double score;
    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, Object> data = new HashMap<>();
    @Generated(event = EventType.INSERT)
    @Column(name = "created_at", insertable = false, updatable = false)
    Instant createdAt;
}
