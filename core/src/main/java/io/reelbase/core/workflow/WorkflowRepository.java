package io.reelbase.core.workflow;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Workflow definitions. */
public interface WorkflowRepository {
    /** All workflows, active and not, in routing order. */
    List<Workflow> all();

    Optional<Workflow> find(UUID id);

    Optional<Workflow> findByName(String name);

    Optional<Workflow> defaultWorkflow();

    /** Inserts a workflow without an id, or updates the one with its id. Returns it as saved. */
    Workflow save(Workflow workflow);

    /** Makes this workflow the default (and no other), in one transaction. */
    void makeDefault(UUID id);
}
