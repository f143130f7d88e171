package io.reelbase.core.lifecycle;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Lifecycle rules. */
public interface LifecycleRuleRepository {
    /** In evaluation order: priority, then name. */
    List<LifecycleRule> all();

    Optional<LifecycleRule> find(UUID id);

    LifecycleRule save(LifecycleRule rule);

    void delete(UUID id);
}
