package io.reelbase.persistence.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Read side of the audit trail; rows are written by the database only (its triggers and reelbase_record_action). */
@Entity
@Immutable
@Table(name = "action_record")
class ActionRecordEntity {
    @Id
    long id;
    @Column(name = "occurred_at")
    Instant occurredAt;
    @Column(name = "action_type")
    String actionType;
    String direction;
    String status;
    String actor;
    /** The login that wrote the row (session_user, stamped by the database); null for rows from before V15. */
    String login;
    @Column(name = "user_id")
    UUID userId;
    @Column(name = "asset_id")
    UUID assetId;
    String component;
    @Column(name = "component_version")
    String componentVersion;
    @Column(name = "source_system")
    String sourceSystem;
    @Column(name = "destination_system")
    String destinationSystem;
    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, Object> metadata;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "state_before")
    Map<String, Object> stateBefore;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "state_after")
    Map<String, Object> stateAfter;

    io.reelbase.core.audit.ActionRecord transform() {
        return HibernateAuditTrail.toRecord(this);
    }
}
