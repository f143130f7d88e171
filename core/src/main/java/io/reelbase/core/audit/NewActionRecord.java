package io.reelbase.core.audit;

import io.reelbase.core.Maps;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** An audit entry about to be written. The actor is the person the application acts for. */
public record NewActionRecord(
        ActionType type,
        Direction direction,
        ActionStatus status,
        String actor,
        UUID assetId,
        String component,
        String componentVersion,
        Map<String, Object> metadata,
        Map<String, Object> stateBefore,
        Map<String, Object> stateAfter) {

    public NewActionRecord {
        Objects.requireNonNull(type, "type");
        direction = direction == null ? Direction.INTERNAL : direction;
        status = status == null ? ActionStatus.SUCCESS : status;
        metadata = Maps.frozen(metadata);
    }

    public static NewActionRecord of(ActionType type, UUID assetId, String component, Map<String, Object> metadata) {
        return new NewActionRecord(type, Direction.INTERNAL, ActionStatus.SUCCESS, null, assetId, component, null,
                metadata, null, null);
    }
}
