package io.reelbase.persistence.lifecycle;

import io.reelbase.core.asset.StorageTier;
import io.reelbase.core.lifecycle.LifecycleAction;
import io.reelbase.core.lifecycle.LifecycleSteps;
import io.reelbase.core.lifecycle.PlanItem;
import io.reelbase.core.storage.StorageRoot;
import io.reelbase.persistence.Json;
import io.reelbase.persistence.Tx;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Each step of a plan item, recorded with what it changes in one transaction. */
public final class JdbcLifecycleSteps implements LifecycleSteps {
    private static final String COPY = "select id, path, coalesce(size_bytes, 0), is_primary, root_id, purpose from storage_location";
    private final Tx tx;

    public JdbcLifecycleSteps(DataSource db) {
        this.tx = new Tx(db);
    }

    @Override
    public Optional<Original> original(UUID asset) {
        return tx.write(c -> {
            List<Copy> copies = Tx.list(c, COPY + " where asset_id = ? and purpose = 'ORIGINAL' and status in ('AVAILABLE', 'PENDING_DELETE')"
                    + " order by is_primary desc, root_id is null, created_at", JdbcLifecycleSteps::copy, asset);
            return Tx.list(c, "select title, file_hash, coalesce(file_size, 0) from asset where id = ?",
                    rs -> new Original(asset, rs.getString(1), rs.getString(2), rs.getLong(3), copies), asset).stream().findFirst();
        });
    }

    @Override
    public void copied(long item, Path target) {
        tx.write(c -> Tx.update(c, "update lifecycle_plan_item set state = 'COPIED', target_path = ? where id = ?", target.toString(), item));
    }

    @Override
    public void verified(long item, UUID asset, StorageRoot root, Path target, long size, String sha256) {
        tx.write(c -> {
            Tx.update(c, "insert into storage_location (asset_id, tier, path, purpose, size_bytes, checksum, is_primary, status, verified_at,"
                    + " root_id) values (?, ?, ?, 'ORIGINAL', ?, ?, false, 'AVAILABLE', now(), ?)"
                    + " on conflict (asset_id, path) do update set checksum = excluded.checksum, size_bytes = excluded.size_bytes,"
                    + " status = 'AVAILABLE', verified_at = now(), root_id = excluded.root_id, tier = excluded.tier",
                    asset, root.tier(), target.toString(), size, sha256, root.id());
            return Tx.update(c, "update lifecycle_plan_item set state = 'VERIFIED' where id = ?", item);
        });
    }

    @Override
    public void switched(long item, UUID asset, Path target, StorageTier tier) {
        tx.write(c -> {
            Tx.update(c, "update storage_location set is_primary = false where asset_id = ? and purpose = 'ORIGINAL' and is_primary"
                    + " and path <> ?", asset, target.toString());
            Tx.update(c, "update storage_location set is_primary = true where asset_id = ? and path = ?", asset, target.toString());
            Tx.update(c, "update storage_location set status = 'PENDING_DELETE' where asset_id = ? and purpose = 'ORIGINAL'"
                    + " and root_id is not null and path <> ? and status = 'AVAILABLE'", asset, target.toString());
            Tx.update(c, "update asset set storage_tier = ? where id = ? and storage_tier <> ?", tier, asset, tier);
            return Tx.update(c, "update lifecycle_plan_item set state = 'SWITCHED' where id = ?", item);
        });
    }

    @Override
    public List<Copy> toRemove(UUID asset, boolean all) {
        return tx.list(COPY + " where asset_id = ? and root_id is not null and status " + (all ? "<> 'DELETED'" : "= 'PENDING_DELETE'"),
                JdbcLifecycleSteps::copy, asset);
    }

    @Override
    public void removed(UUID location) {
        tx.write(c -> Tx.update(c, "update storage_location set status = 'DELETED', is_primary = false where id = ?", location));
    }

    @Override
    public void finish(PlanItem item, long bytesFreed, String message, String actor) {
        tx.write(c -> {
            record(c, "LIFECYCLE_" + item.action(), actor, item.assetId(), metadata(item, bytesFreed), null, after(item));
            return done(c, item, bytesFreed, message);
        });
    }

    @Override
    public void purge(PlanItem item, long bytesFreed, String actor) {
        tx.write(c -> {
            record(c, "LIFECYCLE_DELETE", actor, item.assetId(), metadata(item, bytesFreed), null, after(item));
            Tx.update(c, "delete from asset where id = ?", item.assetId());
            return done(c, item, bytesFreed, "purged");
        });
    }

    @Override
    public void failed(PlanItem item, String message) {
        tx.write(c -> Tx.update(c, "update lifecycle_plan_item set state = 'FAILED', message = ?, finished_at = now() where id = ?",
                message, item.id()));
    }

    /** Writes the audit record in the step's own transaction, through the database's function (which stamps the login). */
    private static void record(java.sql.Connection c, String type, String actor, UUID asset, String metadataJson, String beforeJson,
                               String afterJson) throws SQLException {
        try (java.sql.PreparedStatement st = c.prepareStatement("select reelbase_record_action(?, null, null, ?, ?, 'lifecycle', null,"
                + " ?::jsonb, ?::jsonb, ?::jsonb)")) {
            Tx.bind(st, type, actor, asset, metadataJson, beforeJson, afterJson);
            st.execute();
        }
    }

    private static int done(java.sql.Connection c, PlanItem item, long freed, String message) throws SQLException {
        return Tx.update(c, "update lifecycle_plan_item set state = 'DONE', bytes_freed = ?, message = ?, finished_at = now() where id = ?",
                freed, message, item.id());
    }

    private static String metadata(PlanItem item, long freed) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", item.ruleName());
        m.put("action", item.action().name());
        m.put("bytes", item.bytes());
        m.put("bytes_freed", freed);
        if (item.targetPath() != null) {
            m.put("path", item.targetPath());
        }
        return Json.write(m);
    }

    private static String after(PlanItem item) {
        Map<String, Object> m = new LinkedHashMap<>();
        switch (item.action()) {
            case MOVE -> m.put("storage_tier", item.targetTier().name());
            case ARCHIVE -> m.put("status", "ARCHIVED");
            case DELETE -> m.put("status", "DELETED");
            case PURGE -> m.put("purged", true);
        }
        return item.action() == LifecycleAction.PURGE ? null : Json.write(m);
    }

    private static Copy copy(ResultSet rs) throws SQLException {
        return new Copy(rs.getObject(1, UUID.class), Path.of(rs.getString(2)), rs.getLong(3), rs.getBoolean(4), rs.getObject(5, UUID.class),
                rs.getString(6));
    }
}
