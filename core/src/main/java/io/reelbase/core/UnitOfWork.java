package io.reelbase.core;

import java.util.function.Supplier;

/**
 * Writes that stand or fall together: everything the repositories and the queue write inside {@link #inOne} is one
 * database transaction, committed when the work returns and rolled back when it throws, so a crash or an error never
 * leaves half of it behind. A repository call that fails inside is undone alone (its error reaches the caller, which
 * may handle it and go on); see decision 0020.
 */
public interface UnitOfWork {
    /** Runs {@code work} in one transaction (joining the one already open on this thread, if any). */
    <T> T inOne(Supplier<T> work);
}
