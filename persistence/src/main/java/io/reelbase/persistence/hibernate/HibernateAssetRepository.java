package io.reelbase.persistence.hibernate;

import io.reelbase.core.Page;
import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetChanges;
import io.reelbase.core.asset.AssetCursor;
import io.reelbase.core.asset.AssetFilter;
import io.reelbase.core.asset.AssetNotFoundException;
import io.reelbase.core.asset.AssetRepository;
import io.reelbase.core.asset.AssetStatus;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.AssetVersion;
import io.reelbase.core.asset.DuplicateAssetException;
import io.reelbase.core.asset.Facet;
import io.reelbase.core.asset.FacetCount;
import io.reelbase.core.asset.NewAsset;
import io.reelbase.core.asset.RelatedAsset;
import io.reelbase.core.asset.ReviewStatus;
import io.reelbase.core.asset.StaleAssetException;
import io.reelbase.core.asset.StorageTier;
import io.reelbase.core.asset.VersionOrigin;
import io.reelbase.core.asset.VersionStamp;
import jakarta.persistence.OptimisticLockException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.hibernate.Session;
import org.hibernate.StaleStateException;

/**
 * Assets and their versions in PostgreSQL. Every write is checked against the version it started from
 * and kept as a version snapshot; searching is {@link HibernateAssetSearch}'s.
 */
public final class HibernateAssetRepository implements AssetRepository {
    private final Transactions tx;
    private final HibernateAssetSearch search;

