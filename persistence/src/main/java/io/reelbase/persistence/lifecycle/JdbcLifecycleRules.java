package io.reelbase.persistence.lifecycle;

import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.ReviewStatus;
import io.reelbase.core.asset.SourceSystem;
import io.reelbase.core.asset.StorageTier;
import io.reelbase.core.lifecycle.AgeBasis;
import io.reelbase.core.lifecycle.LifecycleRule;
import io.reelbase.core.lifecycle.LifecycleRuleRepository;
import io.reelbase.core.lifecycle.RuleFilter;
import io.reelbase.persistence.Tx;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Lifecycle rules in plain SQL; adding, changing and removing them is an admin's (the database's GRANTs say so). */
public final class JdbcLifecycleRules implements LifecycleRuleRepository {
    private static final String SELECT = "select r.id, r.name, r.description, r.asset_type, r.source_system, r.review_status,"
            + " r.collection_id, c.name, r.tag_name, r.min_size_bytes, r.age_basis, r.move_to_tier, r.move_after_days,"
            + " r.archive_after_days, r.delete_after_days, r.priority, r.active from lifecycle_rule r"
            + " left join collection c on c.id = r.collection_id";
    private static final String ORDER = " order by r.priority, lower(r.name)";
    private final Tx tx;

    public JdbcLifecycleRules(DataSource db) {
        this.tx = new Tx(db);
    }

    @Override
    public List<LifecycleRule> all() {
        return tx.list(SELECT + ORDER, JdbcLifecycleRules::rule);
    }

    @Override
    public Optional<LifecycleRule> find(UUID id) {
        return tx.list(SELECT + " where r.id = ?", JdbcLifecycleRules::rule, id).stream().findFirst();
    }

    @Override
    public Optional<LifecycleRule> named(String name) {
        return tx.list(SELECT + " where lower(r.name) = lower(?)", JdbcLifecycleRules::rule, name.strip()).stream().findFirst();
    }

    @Override
    public LifecycleRule save(LifecycleRule r) {
        Optional<LifecycleRule> same = named(r.name());
        if (same.isPresent() && !same.get().id().equals(r.id())) {
            throw new IllegalArgumentException("There is already a lifecycle rule named \u201c" + r.name() + "\u201d.");
        }
        RuleFilter f = r.filter();
        Object[] values = {r.name(), r.description(), f.type(), f.source(), f.review(), f.collectionId(), f.tag(), f.minSizeBytes(),
            r.ageBasis(), r.moveToTier(), r.moveAfterDays(), r.archiveAfterDays(), r.deleteAfterDays(), r.priority(), r.active()};
        String cols = "?, ?, ?, ?, ?, ?::uuid, ?, ?::bigint, ?, ?, ?::int, ?::int, ?::int, ?, ?";
        UUID id = tx.write(c -> {
            if (r.id() == null) {
                return Tx.list(c, "insert into lifecycle_rule (name, description, asset_type, source_system, review_status, collection_id,"
                        + " tag_name, min_size_bytes, age_basis, move_to_tier, move_after_days, archive_after_days, delete_after_days,"
                        + " priority, active) values (" + cols + ") returning id", rs -> rs.getObject(1, UUID.class), values).get(0);
            }
            Object[] withId = java.util.Arrays.copyOf(values, values.length + 1);
            withId[values.length] = r.id();
            int n = Tx.update(c, "update lifecycle_rule set (name, description, asset_type, source_system, review_status, collection_id,"
                    + " tag_name, min_size_bytes, age_basis, move_to_tier, move_after_days, archive_after_days, delete_after_days,"
                    + " priority, active) = (" + cols + ") where id = ?", withId);
            if (n == 0) {
                throw new IllegalArgumentException("The rule \u201c" + r.name() + "\u201d is no longer there (someone removed it).");
            }
            return r.id();
        });
        return find(id).orElseThrow();
    }

    @Override
    public void delete(UUID id) {
        tx.write(c -> Tx.update(c, "delete from lifecycle_rule where id = ?", id));
    }

    private static LifecycleRule rule(ResultSet rs) throws SQLException {
        RuleFilter f = new RuleFilter(value(AssetType.class, rs.getString(4)), value(SourceSystem.class, rs.getString(5)),
                value(ReviewStatus.class, rs.getString(6)), rs.getObject(7, UUID.class), rs.getString(8), rs.getString(9),
                rs.getObject(10, Long.class));
        return new LifecycleRule(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), f, AgeBasis.valueOf(rs.getString(11)),
                value(StorageTier.class, rs.getString(12)), rs.getObject(13, Integer.class), rs.getObject(14, Integer.class),
                rs.getObject(15, Integer.class), rs.getInt(16), rs.getBoolean(17));
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
