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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "lifecycle_run")
class LifecycleRunEntity {
    @Id
    UUID id;
    @Column(name = "rule_id")
    UUID ruleId;
    @Column(name = "rule_name")
    String ruleName;
    String kind;
    String status;
    @JdbcTypeCode(SqlTypes.JSON)
    List<Map<String, Object>> plan = new ArrayList<>();
    @Column(name = "assets_matched")
    int assetsMatched;
    @Column(name = "bytes_affected")
    long bytesAffected;
    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, Object> outcome;
    @Column(name = "started_by")
    UUID startedBy;
    @Column(name = "started_at")
    Instant startedAt;
    @Column(name = "finished_at")
    Instant finishedAt;
}
