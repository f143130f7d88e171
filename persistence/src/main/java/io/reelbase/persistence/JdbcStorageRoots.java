package io.reelbase.persistence;

import io.reelbase.core.ReelbaseException;
import io.reelbase.core.asset.StorageTier;
import io.reelbase.core.storage.StorageRoot;
import io.reelbase.core.storage.StorageRoots;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Storage roots (V17) in plain SQL. */
public final class JdbcStorageRoots implements StorageRoots {
    private static final String COLUMNS = "id, name, path, tier, capacity_bytes, verified_at";
    private final DataSource db;

    public JdbcStorageRoots(DataSource db) {
        this.db = db;
    }

    @Override
    public StorageRoot add(String name, Path path, StorageTier tier, Long capacityBytes) {
        StorageRoot draft = new StorageRoot(null, name, path.toAbsolutePath().normalize(), tier, capacityBytes, null);
        for (StorageRoot r : all()) {
            if (r.name().equalsIgnoreCase(draft.name())) {
                throw new IllegalArgumentException("There is already a storage root named \u201c" + r.name() + "\u201d.");
            }
            if (r.holds(draft.path()) || draft.holds(r.path())) {
                throw new IllegalArgumentException(draft.path() + " overlaps the storage root \u201c" + r.name() + "\u201d (" + r.path()
                        + "); roots may not lie inside one another.");
            }
        }
        try (Connection c = db.getConnection(); PreparedStatement st = c.prepareStatement("insert into storage_root (name, path, tier,"
                + " capacity_bytes) values (?, ?, ?, ?) returning " + COLUMNS)) {
            st.setString(1, draft.name());
            st.setString(2, draft.path().toString());
            st.setString(3, tier.name());
            st.setObject(4, capacityBytes, Types.BIGINT);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return root(rs);
            }
        } catch (SQLException e) {
            throw DatabaseErrors.translate(new IllegalStateException(e));
        }
    }

    @Override
    public int adopt(StorageRoot root) {
        try (Connection c = db.getConnection(); PreparedStatement st = c.prepareStatement("update storage_location set root_id = ?,"
                + " tier = ? where root_id is null and starts_with(path, ?)")) {
            st.setObject(1, root.id());
            st.setString(2, root.tier().name());
            st.setString(3, root.path().toString().endsWith("/") ? root.path().toString() : root.path() + "/");
            return st.executeUpdate();
        } catch (SQLException e) {
            throw DatabaseErrors.translate(new IllegalStateException(e));
        }
    }

    @Override
    public void recordCopy(StorageRoot root, UUID assetId, Path path, long sizeBytes, String sha256) {
        try (Connection c = db.getConnection(); PreparedStatement st = c.prepareStatement("insert into storage_location (asset_id,"
                + " tier, path, purpose, size_bytes, checksum, is_primary, status, verified_at, root_id)"
                + " values (?, ?, ?, 'ORIGINAL', ?, ?, false, 'AVAILABLE', now(), ?)"
                + " on conflict (asset_id, path) do update set checksum = excluded.checksum, size_bytes = excluded.size_bytes,"
                + " status = 'AVAILABLE', verified_at = now(), root_id = excluded.root_id, tier = excluded.tier")) {
            st.setObject(1, assetId);
            st.setString(2, root.tier().name());
            st.setString(3, path.toString());
            st.setLong(4, sizeBytes);
            st.setString(5, sha256);
            st.setObject(6, root.id());
            st.executeUpdate();
        } catch (SQLException e) {
            throw DatabaseErrors.translate(new IllegalStateException(e));
        }
    }

    @Override
    public List<StorageRoot> all() {
        return query("select " + COLUMNS + " from storage_root order by lower(name)", null);
    }

    @Override
    public Optional<StorageRoot> named(String name) {
        return query("select " + COLUMNS + " from storage_root where lower(name) = lower(?)", name).stream().findFirst();
    }

    @Override
    public Optional<StorageRoot> proxyRoot() {
        return query("select " + COLUMNS + " from storage_root where holds_proxies", null).stream().findFirst();
    }

    @Override
    public void holdProxies(StorageRoot root) {
        new Tx(db).write(c -> Tx.update(c, "update storage_root set holds_proxies = false where holds_proxies and id <> ?", root.id())
                + Tx.update(c, "update storage_root set holds_proxies = true where id = ?", root.id()));
    }

    private List<StorageRoot> query(String sql, String arg) {
        try (Connection c = db.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            if (arg != null) {
                st.setString(1, arg);
            }
            List<StorageRoot> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(root(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw DatabaseErrors.translate(new IllegalStateException(e));
        }
    }

    private static StorageRoot root(ResultSet rs) throws SQLException {
        Timestamp verified = rs.getTimestamp(6);
        Long capacity = rs.getObject(5, Long.class);
        return new StorageRoot(rs.getObject(1, UUID.class), rs.getString(2), Path.of(rs.getString(3)), StorageTier.valueOf(rs.getString(4)),
                capacity, verified == null ? null : verified.toInstant());
    }

    @Override
    public Usage usage(UUID rootId) {
        try (Connection c = db.getConnection(); PreparedStatement st = c.prepareStatement("select count(*), coalesce(sum(size_bytes), 0)"
                + " from storage_location where root_id = ? and status <> 'DELETED'")) {
            st.setObject(1, rootId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return new Usage(rs.getLong(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw DatabaseErrors.translate(new IllegalStateException(e));
        }
    }

    @Override
    public List<Copy> copies(UUID rootId) {
        try (Connection c = db.getConnection(); PreparedStatement st = c.prepareStatement("select id, asset_id, path, checksum,"
                + " coalesce(size_bytes, 0) from storage_location where root_id = ? and status <> 'DELETED' order by path")) {
            st.setObject(1, rootId);
            List<Copy> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new Copy(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), Path.of(rs.getString(3)), rs.getString(4),
                            rs.getLong(5)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw DatabaseErrors.translate(new IllegalStateException(e));
        }
    }

    @Override
    public void checked(UUID locationId, State state) {
        update("update storage_location set status = ?, verified_at = case when ? = 'AVAILABLE' then now() else verified_at end"
                + " where id = ?", state.name(), state.name(), locationId);
    }

    @Override
    public void verified(UUID rootId) {
        update("update storage_root set verified_at = now() where id = ?", rootId);
    }

    private void update(String sql, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            if (st.executeUpdate() == 0) {
                throw new ReelbaseException("That storage record is no longer there.", "Run the command again.");
            }
        } catch (SQLException e) {
            throw DatabaseErrors.translate(new IllegalStateException(e));
        }
    }
}
