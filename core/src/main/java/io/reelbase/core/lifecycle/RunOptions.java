package io.reelbase.core.lifecycle;

/**
 * How to run: {@code dryRun} only plans (a simulation); {@code confirmedDeletions} is the number of deletions a person
 * has seen and accepted, needed when a run would delete more than the limit (null: none confirmed).
 */
public record RunOptions(boolean dryRun, Long confirmedDeletions) {
    public static final RunOptions SIMULATE = new RunOptions(true, null);
    public static final RunOptions EXECUTE = new RunOptions(false, null);
}
