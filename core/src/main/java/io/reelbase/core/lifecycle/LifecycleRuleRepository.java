package io.reelbase.core.lifecycle;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Lifecycle rules (changing them is an admin's; the database checks). */
public interface LifecycleRuleRepository {
    /** In evaluation order: priority, then name. */
    List<LifecycleRule> all();

    Optional<LifecycleRule> find(UUID id);

    Optional<LifecycleRule> named(String name);

    /** Adds a rule (no id) or changes one; a second rule of the same name is refused. */
    LifecycleRule save(LifecycleRule rule);

    void delete(UUID id);
}
