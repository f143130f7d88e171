package io.reelbase.core.lifecycle;

/**
 * Told after each step of an item is recorded. Tests use it to stop a run dead at a chosen step (as a kill would) and
 * check that running again finishes it; the window uses it for progress.
 */
@FunctionalInterface
public interface StepWatch {
    StepWatch NONE = (item, reached) -> { };

    void after(PlanItem item, ItemState reached);
}
