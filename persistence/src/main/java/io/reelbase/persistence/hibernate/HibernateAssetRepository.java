package io.reelbase.persistence.hibernate;

import io.reelbase.core.Page;
import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetChanges;
import io.reelbase.core.asset.AssetCursor;
import io.reelbase.core.asset.AssetFilter;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.AssetNotFoundException;
import io.reelbase.core.asset.AssetRepository;
import io.reelbase.core.asset.AssetStatus;
import io.reelbase.core.asset.AssetVersion;
import io.reelbase.core.asset.DuplicateAssetException;
import io.reelbase.core.asset.NewAsset;
import io.reelbase.core.asset.ReviewStatus;
import io.reelbase.core.asset.StaleAssetException;
import io.reelbase.core.asset.StorageTier;
import io.reelbase.core.asset.VersionOrigin;
import jakarta.persistence.OptimisticLockException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.StaleStateException;

/** Assets and their versions in PostgreSQL. Every change is checked against the version it started from. */
public final class HibernateAssetRepository implements AssetRepository {
    private final Transactions tx;

    public HibernateAssetRepository(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public Asset create(NewAsset n, String actor) {
        if (n.fileHash() != null) {
            findByHash(n.fileHash()).ifPresent(existing -> {
                throw new DuplicateAssetException(n.fileHash(), existing.id());
            });
        }
        return tx.write(actor, session -> {
            AssetEntity e = new AssetEntity();
            e.title = n.title();
            e.description = n.description();
            e.assetType = n.type();
            e.status = AssetStatus.STAGED;
            e.reviewStatus = ReviewStatus.DRAFT;
            e.sourceSystem = n.sourceSystem();
            e.sourceId = n.sourceId();
            e.fileHash = n.fileHash();
            e.fileSize = n.fileSize();
            e.originalFilename = n.originalFilename();
            e.mimeType = n.mimeType();
            e.durationMs = n.durationMs();
            e.recordedAt = n.recordedAt();
            e.customFields = new HashMap<>(n.customFields());
            e.version = 1L;
            e.versionId = UUID.randomUUID();
            e.storageTier = StorageTier.HOT;
            e.createdBy = n.createdBy();
            session.persist(e);
            session.flush();
            writeVersion(session, e, VersionOrigin.CREATE, null, "Created", actor);
            return toRecord(e);
        });
    }

    @Override
    public Optional<Asset> find(UUID id) {
        return tx.read(session -> Optional.ofNullable(session.find(AssetEntity.class, id)).map(HibernateAssetRepository::toRecord));
    }

    @Override
    public Optional<Asset> findByHash(String sha256) {
        return tx.read(session -> session
                .createSelectionQuery("from AssetEntity where fileHash = :h", AssetEntity.class)
                .setParameter("h", sha256.toLowerCase(java.util.Locale.ROOT))
                .uniqueResultOptional()
                .map(HibernateAssetRepository::toRecord));
    }

    @Override
    public Page<Asset, AssetCursor> page(AssetFilter filter, Optional<AssetCursor> after, int limit) {
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("page size must be 1..10000, not " + limit);
        }
        if (filter.hasText()) {
            return search(filter, after, limit);
        }
        StringBuilder hql = new StringBuilder("from AssetEntity where 1 = 1");
        filter.type().ifPresent(t -> hql.append(" and assetType = :type"));
        filter.status().ifPresent(t -> hql.append(" and status = :status"));
        after.ifPresent(c -> hql.append(" and (createdAt < :t or (createdAt = :t and id < :id))"));
        hql.append(" order by createdAt desc, id desc");
        return tx.read(session -> {
            var query = session.createSelectionQuery(hql.toString(), AssetEntity.class);
            filter.type().ifPresent(t -> query.setParameter("type", t));
            filter.status().ifPresent(st -> query.setParameter("status", st));
            after.ifPresent(c -> query.setParameter("t", c.createdAt()).setParameter("id", c.id()));
            List<AssetEntity> rows = query.setMaxResults(limit + 1).getResultList();
            return pageOf(rows, limit);
        });
    }

