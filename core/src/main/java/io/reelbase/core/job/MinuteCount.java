package io.reelbase.core.job;

import java.time.Instant;

/** How many jobs finished (completed or failed) in the minute starting at {@code minute}. */
public record MinuteCount(Instant minute, long finished) {
}
