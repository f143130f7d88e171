package io.reelbase.persistence.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "saved_search")
class SavedSearchEntity extends TimestampedEntity {
    @Id
    UUID id;
    String name;
    String query;
    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, Object> filters = new HashMap<>();
    @Column(name = "owner_id")
    UUID ownerId;
}
