package io.reelbase.persistence.hibernate;

import io.reelbase.core.user.AppUser;
import io.reelbase.core.user.UserRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** People's profiles in PostgreSQL. */
public final class HibernateUserRepository implements UserRepository {
    private final Transactions tx;

    public HibernateUserRepository(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public List<AppUser> all() {
        return tx.read(s -> s.createSelectionQuery("from AppUserEntity order by lower(displayName)", AppUserEntity.class)
                .getResultList().stream().map(HibernateUserRepository::toRecord).toList());
    }

    @Override
    public Optional<AppUser> find(UUID id) {
        return tx.read(s -> Optional.ofNullable(s.find(AppUserEntity.class, id)).map(HibernateUserRepository::toRecord));
    }

    @Override
    public Optional<AppUser> findByLoginRole(String loginRole) {
        return tx.read(s -> s.createSelectionQuery("from AppUserEntity where loginRole = :r", AppUserEntity.class)
                .setParameter("r", loginRole).uniqueResultOptional().map(HibernateUserRepository::toRecord));
    }

    @Override
    public AppUser save(AppUser u) {
        return tx.write(null, s -> {
            AppUserEntity e = u.id() == null ? new AppUserEntity() : s.find(AppUserEntity.class, u.id());
            if (e == null) {
                throw new IllegalArgumentException("User " + u.id() + " no longer exists.");
            }
            boolean isNew = e.id == null;
            if (isNew) {
                e.id = UUID.randomUUID();
            }
            e.loginRole = u.loginRole();
            e.displayName = u.displayName();
            e.email = u.email();
            e.appRole = u.role();
            e.active = u.active();
            if (isNew) {
                s.persist(e);
            }
            s.flush();
            return toRecord(e);
        });
    }

    @Override
    public void recordLogin(UUID id) {
        tx.write(null, s -> s.createMutationQuery("update AppUserEntity set lastLoginAt = :t where id = :id")
                .setParameter("t", Instant.now()).setParameter("id", id).executeUpdate());
    }

    static AppUser toRecord(AppUserEntity e) {
        return new AppUser(e.id, e.loginRole, e.displayName, e.email, e.appRole, e.active, e.lastLoginAt, e.createdAt);
    }
}
