package io.reelbase.persistence.hibernate;

import io.reelbase.core.collection.Collection;
import io.reelbase.core.collection.CollectionRepository;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/** Collections and their members in PostgreSQL. */
public final class HibernateCollectionRepository implements CollectionRepository {
    private final Transactions tx;

    public HibernateCollectionRepository(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public List<Collection> all() {
        return tx.read(s -> {
            // Member counts in one grouped query, not one query per collection.
            java.util.Map<UUID, Long> counts = new java.util.HashMap<>();
            s.createSelectionQuery("select collectionId, count(*) from CollectionAssetEntity group by collectionId", Object[].class)
                    .getResultList().forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
            return s.createSelectionQuery("from CollectionEntity order by lower(name)", CollectionEntity.class)
                    .getResultList().stream()
                    .map(e -> new Collection(e.id, e.name, e.description, e.ownerId, e.offline, counts.getOrDefault(e.id, 0L),
                            e.createdAt, e.updatedAt))
                    .toList();
        });
    }

    @Override
    public Optional<Collection> find(UUID id) {
        return tx.read(s -> Optional.ofNullable(s.find(CollectionEntity.class, id)).map(e -> toRecord(s, e)));
    }

    @Override
    public Collection create(String name, String description, UUID ownerId) {
        Collection checked = new Collection(null, name, description, ownerId, false, 0, null, null);
        return tx.write(null, s -> {
            CollectionEntity e = new CollectionEntity();
            e.id = UUID.randomUUID();
            e.name = checked.name();
            e.description = description;
            e.ownerId = ownerId;
            s.persist(e);
            s.flush();
            return toRecord(s, e);
        });
    }

    @Override
    public Collection rename(UUID id, String newName) {
        String name = new Collection(id, newName, null, null, false, 0, null, null).name();
        return tx.write(null, s -> {
            CollectionEntity e = require(s, id);
            e.name = name;
            s.flush();
            return toRecord(s, e);
        });
    }

    @Override
    public void delete(UUID id) {
        tx.write(null, s -> {
            s.remove(require(s, id));
            return null;
        });
    }

    @Override
    public int add(UUID collectionId, List<UUID> assetIds, UUID addedBy) {
        return tx.write(null, s -> {
            require(s, collectionId);
            List<UUID> present = s.createSelectionQuery(
                            "select assetId from CollectionAssetEntity where collectionId = :c", UUID.class)
                    .setParameter("c", collectionId).getResultList();
            Set<UUID> have = new HashSet<>(present);
            Integer max = s.createSelectionQuery(
                            "select max(position) from CollectionAssetEntity where collectionId = :c", Integer.class)
                    .setParameter("c", collectionId).getSingleResult();
            int position = max == null ? 0 : max + 1;
            int added = 0;
            for (UUID assetId : assetIds) {
                if (have.add(assetId)) {
                    CollectionAssetEntity m = new CollectionAssetEntity();
                    m.collectionId = collectionId;
                    m.assetId = assetId;
                    m.position = position++;
                    m.addedBy = addedBy;
                    s.persist(m);
                    added++;
                }
            }
            s.flush();
            return added;
        });
    }

    @Override
    public int remove(UUID collectionId, List<UUID> assetIds) {
        return tx.write(null, s -> s.createMutationQuery(
                        "delete from CollectionAssetEntity where collectionId = :c and assetId in :ids")
                .setParameter("c", collectionId).setParameterList("ids", assetIds).executeUpdate());
    }

    @Override
    public List<UUID> assetIds(UUID collectionId) {
        return tx.read(s -> s.createSelectionQuery(
                        "select assetId from CollectionAssetEntity where collectionId = :c order by position, addedAt", UUID.class)
                .setParameter("c", collectionId).getResultList());
    }

    private static CollectionEntity require(Session s, UUID id) {
        CollectionEntity e = s.find(CollectionEntity.class, id);
        if (e == null) {
            throw new IllegalArgumentException("Collection " + id + " no longer exists.");
        }
        return e;
    }

    private static Collection toRecord(Session s, CollectionEntity e) {
        long count = s.createSelectionQuery("select count(*) from CollectionAssetEntity where collectionId = :c", Long.class)
                .setParameter("c", e.id).getSingleResult();
        return new Collection(e.id, e.name, e.description, e.ownerId, e.offline, count, e.createdAt, e.updatedAt);
    }
}
