package io.reelbase.persistence.hibernate;

import io.reelbase.core.lifecycle.LifecycleRule;
import io.reelbase.core.lifecycle.LifecycleRuleRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Lifecycle rules in PostgreSQL. */
public final class HibernateLifecycleRuleRepository implements LifecycleRuleRepository {
    private final Transactions tx;

    public HibernateLifecycleRuleRepository(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public List<LifecycleRule> all() {
        return tx.read(s -> s.createSelectionQuery("from LifecycleRuleEntity order by priority, lower(name)",
                        LifecycleRuleEntity.class)
                .getResultList().stream().map(HibernateLifecycleRuleRepository::toRecord).toList());
    }

    @Override
    public Optional<LifecycleRule> find(UUID id) {
        return tx.read(s -> Optional.ofNullable(s.find(LifecycleRuleEntity.class, id))
                .map(HibernateLifecycleRuleRepository::toRecord));
    }

    @Override
    public LifecycleRule save(LifecycleRule r) {
        return tx.write(null, s -> {
            LifecycleRuleEntity e = r.id() == null ? new LifecycleRuleEntity() : s.find(LifecycleRuleEntity.class, r.id());
            if (e == null) {
                throw new IllegalArgumentException("Lifecycle rule " + r.id() + " no longer exists.");
            }
            boolean isNew = e.id == null;
            if (isNew) {
                e.id = UUID.randomUUID();
            }
            e.name = r.name();
            e.description = r.description();
            e.assetType = r.assetType();
            e.sourceSystem = r.sourceSystem();
            e.reviewStatus = r.reviewStatus();
            e.collectionId = r.collectionId();
            e.archiveAfterDays = r.archiveAfterDays();
            e.deleteAfterDays = r.deleteAfterDays();
            e.moveToTier = r.moveToTier();
            e.priority = r.priority();
            e.active = r.active();
            if (isNew) {
                s.persist(e);
            }
            s.flush();
            return toRecord(e);
        });
    }

    @Override
    public void delete(UUID id) {
        tx.write(null, s -> s.createMutationQuery("delete from LifecycleRuleEntity where id = :id")
                .setParameter("id", id).executeUpdate());
    }

    static LifecycleRule toRecord(LifecycleRuleEntity e) {
        return new LifecycleRule(e.id, e.name, e.description, e.assetType, e.sourceSystem, e.reviewStatus,
                e.collectionId, e.archiveAfterDays, e.deleteAfterDays, e.moveToTier, e.priority, e.active);
    }
}
