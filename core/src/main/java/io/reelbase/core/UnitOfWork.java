package io.reelbase.core;

import java.util.function.Supplier;

/**
 * Writes that stand or fall together: everything the repositories write inside {@link #inOne} is one database
 * transaction, committed when the work returns and rolled back when it throws (or when any part of it failed,
 * even if that failure was caught), so a crash or an error never leaves half of it behind.
 */
public interface UnitOfWork {
    /** Runs {@code work} in one transaction (joining the one already open on this thread, if any). */
    <T> T inOne(Supplier<T> work);
}
