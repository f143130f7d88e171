package io.reelbase.core.workflow;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Picks the workflow a file gets: the first active workflow (by priority, then name) whose conditions pass, else the default. */
public final class WorkflowRouter {
    private final List<Workflow> ordered;

    public WorkflowRouter(List<Workflow> workflows) {
        this.ordered = workflows.stream()
                .filter(Workflow::active)
                .sorted(Comparator.comparingInt(Workflow::priority).thenComparing(Workflow::name))
                .toList();
    }

    public Optional<Workflow> route(RoutingFacts facts) {
        return ordered.stream().filter(w -> w.matches(facts)).findFirst()
                .or(() -> ordered.stream().filter(Workflow::isDefault).findFirst());
    }
}
