package io.reelbase.core.lifecycle;

import io.reelbase.core.Progress;
import io.reelbase.core.ReelbaseException;
import io.reelbase.core.asset.AssetCatalogue;
import io.reelbase.core.asset.AssetStatus;
import io.reelbase.core.asset.AssetWrites;
import io.reelbase.core.asset.StatusChange;
import io.reelbase.core.media.ContentHasher;
import io.reelbase.core.storage.StorageRoot;
import io.reelbase.core.storage.StorageRoots;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the rules: a run started earlier and stopped midway is finished first; then the plan is made, and a
 * simulation ends there. An execution that would delete more than the limit stops and asks; otherwise exactly the
 * plan's items are carried out, each recorded step by step, so stopping anywhere and running again finishes the job
 * without doing anything twice.
 */
public final class LifecycleRunner {
    private static final Logger LOG = LoggerFactory.getLogger(LifecycleRunner.class);
    private final LifecyclePlans plans;
    private final LifecycleSteps steps;
    private final StorageRoots roots;
    private final AssetCatalogue catalogue;
    private final AssetWrites writes;
    private final TierMove move;
    private final String actor;

    public LifecycleRunner(LifecyclePlans plans, LifecycleSteps steps, StorageRoots roots, AssetCatalogue catalogue, AssetWrites writes,
                           ContentHasher hasher, String actor, StepWatch watch) {
        this.plans = plans;
        this.steps = steps;
        this.roots = roots;
        this.catalogue = catalogue;
        this.writes = writes;
        this.move = new TierMove(steps, roots, hasher, watch, actor);
        this.actor = actor;
    }

    public RunSummary run(RunOptions options, Instant now, Progress progress) {
        if (!options.dryRun()) {
            plans.interrupted().ifPresent(left -> execute(left, progress));
        }
        RunSummary plan = plans.plan(options.dryRun() ? RunSummary.Kind.SIMULATION : RunSummary.Kind.EXECUTION, now, actor);
        if (options.dryRun()) {
            return plan;
        }
        double limit = plans.settings().maxDeletePercent();
        long deletions = plan.planned(LifecycleAction.DELETE).assets();
        if (plan.deletePercent() > limit && (options.confirmedDeletions() == null || options.confirmedDeletions() < deletions)) {
            MassDeletionStop stop = new MassDeletionStop(plan, limit);
            plans.status(plan.id(), RunSummary.Status.STOPPED, stop.getMessage());
            throw stop;
        }
        return execute(plan.id(), progress);
    }

    /** Carries out a plan's unfinished items (all of them, for a new plan). */
    public RunSummary execute(UUID run, Progress progress) {
        plans.status(run, RunSummary.Status.RUNNING, null);
        List<PlanItem> todo = plans.unfinished(run);
        List<StorageRoot> all = roots.all();
        int failed = 0;
        for (int i = 0; i < todo.size(); i++) {
            PlanItem item = todo.get(i);
            if (progress.isCancelled()) {
                String said = String.format(Locale.ROOT, "Cancelled after %,d of %,d items; the rest were not touched.", i, todo.size());
                plans.status(run, RunSummary.Status.CANCELLED, said);
                return plans.summary(run);
            }
            progress.update((double) i / todo.size(), String.format(Locale.ROOT, "%s \u201c%s\u201d (%,d of %,d)",
                    capital(item.actionWords()), item.assetTitle(), i + 1, todo.size()));
            try {
                carryOut(item, all);
            } catch (ReelbaseException | IOException | IllegalStateException | IllegalArgumentException e) {
                LOG.warn("Lifecycle item {} ({} {}) failed", item.id(), item.action(), item.assetId(), e);
                steps.failed(item, e instanceof ReelbaseException re ? re.describe() : String.valueOf(e.getMessage()));
                failed++;
            }
        }
        String said = String.format(Locale.ROOT, "%,d done, %,d failed.", todo.size() - failed, failed);
        plans.status(run, RunSummary.Status.COMPLETED, said);
        return plans.summary(run);
    }

    private void carryOut(PlanItem item, List<StorageRoot> all) throws IOException {
        switch (item.action()) {
            case MOVE -> move.carryOn(item, all);
            case ARCHIVE -> status(item, AssetStatus.ARCHIVED, "archived");
            case DELETE -> status(item, AssetStatus.DELETED, "deleted (restorable until it is purged)");
            case PURGE -> steps.purge(item, ManagedRemoval.remove(steps, all, steps.toRemove(item.assetId(), true), null), actor);
        }
    }

    private void status(PlanItem item, AssetStatus to, String said) {
        StatusChange.to(catalogue, writes, item.assetId(), to, actor);
        steps.finish(item, 0, said, actor);
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
