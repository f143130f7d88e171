package io.reelbase.core.lifecycle;

/**
 * How runs behave: days a soft-deleted asset waits before it is purged, the share of the catalogue one run may
 * delete before it stops and asks, and how often the window's scheduler runs the rules.
 */
public record LifecycleSettings(int purgeAfterDays, double maxDeletePercent, int runEveryHours) {
    public static final LifecycleSettings DEFAULTS = new LifecycleSettings(30, 10, 24);

    public LifecycleSettings {
        if (purgeAfterDays < 0) {
            throw new IllegalArgumentException("The grace period before a purge cannot be negative.");
        }
        if (maxDeletePercent <= 0 || maxDeletePercent > 100) {
            throw new IllegalArgumentException("The share one run may delete is a percentage above 0 and at most 100.");
        }
        if (runEveryHours <= 0) {
            throw new IllegalArgumentException("Runs must be at least an hour apart.");
        }
    }
}