    /**
     * Full-text search over title, file name and description (PostgreSQL tsvector, every word as a prefix),
     * with trigram similarity on the title for typos and substring match on the file name; newest first.
     */
    private Page<Asset, AssetCursor> search(AssetFilter filter, Optional<AssetCursor> after, int limit) {
        String prefixes = java.util.Arrays.stream(filter.text().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isBlank()).map(w -> w + ":*").collect(java.util.stream.Collectors.joining(" & "));
        StringBuilder sql = new StringBuilder("select * from asset a where (");
        if (!prefixes.isEmpty()) {
            sql.append("a.search_vector @@ to_tsquery('simple', :tsq) or ");
        }
        // % : the whole title is similar (short titles); <% : some part of the title is similar to the words.
        sql.append("a.title % :q or :q <% a.title or a.original_filename ilike :like escape '!')");
        filter.type().ifPresent(t -> sql.append(" and a.asset_type = :type"));
        filter.status().ifPresent(t -> sql.append(" and a.status = :status"));
        after.ifPresent(c -> sql.append(" and (a.created_at < :t or (a.created_at = :t and a.id < :id))"));
        sql.append(" order by a.created_at desc, a.id desc limit :n");
        return tx.read(session -> {
            var query = session.createNativeQuery(sql.toString(), AssetEntity.class);
            if (!prefixes.isEmpty()) {
                query.setParameter("tsq", prefixes);
            }
            query.setParameter("q", filter.text());
            query.setParameter("like", "%" + filter.text().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            filter.type().ifPresent(t -> query.setParameter("type", t.name()));
            filter.status().ifPresent(st -> query.setParameter("status", st.name()));
            after.ifPresent(c -> query.setParameter("t", c.createdAt()).setParameter("id", c.id()));
            query.setParameter("n", limit + 1);
            List<AssetEntity> rows = query.getResultList();
            return pageOf(rows, limit);
        });
    }

    /** {@code limit + 1} rows were asked for: the extra one only says that there is a next page. */
    private static Page<Asset, AssetCursor> pageOf(List<AssetEntity> rows, int limit) {
        List<Asset> items = rows.stream().limit(limit).map(HibernateAssetRepository::toRecord).toList();
        Optional<AssetCursor> next = rows.size() > limit
                ? Optional.of(new AssetCursor(items.get(items.size() - 1).createdAt(), items.get(items.size() - 1).id()))
                : Optional.empty();
        return new Page<>(items, next);
    }

    @Override
    public Map<AssetType, Long> countByType() {
        return tx.read(session -> {
            Map<AssetType, Long> counts = new EnumMap<>(AssetType.class);
            session.createSelectionQuery("select assetType, count(*) from AssetEntity group by assetType", Object[].class)
                    .getResultList().forEach(row -> counts.put((AssetType) row[0], (Long) row[1]));
            return counts;
        });
    }

    @Override
    public long count() {
        return tx.read(session -> session.createSelectionQuery("select count(*) from AssetEntity", Long.class)
                .getSingleResult());
    }

    @Override
    public Asset update(UUID id, long expectedVersion, AssetChanges changes, VersionOrigin origin, String summary,
                        String actor) {
        return versionedChange(id, expectedVersion, actor, origin, summary, e -> {
            if (changes.title() != null) {
                e.title = changes.title();
            }
            if (changes.description() != null) {
                e.description = changes.description().isBlank() ? null : changes.description();
            }
            if (changes.reviewStatus() != null && changes.reviewStatus() != e.reviewStatus) {
                if (!e.reviewStatus.canMoveTo(changes.reviewStatus())) {
                    throw new IllegalArgumentException("An asset in review state " + e.reviewStatus
                            + " cannot move to " + changes.reviewStatus() + "; allowed: " + e.reviewStatus.next() + ".");
                }
                e.reviewStatus = changes.reviewStatus();
            }
            if (changes.customFields() != null) {
                e.customFields = new HashMap<>(changes.customFields());
            }
            if (changes.operationalTags() != null) {
                e.operationalTags = new HashMap<>(changes.operationalTags());
            }
        });
    }

    @Override
    public Asset changeStatus(UUID id, long expectedVersion, AssetStatus status, String actor) {
        return versionedChange(id, expectedVersion, actor, VersionOrigin.JOB, "Status " + status, e -> {
            e.status = status;
            Instant now = Instant.now();
            if (status == AssetStatus.ARCHIVED && e.archivedAt == null) {
                e.archivedAt = now;
            }
            if (status == AssetStatus.DELETED && e.deletedAt == null) {
                e.deletedAt = now;
            }
        });
    }

    @Override
    public Asset recordProcessing(UUID id, AssetStatus status, Long durationMs, String mimeType, Instant recordedAt,
                                  String summary, String actor) {
        for (int attempt = 1; ; attempt++) {
            Asset current = find(id).orElseThrow(() -> new AssetNotFoundException(id));
            try {
                return versionedChange(id, current.version(), actor, VersionOrigin.JOB, summary, e -> {
                    e.status = status;
                    if (durationMs != null) {
                        e.durationMs = durationMs;
                    }
                    if (mimeType != null) {
                        e.mimeType = mimeType;
                    }
                    if (recordedAt != null && e.recordedAt == null) {
                        e.recordedAt = recordedAt;
                    }
                    if (status == AssetStatus.ARCHIVED && e.archivedAt == null) {
                        e.archivedAt = Instant.now();
                    }
                });
            } catch (StaleAssetException raced) {
                if (attempt >= 5) {
                    throw raced;
                }
            }
        }
    }

    private Asset versionedChange(UUID id, long expectedVersion, String actor, VersionOrigin origin, String summary,
                                  java.util.function.Consumer<AssetEntity> change) {
        try {
            return tx.write(actor, session -> {
                AssetEntity e = session.find(AssetEntity.class, id);
                if (e == null) {
                    throw new AssetNotFoundException(id);
                }
                if (e.version != expectedVersion) {
                    throw new StaleAssetException(id, e.title, expectedVersion, e.version);
                }
                change.accept(e);
                e.versionId = UUID.randomUUID();
                // The UPDATE runs here with "where id = ? and version = ?": a save that raced us fails.
                session.flush();
                if (e.version == expectedVersion) {
                    // Nothing changed: no new version.
                    return toRecord(e);
                }
                writeVersion(session, e, origin, expectedVersion, summary, actor);
                session.flush();
                session.refresh(e);
                return toRecord(e);
            });
        } catch (OptimisticLockException | StaleStateException raced) {
            Asset now = find(id).orElseThrow(() -> new AssetNotFoundException(id));
            throw new StaleAssetException(id, now.title(), expectedVersion, now.version());
        }
    }

    private static void writeVersion(Session session, AssetEntity e, VersionOrigin origin, Long baseVersion,
                                     String summary, String actor) {
        AssetVersionEntity v = new AssetVersionEntity();
        v.id = UUID.randomUUID();
        v.assetId = e.id;
        v.version = e.version;
        v.versionId = e.versionId;
        v.snapshot = snapshot(e);
        v.origin = origin;
        v.baseVersion = baseVersion;
        v.changeSummary = summary;
        v.createdByName = actor;
        session.persist(v);
    }

    /** The editable state of an asset, as kept in each version. */
    static Map<String, Object> snapshot(AssetEntity e) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("title", e.title);
        s.put("description", e.description);
        s.put("status", e.status.name());
        s.put("review_status", e.reviewStatus.name());
        s.put("custom_fields", e.customFields);
        s.put("operational_tags", e.operationalTags);
        return s;
    }

