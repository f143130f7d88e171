package io.reelbase.persistence.hibernate;

import io.reelbase.core.asset.VersionOrigin;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.generator.EventType;
import org.hibernate.type.SqlTypes;

/** Never updated: the database refuses UPDATE on asset_version (trigger reelbase_forbid_change). */
@Entity

@Table(name = "asset_version")
class AssetVersionEntity {
    @Id
    UUID id;
    @Column(name = "asset_id")
    UUID assetId;
    long version;
    @Column(name = "version_id")
    UUID versionId;
    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, Object> snapshot;
    @Enumerated(EnumType.STRING)
    VersionOrigin origin;
    @Column(name = "base_version")
    Long baseVersion;
    @Column(name = "change_summary")
    String changeSummary;
    @Column(name = "conflict_resolved")
    boolean conflictResolved;
    @Column(name = "created_by")
    UUID createdBy;
    @Column(name = "created_by_name")
    String createdByName;
    @Column(name = "sync_mark")
    String syncMark;
    @Generated(event = EventType.INSERT)
    @Column(name = "created_at", insertable = false, updatable = false)
    Instant createdAt;
}
