package io.reelbase.core.lifecycle;

import io.reelbase.core.ReelbaseException;
import java.util.Locale;

/** A run that would delete more of the catalogue than the limit stops before it does anything, and asks. */
public final class MassDeletionStop extends ReelbaseException {
    private static final long serialVersionUID = 1L;
    private final transient RunSummary plan;

    public MassDeletionStop(RunSummary plan, double limitPercent) {
        super(String.format(Locale.ROOT, "This run would delete %,d of the catalogue's %,d assets (%.1f%%), more than the %.0f%% one run"
                        + " may delete without asking; nothing was done.", plan.planned(LifecycleAction.DELETE).assets(), plan.catalogueSize(),
                plan.deletePercent(), limitPercent),
                String.format(Locale.ROOT, "Look at what would go ('reelbase lifecycle plan', or the Lifecycle screen's simulation). If it is"
                        + " right, run again confirming the number: reelbase lifecycle run --confirm-deletions %d",
                        plan.planned(LifecycleAction.DELETE).assets()));
        this.plan = plan;
    }

    public RunSummary plan() {
        return plan;
    }
}
