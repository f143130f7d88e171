package io.reelbase.persistence.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.generator.EventType;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "job_event")
class JobEventEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "job_id")
    UUID jobId;
    String phase;
    String status;
    Double progress;
    @Column(name = "duration_ms")
    Long durationMs;
    String message;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "error_details")
    Map<String, Object> errorDetails;
    String worker;
    @Generated(event = EventType.INSERT)
    @Column(name = "created_at", insertable = false, updatable = false)
    Instant createdAt;
}
