package io.reelbase.core.audit;

import java.util.List;
import java.util.UUID;

/** The append-only audit trail: written, read, never changed. */
public interface AuditTrail {
    ActionRecord record(NewActionRecord entry);

    /** Newest first. */
    List<ActionRecord> forAsset(UUID assetId, int limit);

    /** Newest first. */
    List<ActionRecord> recent(int limit);

    /** The records matching {@code query}, newest first, at most {@code limit}. */
    List<ActionRecord> search(AuditQuery query, int limit);
}
