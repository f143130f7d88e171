package io.reelbase.core.audit;

import io.reelbase.core.Maps;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One entry of the append-only audit trail. */
public record ActionRecord(
        long id,
        Instant occurredAt,
        ActionType type,
        Direction direction,
        ActionStatus status,
        String actor,
        UUID assetId,
        String component,
        String componentVersion,
        Map<String, Object> metadata,
        Map<String, Object> stateBefore,
        Map<String, Object> stateAfter,
        String login) {

    public ActionRecord {
        metadata = Maps.frozen(metadata);
    }
}
