package io.reelbase.persistence.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.generator.EventType;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "processing_job")
class ProcessingJobEntity {
    @Id
    UUID id;
    @Column(name = "asset_id")
    UUID assetId;
    @Column(name = "workflow_id")
    UUID workflowId;
    String status;
    int priority;
    double progress;
    @JdbcTypeCode(SqlTypes.JSON)
    List<String> capabilities = new ArrayList<>();
    @Column(name = "current_capability")
    String currentCapability;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "capabilities_completed")
    List<String> capabilitiesCompleted = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "capabilities_failed")
    List<String> capabilitiesFailed = new ArrayList<>();
    int attempts;
    @Column(name = "max_attempts")
    int maxAttempts;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "retry_config")
    Map<String, Object> retryConfig;
    @Column(name = "run_after")
    Instant runAfter;
    @Column(name = "locked_by")
    String lockedBy;
    @Column(name = "lease_expires_at")
    Instant leaseExpiresAt;
    @Column(name = "heartbeat_at")
    Instant heartbeatAt;
    @Column(name = "error_message")
    String errorMessage;
    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, Object> result;
    @Generated(event = EventType.INSERT)
    @Column(name = "created_at", insertable = false, updatable = false)
    Instant createdAt;
    @Column(name = "started_at")
    Instant startedAt;
    @Column(name = "finished_at")
    Instant finishedAt;
    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    @Column(name = "updated_at", insertable = false, updatable = false)
    Instant updatedAt;
}
