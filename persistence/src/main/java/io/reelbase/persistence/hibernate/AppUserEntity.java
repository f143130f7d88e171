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

@Entity
@Table(name = "app_user")
class AppUserEntity extends TimestampedEntity {
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
}
