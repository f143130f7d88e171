package io.reelbase.persistence.hibernate;

import io.reelbase.core.user.AppRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

@Entity
@Table(name = "app_user")
class AppUserEntity {
    @Id
    UUID id;
    @Column(name = "login_role")
    String loginRole;
    @Column(name = "display_name")
    String displayName;
    String email;
    @Enumerated(EnumType.STRING)
    @Column(name = "app_role")
    AppRole appRole;
    boolean active;
    @Column(name = "last_login_at")
    Instant lastLoginAt;
    @Generated(event = EventType.INSERT)
    @Column(name = "created_at", insertable = false, updatable = false)
    Instant createdAt;
    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    @Column(name = "updated_at", insertable = false, updatable = false)
    Instant updatedAt;
}
