package io.reelbase.core.job;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * When a failed job is tried again: {@code initial * multiplier^(attempt-1)}, at most {@code max},
 * spread by ±{@code jitter} (a fraction) so that many jobs failing together do not return together.
 */
public record RetryPolicy(Duration initial, double multiplier, Duration max, double jitter) {
    public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofSeconds(5), 2.0, Duration.ofMinutes(10), 0.2);

    public RetryPolicy {
        if (initial.isNegative() || max.isNegative() || multiplier < 1 || jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("invalid retry policy: " + initial + ", x" + multiplier + ", max " + max
                    + ", jitter " + jitter);
        }
    }

    /** The wait after the {@code attempt}-th failure (1 = first), with {@code random} in [0, 1). */
    public Duration delayAfter(int attempt, DoubleSupplier random) {
        double base = initial.toMillis() * Math.pow(multiplier, Math.max(0, attempt - 1));
        double capped = Math.min(base, max.toMillis());
        double spread = capped * jitter * (2 * random.getAsDouble() - 1);
        return Duration.ofMillis(Math.max(0, Math.round(capped + spread)));
    }
}