    @Override
    public List<AssetVersion> versions(UUID id) {
        return tx.read(session -> session
                .createSelectionQuery("from AssetVersionEntity where assetId = :a order by version", AssetVersionEntity.class)
                .setParameter("a", id)
                .getResultList().stream().map(HibernateAssetRepository::toRecord).toList());
    }

    @Override
    public Optional<AssetVersion> version(UUID id, long version) {
        return tx.read(session -> session
                .createSelectionQuery("from AssetVersionEntity where assetId = :a and version = :v", AssetVersionEntity.class)
                .setParameter("a", id)
                .setParameter("v", version)
                .uniqueResultOptional().map(HibernateAssetRepository::toRecord));
    }

    @Override
    public void delete(UUID id) {
        tx.write(null, session -> {
            AssetEntity e = session.find(AssetEntity.class, id);
            if (e == null) {
                throw new AssetNotFoundException(id);
            }
            session.remove(e);
            return null;
        });
    }

    static Asset toRecord(AssetEntity e) {
        return new Asset(e.id, e.title, e.description, e.assetType, e.status, e.reviewStatus, e.sourceSystem,
                e.sourceId, e.fileHash, e.fileSize, e.originalFilename, e.mimeType, e.durationMs, e.recordedAt,
                e.parentId, e.derivativeType, e.customFields, e.operationalTags, e.enrichedMetadata, e.version,
                e.versionId, e.legalHold, e.storageTier, e.createdBy, e.createdAt, e.updatedAt, e.archivedAt,
                e.deletedAt);
    }

    static AssetVersion toRecord(AssetVersionEntity v) {
        return new AssetVersion(v.assetId, v.version, v.versionId, v.snapshot, v.origin, v.baseVersion,
                v.changeSummary, v.conflictResolved, v.createdByName, v.createdAt);
    }
}
