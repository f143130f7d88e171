package io.reelbase.persistence.offline;

import io.reelbase.core.Progress;
import io.reelbase.core.ReelbaseException;
import io.reelbase.persistence.DatabaseErrors;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Takes assets offline: copies them from the team's server into the laptop's own catalogue with the same ids —
 * the asset rows, keyword tags, technical metadata, derivatives (thumbnails, previews, filmstrips, waveforms)
 * and the newest versions of their history — and records each in a working set with the server version it
 * was copied at. Each batch of assets is one transaction on the laptop: a cancelled or failed take leaves
 * whole assets, and taking again carries on where it stopped.
 */
public final class OfflineCopy {
    private static final int BATCH = 200;
    private final DataSource server;
    private final DataSource local;

    /** What was copied. */
    public record Result(int assets, long versions, long derivatives, long derivativeBytes, List<UUID> missing, boolean cancelled) {
    }

    public OfflineCopy(DataSource server, DataSource local) {
        this.server = server;
        this.local = local;
    }

    /**
     * Copies {@code ids} into working set {@code set} (which must exist on the laptop), with the newest
     * {@code historyDepth} versions of each (null: all). Assets the server does not have are listed in the result.
     */
    public Result take(UUID set, List<UUID> ids, Integer historyDepth, Progress progress) {
        int assets = 0;
        long versions = 0;
        long derivatives = 0;
        long bytes = 0;
        List<UUID> missing = new ArrayList<>();
        try (Connection s = server.getConnection(); Connection l = local.getConnection()) {
            s.setReadOnly(true);
            l.setAutoCommit(false);
            for (int i = 0; i < ids.size(); i += BATCH) {
                if (progress.isCancelled()) {
                    return new Result(assets, versions, derivatives, bytes, missing, true);
                }
                List<UUID> batch = ids.subList(i, Math.min(ids.size(), i + BATCH));
                List<UUID> found = existing(s, batch);
                batch.stream().filter(id -> !found.contains(id)).forEach(missing::add);
                long[] counts = copyBatch(s, l, set, found, historyDepth);
                l.commit();
                assets += found.size();
                versions += counts[0];
                derivatives += counts[1];
                bytes += counts[2];
                progress.update((i + batch.size()) / (double) ids.size(), (i + batch.size()) + " of " + ids.size() + " assets");
            }
            return new Result(assets, versions, derivatives, bytes, missing, false);
        } catch (SQLException e) {
            throw DatabaseErrors.translate(new IllegalStateException(e));
        }
    }

    private static long[] copyBatch(Connection s, Connection l, UUID set, List<UUID> ids, Integer depth) throws SQLException {
        if (ids.isEmpty()) {
            return new long[3];
        }
        try (PreparedStatement st = l.prepareStatement("select set_config('reelbase.copying', 'on', true)")) {
            st.execute();
        }
        refuseIfElsewhere(l, set, ids);
        TableCopy.copy(s, l, "asset", "select * from asset where id = any(?)", ids, Set.of("created_by", "parent_id"),
                "on conflict (id) do nothing");
        TableCopy.copy(s, l, "technical_metadata", "select * from technical_metadata where asset_id = any(?)", ids, Set.of(),
                "on conflict (asset_id) do nothing");
        long[] derivative = TableCopy.copy(s, l, "derivative", "select * from derivative where asset_id = any(?)", ids, Set.of(),
                "on conflict do nothing");
        long[] version = TableCopy.copy(s, l, "asset_version", "select * from (select v.*, row_number() over (partition by asset_id"
                + " order by version desc) as newest from asset_version v where asset_id = any(?)) x"
                + (depth == null ? "" : " where newest <= " + depth.intValue()), ids, Set.of("created_by"), "on conflict do nothing");
        KeywordCopy.copy(s, l, ids);
        try (PreparedStatement st = l.prepareStatement("insert into working_set_asset (working_set_id, asset_id, base_version,"
                + " local_base_version) select ?, id, version, version from asset where id = any(?) on conflict do nothing")) {
            st.setObject(1, set);
            st.setArray(2, l.createArrayOf("uuid", ids.toArray()));
            st.executeUpdate();
        }
        return new long[] {version[0], derivative[0], derivative[1]};
    }

    /** An asset already in another working set cannot be taken again: two sets would merge it against different bases. */
    private static void refuseIfElsewhere(Connection l, UUID set, List<UUID> ids) throws SQLException {
        try (PreparedStatement st = l.prepareStatement("select a.title, w.name from working_set_asset x join working_set w"
                + " on w.id = x.working_set_id join asset a on a.id = x.asset_id where x.asset_id = any(?) and x.working_set_id <> ?"
                + " limit 1")) {
            st.setArray(1, l.createArrayOf("uuid", ids.toArray()));
            st.setObject(2, set);
            try (ResultSet rs = st.executeQuery()) {
                if (rs.next()) {
                    throw new ReelbaseException("\u201c" + rs.getString(1) + "\u201d is already offline in the working set \u201c"
                            + rs.getString(2) + "\u201d.", "Sync and return that set first, or leave the asset out of this one.");
                }
            }
        }
    }

    private static List<UUID> existing(Connection s, List<UUID> ids) throws SQLException {
        List<UUID> found = new ArrayList<>();
        try (PreparedStatement st = s.prepareStatement("select id from asset where id = any(?)")) {
            st.setArray(1, s.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return found;
    }
}
