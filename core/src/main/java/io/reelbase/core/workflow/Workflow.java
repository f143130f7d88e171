package io.reelbase.core.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A named, ordered list of capabilities and the routing conditions (all must pass) that send a
 * file to it. Lower priority numbers are tried first; the default workflow takes what no other does.
 */
public record Workflow(
        UUID id,
        String name,
        String description,
        List<Capability> capabilities,
        List<RoutingCondition> routing,
        int priority,
        boolean isDefault,
        boolean active,
        Instant updatedAt) {

    public Workflow {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A workflow needs a name.");
        }
        name = name.strip();
        Objects.requireNonNull(capabilities, "capabilities");
        if (capabilities.isEmpty()) {
            throw new IllegalArgumentException("Workflow '" + name + "' needs at least one capability.");
        }
        if (capabilities.stream().distinct().count() != capabilities.size()) {
            throw new IllegalArgumentException("Workflow '" + name + "' lists a capability twice.");
        }
        if (isDefault && !active) {
            throw new IllegalArgumentException("The default workflow must be active.");
        }
        capabilities = List.copyOf(capabilities);
        routing = routing == null ? List.of() : List.copyOf(routing);
    }

    /** A new workflow not yet saved (no id). */
    public static Workflow draft(String name, List<Capability> capabilities, List<RoutingCondition> routing, int priority) {
        return new Workflow(null, name, null, capabilities, routing, priority, false, true, null);
    }

    /** Whether this workflow's conditions all pass; a workflow without conditions matches only as the default. */
    public boolean matches(RoutingFacts facts) {
        return active && !routing.isEmpty() && routing.stream().allMatch(c -> c.test(facts));
    }
}
