package io.reelbase.persistence.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "workflow_definition")
class WorkflowEntity extends TimestampedEntity {
    @Id
    UUID id;
    String name;
    String description;
    @JdbcTypeCode(SqlTypes.JSON)
    List<String> capabilities = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "routing_conditions")
    List<Map<String, Object>> routingConditions = new ArrayList<>();
    int priority;
    @Column(name = "is_default")
    boolean isDefault;
    boolean active;
    @Column(name = "created_by")
    UUID createdBy;
}
