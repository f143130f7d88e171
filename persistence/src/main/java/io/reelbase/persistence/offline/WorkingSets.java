package io.reelbase.persistence.offline;

import io.reelbase.core.ReelbaseException;
import io.reelbase.core.offline.OfflineAsset;
import io.reelbase.core.offline.WorkingSet;
import io.reelbase.core.offline.WorkingSetStore;
import io.reelbase.core.offline.WorkingSetSync;
import io.reelbase.persistence.DatabaseErrors;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** The working sets of this (the laptop's) catalogue. */
public final class WorkingSets implements WorkingSetStore {
    private static final String SELECT = "select w.id, w.name, w.server_url, w.server_user, w.history_depth, w.taken_at,"
            + " w.last_synced_at, count(x.asset_id), count(x.asset_id) filter (where x.base_version is null or a.version > x.local_base_version)"
            + " from working_set w left join working_set_asset x on x.working_set_id = w.id left join asset a on a.id = x.asset_id";
    private final DataSource local;

    public WorkingSets(DataSource local) {
        this.local = local;
    }

    /** A new, empty working set; a name already used here is refused. */
    public WorkingSet create(String name, String serverUrl, String serverUser, Integer historyDepth) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("A working set needs a name.");
        }
        if (find(clean).isPresent()) {
            throw new ReelbaseException("There is already a working set named \u201c" + clean + "\u201d on this computer.",
                    "Choose another name with --name, or sync and return that set first.");
        }
        try (Connection c = local.getConnection(); PreparedStatement st = c.prepareStatement("insert into working_set"
                + " (name, server_url, server_user, history_depth) values (?, ?, ?, ?)")) {
            st.setString(1, clean);
            st.setString(2, serverUrl);
            st.setString(3, serverUser);
            st.setObject(4, historyDepth);
            st.executeUpdate();
        } catch (SQLException e) {
            throw DatabaseErrors.translate(new IllegalStateException(e));
        }
        return find(clean).orElseThrow();
    }

    public Optional<WorkingSet> find(String name) {
        List<WorkingSet> found = query(SELECT + " where lower(w.name) = lower(?) group by w.id", name);
        return found.stream().findFirst();
    }

    /** Every working set, by name. */
    @Override
    public List<WorkingSet> list() {
        return query(SELECT + " group by w.id order by lower(w.name)", null);
    }

    private List<WorkingSet> query(String sql, String param) {
        try (Connection c = local.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            if (param != null) {
                st.setString(1, param);
            }
            List<WorkingSet> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Timestamp synced = rs.getTimestamp(7);
                    out.add(new WorkingSet(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                            (Integer) rs.getObject(5), rs.getTimestamp(6).toInstant(), synced == null ? null : synced.toInstant(),
                            rs.getInt(8), rs.getInt(9)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw DatabaseErrors.translate(new IllegalStateException(e));
        }
    }

    @Override
    public List<OfflineAsset> members(UUID workingSet) {
        try (Connection c = local.getConnection(); PreparedStatement st = c.prepareStatement("select asset_id, base_version,"
                + " local_base_version, server_state from working_set_asset where working_set_id = ? order by asset_id")) {
            st.setObject(1, workingSet);
            List<OfflineAsset> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new OfflineAsset(rs.getObject(1, UUID.class), (Long) rs.getObject(2), rs.getLong(3),
                            OfflineAsset.ServerState.valueOf(rs.getString(4))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw DatabaseErrors.translate(new IllegalStateException(e));
        }
    }

    @Override
    public void synced(UUID workingSet, UUID assetId, long serverVersion, long localVersion) {
        update("update working_set_asset set base_version = ?, local_base_version = ?, server_state = 'PRESENT'"
                + " where working_set_id = ? and asset_id = ?", serverVersion, localVersion, workingSet, assetId);
    }

    @Override
    public void serverState(UUID workingSet, UUID assetId, OfflineAsset.ServerState state) {
        update("update working_set_asset set server_state = ? where working_set_id = ? and asset_id = ?", state.name(), workingSet, assetId);
    }

    @Override
    public int addNew(UUID workingSet, Collection<UUID> assetIds) {
        try (Connection c = local.getConnection(); PreparedStatement st = c.prepareStatement("insert into working_set_asset"
                + " (working_set_id, asset_id, base_version, local_base_version) select ?, id, null, version from asset"
                + " where id = any(?) and not exists (select 1 from working_set_asset x where x.asset_id = asset.id)")) {
            st.setObject(1, workingSet);
            st.setArray(2, c.createArrayOf("uuid", assetIds.toArray()));
            return st.executeUpdate();
        } catch (SQLException e) {
            throw DatabaseErrors.translate(new IllegalStateException(e));
        }
    }

    @Override
    public SyncRun startRun(UUID workingSet) {
        try (Connection c = local.getConnection(); PreparedStatement st = c.prepareStatement("insert into sync_journal"
                + " (working_set_id, resumed) values (?, coalesce((select finished_at is null from sync_journal where"
                + " working_set_id = ? order by id desc limit 1), false)) returning id, resumed")) {
            st.setObject(1, workingSet);
            st.setObject(2, workingSet);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return new SyncRun(rs.getLong(1), workingSet, rs.getBoolean(2));
            }
        } catch (SQLException e) {
            throw DatabaseErrors.translate(new IllegalStateException(e));
        }
    }

    @Override
    public void finishRun(SyncRun run, WorkingSetSync.Report r) {
        update("update sync_journal set finished_at = now(), sent = ?, received = ?, created = ?, clashes = ?, not_synced = ?"
                + " where id = ?", r.pushed(), r.pulled(), r.created(), r.clashes().size(), r.notSynced().size(), run.id());
        update("update working_set set last_synced_at = now() where id = ?", run.workingSet());
    }

    private void update(String sql, Object... params) {
        try (Connection c = local.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            st.executeUpdate();
        } catch (SQLException e) {
            throw DatabaseErrors.translate(new IllegalStateException(e));
        }
    }

    /**
     * Removes the set and its assets' local copies (their versions, tags and derivatives with them), in one transaction;
     * returns the paths of their proxies on this computer, for the caller to delete once that has committed.
     */
    public List<String> remove(UUID workingSet) {
        try (Connection c = local.getConnection()) {
            c.setAutoCommit(false);
            List<String> proxies = new ArrayList<>();
            try (PreparedStatement files = c.prepareStatement("select path from storage_location where purpose = 'PROXY' and asset_id in"
                    + " (select asset_id from working_set_asset where working_set_id = ?)");
                 PreparedStatement assets = c.prepareStatement("delete from asset where id in"
                    + " (select asset_id from working_set_asset where working_set_id = ?)");
                 PreparedStatement set = c.prepareStatement("delete from working_set where id = ?")) {
                files.setObject(1, workingSet);
                try (ResultSet rs = files.executeQuery()) {
                    while (rs.next()) {
                        proxies.add(rs.getString(1));
                    }
                }
                assets.setObject(1, workingSet);
                assets.executeUpdate();
                set.setObject(1, workingSet);
                set.executeUpdate();
                c.commit();
                return proxies;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw DatabaseErrors.translate(new IllegalStateException(e));
        }
    }
}
