package io.reelbase.persistence.hibernate;

import io.reelbase.core.ingest.LoggingLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@org.hibernate.annotations.DynamicUpdate // only the columns changed: a worker's login may update only some (V13)
@Table(name = "ingest_source")
class IngestSourceEntity extends TimestampedEntity {
    @Id
    UUID id;
    String name;
    String path;
    boolean recursive;
    @Column(name = "sync_interval_minutes")
    int syncIntervalMinutes;
    @Enumerated(EnumType.STRING)
    @Column(name = "logging_level")
    LoggingLevel loggingLevel;
    boolean enabled;
    @Column(name = "last_sync_at")
    Instant lastSyncAt;
    @Column(name = "last_sync_status")
    String lastSyncStatus;
    @Column(name = "last_sync_message")
    String lastSyncMessage;
    @Column(name = "workflow_id")
    UUID workflowId;
    @Column(name = "copy_to_root_id")
    UUID copyToRootId;
    @Column(name = "created_by")
    UUID createdBy;
}