    public HibernateAssetRepository(Transactions tx) {
        this.tx = tx;
        this.search = new HibernateAssetSearch(tx);
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
            writeVersion(session, e, VersionStamp.of(VersionOrigin.CREATE, "Created"), null, actor);
            return toRecord(e);
        });
    }

    @Override
    public Optional<Asset> find(UUID id) {
        return tx.read(session -> Optional.ofNullable(session.find(AssetEntity.class, id)).map(e -> withTags(session, e)));
    }

    @Override
    public List<Asset> findAll(java.util.Collection<UUID> ids) {
        List<UUID> list = List.copyOf(new java.util.LinkedHashSet<>(ids));
        return tx.read(session -> {
            List<Asset> all = new ArrayList<>();
            for (int i = 0; i < list.size(); i += 1000) {
                all.addAll(HibernateAssetSearch.load(session, list.subList(i, Math.min(list.size(), i + 1000))));
            }
            return all;
        });
    }

    @Override
    public Optional<Asset> findByHash(String sha256) {
        return tx.read(session -> session
                .createSelectionQuery("from AssetEntity where fileHash = :h", AssetEntity.class)
                .setParameter("h", sha256.toLowerCase(java.util.Locale.ROOT))
                .uniqueResultOptional()
                .map(e -> withTags(session, e)));
    }

    @Override
    public Page<Asset, AssetCursor> page(AssetFilter filter, Optional<AssetCursor> after, int limit) {
        return search.page(filter, after, limit);
    }

    @Override
    public Map<Facet, List<FacetCount>> facets(AssetFilter filter, int perFacet, Set<Facet> which) {
        return search.facets(filter, perFacet, which);
    }

    @Override
    public List<String> suggestTags(String prefix, int limit) {
        return search.suggestTags(prefix, limit);
    }

    @Override
    public List<RelatedAsset> related(UUID id, int limit) {
        return search.related(id, limit);
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
    public List<UUID> idsStartingWith(String prefix, int limit) {
        String hex = prefix.toLowerCase(java.util.Locale.ROOT).replace("-", "");
        if (!hex.matches("[0-9a-f]{1,32}")) {
            return List.of();
        }
        // Every id with this prefix lies between the prefix padded with 0s and with fs: a walk of the primary key.
        return tx.read(session -> session.createSelectionQuery(
                        "select id from AssetEntity where id between :lo and :hi order by id", UUID.class)
                .setParameter("lo", uuid(hex, '0')).setParameter("hi", uuid(hex, 'f')).setMaxResults(limit).getResultList());
    }

    private static UUID uuid(String hex, char pad) {
        String h = (hex + String.valueOf(pad).repeat(32)).substring(0, 32);
        return UUID.fromString(h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-"
                + h.substring(16, 20) + "-" + h.substring(20));
    }

    @Override
    public long count() {
        return tx.read(session -> session.createSelectionQuery("select count(*) from AssetEntity", Long.class)
                .getSingleResult());
    }

    @Override
    public Asset update(UUID id, long expectedVersion, AssetChanges changes, VersionStamp stamp, String actor) {
        return versionedChange(id, expectedVersion, actor, stamp, e -> {
            if (changes.title() != null) {
                e.title = changes.title();
            }
            if (changes.description() != null) {
                e.description = changes.description().isBlank() ? null : changes.description();
            }
            if (changes.reviewStatus() != null) {
                e.reviewStatus = changes.reviewStatus();
            }
            if (changes.customFields() != null) {
                e.customFields = new HashMap<>(changes.customFields());
            }
            if (changes.operationalTags() != null) {
                e.operationalTags = new HashMap<>(changes.operationalTags());
            }
        }, changes.tags());
    }

    @Override
    public Asset changeStatus(UUID id, long expectedVersion, AssetStatus status, String actor) {
        return versionedChange(id, expectedVersion, actor, VersionStamp.of(VersionOrigin.JOB, "Status " + status), e -> {
            // The moment it was archived or deleted is the latest one: a purge's grace period counts from it.
            Instant now = Instant.now();
            if (status != e.status) {
                e.archivedAt = status == AssetStatus.ARCHIVED ? now : e.status == AssetStatus.ARCHIVED ? null : e.archivedAt;
                e.deletedAt = status == AssetStatus.DELETED ? now : e.status == AssetStatus.DELETED ? null : e.deletedAt;
            }
            e.status = status;
        }, null);
    }

    @Override
    public Asset recordProcessing(UUID id, AssetStatus status, Long durationMs, String mimeType, Instant recordedAt,
                                  String summary, String actor) {
        return recordProcessing(id, status, durationMs, mimeType, recordedAt, summary, actor, e -> { });
    }

    @Override
    public Asset recordProcessed(UUID id, Long durationMs, String mimeType, Instant recordedAt, String damage,
                                 String summary, String actor) {
        return recordProcessing(id, AssetStatus.PROCESSED, durationMs, mimeType, recordedAt, summary, actor, e -> {
            if (!java.util.Objects.equals(e.damage, damage)) {
                e.damage = damage;
            }
        });
    }

    private Asset recordProcessing(UUID id, AssetStatus status, Long durationMs, String mimeType, Instant recordedAt,
                                   String summary, String actor, Consumer<AssetEntity> more) {
        for (int attempt = 1; ; attempt++) {
            Asset current = find(id).orElseThrow(() -> new AssetNotFoundException(id));
            try {
                return versionedChange(id, current.version(), actor, VersionStamp.of(VersionOrigin.JOB, summary), e -> {
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
                    more.accept(e);
                }, null);
            } catch (StaleAssetException raced) {
                if (attempt >= 5) {
                    throw raced;
                }
            }
        }
    }

    /** Applies {@code change} (and {@code tags}, if not null, as the whole set of keyword tags) as one new version. */
    private Asset versionedChange(UUID id, long expectedVersion, String actor, VersionStamp stamp,
                                  Consumer<AssetEntity> change, List<String> tags) {
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
                if (tags != null) {
                    KeywordTags.replace(session, e.id, tags);
                }
                e.versionId = UUID.randomUUID();
                // The UPDATE runs here with "where id = ? and version = ?": a save that raced us fails.
                session.flush();
                if (e.version == expectedVersion) {
                    // Nothing changed: no new version.
                    return withTags(session, e);
                }
                writeVersion(session, e, stamp, expectedVersion, actor);
                session.flush();
                session.refresh(e);
                return withTags(session, e);
            });
        } catch (OptimisticLockException | StaleStateException raced) {
            Asset now = find(id).orElseThrow(() -> new AssetNotFoundException(id));
            throw new StaleAssetException(id, now.title(), expectedVersion, now.version());
        }
    }

    private static void writeVersion(Session session, AssetEntity e, VersionStamp stamp, Long writtenOn, String actor) {
        AssetVersionEntity v = new AssetVersionEntity();
        v.id = UUID.randomUUID();
        v.assetId = e.id;
        v.version = e.version;
        v.versionId = e.versionId;
        v.snapshot = SnapshotJson.toJson(SnapshotJson.of(e, KeywordTags.of(session, e.id)));
        v.origin = stamp.origin();
        v.baseVersion = writtenOn;
        v.changeSummary = stamp.summary();
        v.conflictResolved = stamp.conflictResolved();
        v.syncMark = stamp.syncMark();
        v.createdByName = actor;
        session.persist(v);
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
    public Map<UUID, AssetVersion> versionsAt(java.util.Collection<UUID> ids, Instant at) {
        List<UUID> list = List.copyOf(new java.util.LinkedHashSet<>(ids));
        Map<UUID, AssetVersion> found = new HashMap<>();
        for (int i = 0; i < list.size(); i += 1000) {
            List<UUID> chunk = list.subList(i, Math.min(list.size(), i + 1000));
            tx.read(session -> session.createNativeQuery("select distinct on (asset_id) * from asset_version"
                            + " where asset_id in (:ids) and created_at <= :at order by asset_id, version desc", AssetVersionEntity.class)
                    .setParameterList("ids", chunk).setParameter("at", at).getResultList())
                    .forEach(v -> found.put(v.assetId, toRecord(v)));
        }
        return found;
    }

    @Override
    public List<AssetVersion> syncMarked(java.util.Collection<UUID> ids, String markPrefix) {
        List<UUID> list = List.copyOf(new java.util.LinkedHashSet<>(ids));
        List<AssetVersion> found = new java.util.ArrayList<>();
        for (int i = 0; i < list.size(); i += 1000) {
            List<UUID> chunk = list.subList(i, Math.min(list.size(), i + 1000));
            tx.read(session -> session.createSelectionQuery("from AssetVersionEntity where assetId in (:ids)"
                            + " and syncMark like :p order by assetId, version", AssetVersionEntity.class)
                    .setParameterList("ids", chunk).setParameter("p", markPrefix + "%")
                    .getResultList()).forEach(v -> found.add(toRecord(v)));
        }
        return found;
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

    private static Asset withTags(Session session, AssetEntity e) {
        return toRecord(e).withTags(KeywordTags.of(session, e.id));
    }

    static Asset toRecord(AssetEntity e) {
        return new Asset(e.id, e.title, e.description, e.assetType, e.status, e.reviewStatus, e.sourceSystem,
                e.sourceId, e.fileHash, e.fileSize, e.originalFilename, InternedText.text(e.mimeType), e.durationMs, e.recordedAt,
                e.parentId, e.derivativeType, e.customFields, e.operationalTags, e.enrichedMetadata, e.version,
                e.versionId, e.legalHold, e.storageTier, e.createdBy, e.createdAt, e.updatedAt, e.archivedAt,
                e.deletedAt, e.damage, List.of());
    }

    static AssetVersion toRecord(AssetVersionEntity v) {
        return new AssetVersion(v.assetId, v.version, v.versionId, SnapshotJson.fromJson(v.snapshot), v.origin,
                v.baseVersion, v.changeSummary, v.conflictResolved, v.createdByName, v.createdAt, v.syncMark);
    }
}
