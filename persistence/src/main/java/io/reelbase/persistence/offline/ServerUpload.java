package io.reelbase.persistence.offline;

import io.reelbase.core.ReelbaseException;
import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetCatalogue;
import io.reelbase.core.offline.AssetUpload;
import io.reelbase.persistence.DatabaseErrors;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * An asset made on the laptop, created on the working set's server with the same id, in one server transaction:
 * the asset row, its versions (same numbers and version ids, so a sync that stopped can tell it was done), tags,
 * technical metadata and derivatives. The original file is recorded on the server only where the server's own
 * watch folders reach its path; otherwise it stays on the laptop and the person is told so.
 */
public final class ServerUpload implements AssetUpload {
    private final DataSource server;
    private final DataSource local;
    private final AssetCatalogue serverCatalogue;

    public ServerUpload(DataSource server, DataSource local, AssetCatalogue serverCatalogue) {
        this.server = server;
        this.local = local;
        this.serverCatalogue = serverCatalogue;
    }

    @Override
    public Created create(UUID assetId, String actor) {
        List<UUID> ids = List.of(assetId);
        try (Connection l = local.getConnection(); Connection s = server.getConnection()) {
            l.setReadOnly(true);
            l.setAutoCommit(false);
            s.setAutoCommit(false);
            try {
                refuseDuplicate(l, s, assetId);
                try (PreparedStatement st = s.prepareStatement("select set_config('reelbase.copying', 'on', true)")) {
                    st.execute();
                }
                TableCopy.copy(l, s, "asset", "select * from asset where id = any(?)", ids, Set.of("created_by", "parent_id"),
                        "on conflict (id) do nothing");
                TableCopy.copy(l, s, "technical_metadata", "select * from technical_metadata where asset_id = any(?)", ids, Set.of(),
                        "on conflict (asset_id) do nothing");
                TableCopy.copy(l, s, "derivative", "select * from derivative where asset_id = any(?)", ids, Set.of(), "on conflict do nothing");
                TableCopy.copy(l, s, "asset_version", "select * from asset_version where asset_id = any(?)", ids, Set.of("created_by"),
                        "on conflict do nothing");
                KeywordCopy.copy(l, s, ids);
                String note = original(l, s, assetId);
                long localVersion = version(l, assetId);
                recordCreation(s, assetId, actor, note);
                s.commit();
                l.commit();
                Asset made = serverCatalogue.find(assetId).orElseThrow();
                return new Created(made, localVersion, note);
            } catch (SQLException | RuntimeException e) {
                s.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw DatabaseErrors.translate(new IllegalStateException(e));
        }
    }

    /** The server has the same file (by content) as another asset: creating this one would make a duplicate. */
    private static void refuseDuplicate(Connection l, Connection s, UUID assetId) throws SQLException {
        String hash = single(l, "select file_hash from asset where id = ?", assetId).orElse(null);
        if (hash == null) {
            return;
        }
        try (PreparedStatement st = s.prepareStatement("select id, title from asset where file_hash = ?")) {
            st.setString(1, hash);
            try (ResultSet rs = st.executeQuery()) {
                if (rs.next()) {
                    throw new ReelbaseException("The server already has this file as \u201c" + rs.getString(2) + "\u201d (" + rs.getObject(1)
                            + "), so it was not created there again.", "Take that asset offline instead, and remove this copy from the set.");
                }
            }
        }
    }

    /**
     * Records the original's location on the server where the server's watch folders cover its path (their workers
     * reach it); else says it was not uploaded.
     */
    private static String original(Connection l, Connection s, UUID assetId) throws SQLException {
        Optional<String> path = single(l, "select path from storage_location where asset_id = ? and purpose = 'ORIGINAL'"
                + " order by is_primary desc, created_at limit 1", assetId);
        if (path.isEmpty()) {
            return "original not uploaded: this computer has no file for it";
        }
        try (PreparedStatement st = s.prepareStatement("select 1 from ingest_source where starts_with(?, rtrim(path, '/') || '/') limit 1")) {
            st.setString(1, path.get());
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return "original not uploaded: it stays on this computer at " + path.get();
                }
            }
        }
        TableCopy.copy(l, s, "storage_location", "select * from storage_location where asset_id = any(?) and purpose = 'ORIGINAL'",
                List.of(assetId), Set.of(), "on conflict do nothing");
        return null;
    }

    private static void recordCreation(Connection s, UUID assetId, String actor, String note) throws SQLException {
        try (PreparedStatement st = s.prepareStatement("select reelbase_record_action('SYNC', 'INBOUND', null, null, ?, 'offline sync',"
                + " null, jsonb_build_object('created', true, 'author', ?::text, 'original', ?::text), null, null)")) {
            st.setObject(1, assetId);
            st.setString(2, actor);
            st.setString(3, note == null ? "at its path" : note);
            st.execute();
        }
    }

    private static long version(Connection l, UUID assetId) throws SQLException {
        return Long.parseLong(single(l, "select version::text from asset where id = ?", assetId).orElseThrow());
    }

    private static Optional<String> single(Connection c, String sql, UUID id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setObject(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
