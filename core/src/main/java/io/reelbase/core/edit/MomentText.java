package io.reelbase.core.edit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A moment as people and scripts write it, ISO-8601: with an offset (2026-11-30T17:00:00Z), a local date and
 * time in {@code zone} (2026-11-30T18:00, or with a space: 2026-11-30 18:00), or a date (its first moment).
 */
public final class MomentText {
    /** How the forms look, for messages. */
    public static final String EXAMPLES = "2026-11-30T17:00:00Z, 2026-11-30 18:00 (this computer's time zone) or 2026-11-30";

    private MomentText() {
    }

    public static Optional<Instant> parse(String text, ZoneId zone) {
        String t = text == null ? "" : text.strip().replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) (\\d)", "$1T$2");
        try {
            return Optional.of(OffsetDateTime.parse(t).toInstant());
        } catch (DateTimeParseException e) {
            // the next form
        }
        try {
            return Optional.of(LocalDateTime.parse(t).atZone(zone).toInstant());
        } catch (DateTimeParseException e) {
            // the next form
        }
        try {
            return Optional.of(LocalDate.parse(t).atStartOfDay(zone).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
