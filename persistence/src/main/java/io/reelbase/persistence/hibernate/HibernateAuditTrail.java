package io.reelbase.persistence.hibernate;

import io.reelbase.core.audit.ActionRecord;
import io.reelbase.core.audit.ActionStatus;
import io.reelbase.core.audit.ActionType;
import io.reelbase.core.audit.AuditTrail;
import io.reelbase.core.audit.Direction;
import io.reelbase.core.audit.NewActionRecord;
import io.reelbase.persistence.Json;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.List;
import java.util.UUID;

/**
 * The audit trail: written through the database's own reelbase_record_action (no application role may insert
 * into it), which assigns id, time, the login and (when the application names none) the actor; reads through
 * Hibernate. The table refuses UPDATE and DELETE.
 */
public final class HibernateAuditTrail implements AuditTrail {
    private final Transactions tx;

    public HibernateAuditTrail(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public ActionRecord record(NewActionRecord r) {
        return tx.write(r.actor(), s -> s.doReturningWork(c -> {
            try (PreparedStatement st = c.prepareStatement("select id, occurred_at, actor, login from reelbase_record_action("
                    + "?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb)")) {
                st.setString(1, r.type().name());
                st.setString(2, r.direction().name());
                st.setString(3, r.status().name());
                st.setString(4, r.actor());
                st.setObject(5, r.assetId(), Types.OTHER);
                st.setString(6, r.component());
                st.setString(7, r.componentVersion());
                st.setString(8, Json.write(r.metadata()));
                st.setString(9, r.stateBefore() == null ? null : Json.write(r.stateBefore()));
                st.setString(10, r.stateAfter() == null ? null : Json.write(r.stateAfter()));
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return new ActionRecord(rs.getLong(1), rs.getTimestamp(2).toInstant(), r.type(), r.direction(), r.status(),
                            rs.getString(3), r.assetId(), r.component(), r.componentVersion(), r.metadata(), r.stateBefore(),
                            r.stateAfter(), rs.getString(4));
                }
            }
        }));
    }

    @Override
    public List<ActionRecord> forAsset(UUID assetId, int limit) {
        return tx.read(s -> s.createSelectionQuery(
                        "from ActionRecordEntity where assetId = :a order by occurredAt desc, id desc", ActionRecordEntity.class)
                .setParameter("a", assetId).setMaxResults(limit).getResultList().stream()
                .map(ActionRecordEntity::transform).toList());
    }

    @Override
    public List<ActionRecord> recent(int limit) {
        return tx.read(s -> s.createSelectionQuery("from ActionRecordEntity order by occurredAt desc, id desc",
                        ActionRecordEntity.class)
                .setMaxResults(limit).getResultList().stream().map(ActionRecordEntity::transform).toList());
    }

    @Override
    public List<ActionRecord> search(io.reelbase.core.audit.AuditQuery q, int limit) {
        StringBuilder hql = new StringBuilder("from ActionRecordEntity where 1 = 1");
        java.util.Map<String, Object> args = new java.util.HashMap<>();
        if (q.assetId() != null) {
            hql.append(" and assetId = :asset");
            args.put("asset", q.assetId());
        }
        if (q.person() != null) {
            hql.append(" and (lower(login) = :person or lower(actor) = :person)");
            args.put("person", q.person().toLowerCase(java.util.Locale.ROOT));
        }
        if (q.type() != null) {
            hql.append(" and actionType = :type");
            args.put("type", q.type().name());
        }
        if (q.from() != null) {
            hql.append(" and occurredAt >= :from");
            args.put("from", q.from());
        }
        if (q.to() != null) {
            hql.append(" and occurredAt < :to");
            args.put("to", q.to());
        }
        hql.append(" order by occurredAt desc, id desc");
        return tx.read(s -> {
            var query = s.createSelectionQuery(hql.toString(), ActionRecordEntity.class);
            args.forEach(query::setParameter);
            return query.setMaxResults(limit).getResultList().stream().map(ActionRecordEntity::transform).toList();
        });
    }

    static ActionRecord toRecord(ActionRecordEntity e) {
        return new ActionRecord(e.id, e.occurredAt, ActionType.valueOf(e.actionType), Direction.valueOf(e.direction),
                ActionStatus.valueOf(e.status), e.actor, e.assetId, e.component, e.componentVersion, e.metadata,
                e.stateBefore, e.stateAfter, e.login);
    }
}
