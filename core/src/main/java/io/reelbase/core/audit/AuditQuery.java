package io.reelbase.core.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * Which audit records to show: each part that is null matches everything. {@code person} matches the login or the
 * name the application gave, ignoring case.
 */
public record AuditQuery(UUID assetId, String person, ActionType type, Instant from, Instant to) {
    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null);

    public AuditQuery {
        person = person == null || person.isBlank() ? null : person.strip();
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("The end of the time span is before its start.");
        }
    }
}
