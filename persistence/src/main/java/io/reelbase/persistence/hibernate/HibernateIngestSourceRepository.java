package io.reelbase.persistence.hibernate;

import io.reelbase.core.ingest.IngestSource;
import io.reelbase.core.ingest.IngestSourceRepository;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Watch folders in PostgreSQL. */
public final class HibernateIngestSourceRepository implements IngestSourceRepository {
    private final Transactions tx;

    public HibernateIngestSourceRepository(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public List<IngestSource> all() {
        return tx.read(s -> s.createSelectionQuery("from IngestSourceEntity order by lower(name)", IngestSourceEntity.class)
                .getResultList().stream().map(HibernateIngestSourceRepository::toRecord).toList());
    }

    @Override
    public Optional<IngestSource> find(UUID id) {
        return tx.read(s -> Optional.ofNullable(s.find(IngestSourceEntity.class, id)).map(HibernateIngestSourceRepository::toRecord));
    }

    @Override
    public IngestSource save(IngestSource src) {
        return tx.write(null, s -> {
            IngestSourceEntity e = src.id() == null ? new IngestSourceEntity() : s.find(IngestSourceEntity.class, src.id());
            if (e == null) {
                throw new IllegalArgumentException("Watch folder " + src.id() + " no longer exists.");
            }
            boolean isNew = e.id == null;
            if (isNew) {
                e.id = UUID.randomUUID();
            }
            e.name = src.name();
            e.path = src.path();
            e.recursive = src.recursive();
            e.syncIntervalMinutes = src.syncIntervalMinutes();
            e.loggingLevel = src.loggingLevel();
            e.enabled = src.enabled();
            e.workflowId = src.workflowId();
            e.copyToRootId = src.copyToRootId();
            if (isNew) {
                s.persist(e);
            }
            s.flush();
            return toRecord(e);
        });
    }

    @Override
    public void delete(UUID id) {
        tx.write(null, s -> s.createMutationQuery("delete from IngestSourceEntity where id = :id")
                .setParameter("id", id).executeUpdate());
    }

    @Override
    public List<IngestSource> due(Instant now) {
        return all().stream()
                .filter(IngestSource::enabled)
                .filter(src -> src.lastSyncAt() == null
                        || !src.lastSyncAt().plus(Duration.ofMinutes(src.syncIntervalMinutes())).isAfter(now))
                .toList();
    }

    @Override
    public void recordSync(UUID id, Instant at, String status, String message) {
        tx.write(null, s -> s.createMutationQuery(
                        "update IngestSourceEntity set lastSyncAt = :t, lastSyncStatus = :st, lastSyncMessage = :m where id = :id")
                // PostgreSQL keeps microseconds and would round the rest, possibly upwards past "now".
                .setParameter("t", at.truncatedTo(ChronoUnit.MICROS)).setParameter("st", status).setParameter("m", message).setParameter("id", id)
                .executeUpdate());
    }

    static IngestSource toRecord(IngestSourceEntity e) {
        return new IngestSource(e.id, e.name, e.path, e.recursive, e.syncIntervalMinutes, e.loggingLevel, e.enabled,
                e.lastSyncAt, e.lastSyncStatus, e.lastSyncMessage, e.workflowId, e.copyToRootId);
    }
}
