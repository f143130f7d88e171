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
import io.reelbase.core.asset.Facet;
import io.reelbase.core.asset.FacetCount;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
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
        return tx.read(session -> Optional.ofNullable(session.find(AssetEntity.class, id)).map(e -> withTags(session, e)));
    }

    @Override
    public List<Asset> findAll(java.util.Collection<UUID> ids) {
        List<UUID> list = List.copyOf(new java.util.LinkedHashSet<>(ids));
        return tx.read(session -> {
            List<Asset> all = new ArrayList<>();
            for (int i = 0; i < list.size(); i += 1000) {
                all.addAll(load(session, list.subList(i, Math.min(list.size(), i + 1000))));
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
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("page size must be 1..10000, not " + limit);
        }
        return tx.read(session -> {
            // First the ids in order (an index walk), then the rows themselves by primary key.
            boolean fuzzy = after.map(AssetCursor::fuzzy).orElse(false);
            List<String[]> found = pageIds(session, filter, after, limit, fuzzy);
            if (found.isEmpty() && after.isEmpty() && filter.hasText() && !fuzzy) {
                // Nothing matches the words exactly: look for near misses (typos) instead.
                fuzzy = true;
                found = pageIds(session, filter, after, limit, true);
            }
            boolean more = found.size() > limit;
            List<String[]> shown = more ? found.subList(0, limit) : found;
            List<Asset> items = load(session, shown.stream().map(r -> UUID.fromString(r[0])).toList());
            Optional<AssetCursor> next = more
                    ? Optional.of(new AssetCursor(filter.sort(), shown.get(limit - 1)[1], UUID.fromString(shown.get(limit - 1)[0]), fuzzy))
                    : Optional.empty();
            return new Page<>(items, next);
        });
    }

    /**
     * Ids and sort keys (as text) of up to {@code limit + 1} assets. With words: first the next rows of the
     * list are tested one by one (common words fill a page at once); if that falls short, every match is found.
     */
    private static List<String[]> pageIds(Session session, AssetFilter filter, Optional<AssetCursor> after, int limit,
                                          boolean fuzzy) {
        AssetSql q = AssetSql.where(filter, null, fuzzy);
        List<AssetSql.Strategy> tries = q.hasWords() ? List.of(AssetSql.Strategy.SCAN_AHEAD, q.exhaustive())
                : List.of(AssetSql.Strategy.UNION);
        List<String[]> rows = new ArrayList<>();
        session.doWork(c -> {
            for (AssetSql.Strategy strategy : tries) {
                rows.clear();
                try (PreparedStatement st = q.page(c, filter.sort(), after, limit, strategy); ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new String[] {rs.getString(1), rs.getString(2)});
                    }
                }
                if (rows.size() > limit) {
                    return;
                }
            }
        });
        return rows;
    }

    /** The assets with these ids, in this order, with their tags. */
    private static List<Asset> load(Session session, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, AssetEntity> byId = new HashMap<>();
        session.createSelectionQuery("from AssetEntity where id in :ids", AssetEntity.class)
                .setParameter("ids", ids).getResultList().forEach(e -> byId.put(e.id, e));
        Map<UUID, List<String>> tags = tagsOf(session, ids);
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull)
                .map(e -> toRecord(e).withTags(tags.getOrDefault(e.id, List.of()))).toList();
    }

    /** Keyword tags of these assets, each asset's in alphabetical order. */
    static Map<UUID, List<String>> tagsOf(Session session, java.util.Collection<UUID> ids) {
        Map<UUID, List<String>> tags = new HashMap<>();
        if (ids.isEmpty()) {
            return tags;
        }
        session.doWork(c -> {
            try (PreparedStatement st = c.prepareStatement("select g.asset_id, n.name from asset_graph_node g"
                    + " join graph_node n on n.id = g.node_id where n.node_type = 'KEYWORD' and g.asset_id = any(?)"
                    + " order by lower(n.name)")) {
                st.setArray(1, c.createArrayOf("uuid", ids.toArray()));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        tags.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(Shared.text(rs.getString(2)));
                    }
                }
            }
        });
        return tags;
    }

    private static Asset withTags(Session session, AssetEntity e) {
        return toRecord(e).withTags(tagsOf(session, List.of(e.id)).getOrDefault(e.id, List.of()));
    }

    @Override
    public Map<Facet, List<FacetCount>> facets(AssetFilter filter, int perFacet, java.util.Set<Facet> which) {
        return tx.read(session -> {
            Map<Facet, List<FacetCount>> all = new EnumMap<>(Facet.class);
            session.doWork(c -> {
                // Counted over the same matches the list shows: exact ones, or near misses if there are none.
                boolean fuzzy = filter.hasText() && !anyExactMatch(c, filter);
                // With words, their matches are found once into a temporary table, not once per facet.
                boolean words = filter.hasText() && which.size() > 1;
                if (words) {
                    AssetSql w = AssetSql.where(AssetFilter.ALL.withText(filter.text()), null, fuzzy);
                    try (java.sql.Statement st = c.createStatement()) {
                        st.execute("create temporary table if not exists facet_matches (id uuid primary key) on commit delete rows");
                        st.execute("truncate facet_matches");
                    }
                    try (PreparedStatement st = AssetSql.prepare(c, "insert into facet_matches " + w.matchingIds()
                            + " on conflict do nothing", w.textParams())) {
                        st.executeUpdate();
                    }
                    try (java.sql.Statement st = c.createStatement()) {
                        st.execute("analyze facet_matches");
                    }
                }
                for (Facet facet : which) {
                    AssetSql q = AssetSql.where(filter, facet, fuzzy);
                    String value = AssetSql.facetValue(facet);
                    // Over the whole catalogue, codecs, resolutions and tags are counted in their own tables alone.
                    String sql = q.isEverything() && AssetSql.countedAlone(facet) != null
                            ? AssetSql.countedAlone(facet)
                            : "select " + value + ", count(*) from asset a" + AssetSql.facetJoin(facet)
                            + " where " + (words ? q.whereMatchingIn("facet_matches") : q.whereAll()) + " and " + value
                            + " is not null group by 1 order by 2 desc, 1 limit ?";
                    List<Object> params = words ? new ArrayList<>(q.params) : q.paramsAll();
                    params.add(perFacet);
                    List<FacetCount> counts = new ArrayList<>();
                    try (PreparedStatement st = AssetSql.prepare(c, sql, params); ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            counts.add(new FacetCount(facet, rs.getString(1), rs.getLong(2)));
                        }
                    }
                    all.put(facet, List.copyOf(counts));
                }
            });
            return all;
        });
    }

    private static boolean anyExactMatch(java.sql.Connection c, AssetFilter filter) throws java.sql.SQLException {
        AssetSql q = AssetSql.where(filter, null, false);
        try (PreparedStatement st = q.page(c, filter.sort(), Optional.empty(), 1, AssetSql.Strategy.SCAN_AHEAD);
             ResultSet rs = st.executeQuery()) {
            if (rs.next()) {
                return true;
            }
        }
        try (PreparedStatement st = q.page(c, filter.sort(), Optional.empty(), 1, q.exhaustive()); ResultSet rs = st.executeQuery()) {
            return rs.next();
        }
    }

    @Override
    public List<io.reelbase.core.asset.RelatedAsset> related(UUID id, int limit) {
        return tx.read(session -> {
            List<io.reelbase.core.asset.RelatedAsset> related = new ArrayList<>();
            session.doWork(c -> {
                try (PreparedStatement st = AssetSql.prepare(c, "select a.id, a.title, a.asset_type,"
                        + " array_agg(n.name order by lower(n.name)),"
                        + " coalesce(array_agg(n.name order by lower(n.name)) filter (where n.node_type = 'KEYWORD'), '{}'), count(*)"
                        + " from asset_graph_node mine"
                        + " join asset_graph_node other on other.node_id = mine.node_id and other.asset_id <> mine.asset_id"
                        + " join graph_node n on n.id = mine.node_id"
                        + " join asset a on a.id = other.asset_id"
                        + " where mine.asset_id = ?"
                        + " group by a.id, a.title, a.asset_type, a.created_at"
                        + " order by count(*) desc, a.created_at desc, a.id desc limit ?", List.of(id, limit));
                     ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        related.add(new io.reelbase.core.asset.RelatedAsset(rs.getObject(1, UUID.class), rs.getString(2),
                                AssetType.valueOf(rs.getString(3)), List.of((String[]) rs.getArray(4).getArray()),
                                List.of((String[]) rs.getArray(5).getArray())));
                    }
                }
            });
            return related;
        });
    }

    @Override
    public List<String> suggestTags(String prefix, int limit) {
        String p = prefix == null ? "" : prefix.strip();
        String like = p.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return tx.read(session -> {
            List<String> names = new ArrayList<>();
            session.doWork(c -> {
                try (PreparedStatement st = AssetSql.prepare(c, "select n.name from graph_node n"
                        + " left join asset_graph_node g on g.node_id = n.id"
                        + " where n.node_type = 'KEYWORD' and n.name ilike ? escape '!'"
                        + " group by n.id, n.name"
                        + " order by (lower(n.name) like lower(?) escape '!') desc, count(g.asset_id) desc, lower(n.name)"
                        + " limit ?", List.of("%" + like + "%", like + "%", limit));
                     ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                    }
                }
            });
            return names;
        });
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
        }, changes.tags());
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
        return versionedChange(id, expectedVersion, actor, origin, summary, change, null);
    }

    /** As above; {@code tags}, if not null, become the asset's whole set of keyword tags. */
    private Asset versionedChange(UUID id, long expectedVersion, String actor, VersionOrigin origin, String summary,
                                  java.util.function.Consumer<AssetEntity> change, List<String> tags) {
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
                    replaceTags(session, e.id, tags);
                }
                e.versionId = UUID.randomUUID();
                // The UPDATE runs here with "where id = ? and version = ?": a save that raced us fails.
                session.flush();
                if (e.version == expectedVersion) {
                    // Nothing changed: no new version.
                    return withTags(session, e);
                }
                writeVersion(session, e, origin, expectedVersion, summary, actor);
                session.flush();
                session.refresh(e);
                return withTags(session, e);
            });
        } catch (OptimisticLockException | StaleStateException raced) {
            Asset now = find(id).orElseThrow(() -> new AssetNotFoundException(id));
            throw new StaleAssetException(id, now.title(), expectedVersion, now.version());
        }
    }

    /** Links the asset to exactly these keyword tags, creating the ones nobody used before. */
    private static void replaceTags(Session session, UUID assetId, List<String> tags) {
        session.doWork(c -> {
            String[] names = tags.toArray(String[]::new);
            try (PreparedStatement st = c.prepareStatement("insert into graph_node (node_type, name)"
                    + " select 'KEYWORD', t from unnest(?::text[]) t on conflict do nothing")) {
                st.setArray(1, c.createArrayOf("text", names));
                st.executeUpdate();
            }
            linkTags(c, "delete from asset_graph_node g using graph_node n"
                    + " where g.asset_id = ? and n.id = g.node_id and n.node_type = 'KEYWORD'"
                    + " and lower(n.name) <> all (select lower(t) from unnest(?::text[]) t)", assetId, names);
            linkTags(c, "insert into asset_graph_node (asset_id, node_id, origin)"
                    + " select ?, n.id, 'USER' from graph_node n where n.node_type = 'KEYWORD'"
                    + " and lower(n.name) in (select lower(t) from unnest(?::text[]) t) on conflict do nothing", assetId, names);
        });
    }

    private static void linkTags(java.sql.Connection c, String sql, UUID assetId, String[] names) throws java.sql.SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setObject(1, assetId);
            st.setArray(2, c.createArrayOf("text", names));
            st.executeUpdate();
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
        v.snapshot.put("tags", tagsOf(session, List.of(e.id)).getOrDefault(e.id, List.of()));
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
    @SuppressWarnings("unchecked")
    public Asset undoLastEdit(UUID id, long expectedVersion, String actor) {
        List<AssetVersion> history = versions(id);
        AssetVersion edit = null;
        for (int i = history.size() - 1; i >= 0 && edit == null; i--) {
            VersionOrigin o = history.get(i).origin();
            if (o == VersionOrigin.EDIT || o == VersionOrigin.BATCH_EDIT || o == VersionOrigin.ROLLBACK) {
                edit = history.get(i);
            }
        }
        if (edit == null) {
            throw new IllegalStateException("This asset has no edit to undo.");
        }
        long baseVersion = edit.baseVersion() != null ? edit.baseVersion() : edit.version() - 1;
        Map<String, Object> after = edit.snapshot();
        Map<String, Object> before = history.stream().filter(v -> v.version() == baseVersion).findFirst()
                .orElseThrow(() -> new IllegalStateException("The version before the last edit is missing."))
                .snapshot();
        java.util.function.Predicate<String> changed = k -> before.containsKey(k) && after.containsKey(k)
                && !java.util.Objects.equals(before.get(k), after.get(k));
        List<String> tags = changed.test("tags") ? List.copyOf((List<String>) before.get("tags")) : null;
        long undone = edit.version();
        return versionedChange(id, expectedVersion, actor, VersionOrigin.ROLLBACK, "Undid the edit of version " + undone, e -> {
            if (changed.test("title")) {
                e.title = (String) before.get("title");
            }
            if (changed.test("description")) {
                e.description = (String) before.get("description");
            }
            if (changed.test("review_status")) {
                e.reviewStatus = ReviewStatus.valueOf((String) before.get("review_status"));
            }
            if (changed.test("custom_fields")) {
                e.customFields = new HashMap<>((Map<String, Object>) before.get("custom_fields"));
            }
            if (changed.test("operational_tags")) {
                e.operationalTags = new HashMap<>((Map<String, Object>) before.get("operational_tags"));
            }
        }, tags);
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
                e.sourceId, e.fileHash, e.fileSize, e.originalFilename, Shared.text(e.mimeType), e.durationMs, e.recordedAt,
                e.parentId, e.derivativeType, e.customFields, e.operationalTags, e.enrichedMetadata, e.version,
                e.versionId, e.legalHold, e.storageTier, e.createdBy, e.createdAt, e.updatedAt, e.archivedAt,
                e.deletedAt, List.of());
    }

    static AssetVersion toRecord(AssetVersionEntity v) {
        return new AssetVersion(v.assetId, v.version, v.versionId, v.snapshot, v.origin, v.baseVersion,
                v.changeSummary, v.conflictResolved, v.createdByName, v.createdAt);
    }
}
