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
 * The audit trail: a plain INSERT ... RETURNING so the database assigns id, time and (when the
 * application names none) the actor; reads through Hibernate. The table refuses UPDATE and DELETE.
 */
public final class HibernateAuditTrail implements AuditTrail {
    private final Transactions tx;

    public HibernateAuditTrail(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public ActionRecord record(NewActionRecord r) {
        long id = tx.write(r.actor(), s -> s.doReturningWork(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "insert into action_record (action_type, direction, status, asset_id, component, component_version,"
                            + " metadata, state_before, state_after) values (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb)"
                            + " returning id")) {
                st.setString(1, r.type().name());
                st.setString(2, r.direction().name());
                st.setString(3, r.status().name());
                st.setObject(4, r.assetId(), Types.OTHER);
                st.setString(5, r.component());
                st.setString(6, r.componentVersion());
                st.setString(7, Json.write(r.metadata()));
                st.setString(8, r.stateBefore() == null ? null : Json.write(r.stateBefore()));
                st.setString(9, r.stateAfter() == null ? null : Json.write(r.stateAfter()));
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }));
        return tx.read(s -> s.createSelectionQuery("from ActionRecordEntity where id = :id", ActionRecordEntity.class)
                .setParameter("id", id).getSingleResult()).transform();
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

    static ActionRecord toRecord(ActionRecordEntity e) {
        return new ActionRecord(e.id, e.occurredAt, ActionType.valueOf(e.actionType), Direction.valueOf(e.direction),
                ActionStatus.valueOf(e.status), e.actor, e.assetId, e.component, e.componentVersion, e.metadata,
                e.stateBefore, e.stateAfter);
    }
}
