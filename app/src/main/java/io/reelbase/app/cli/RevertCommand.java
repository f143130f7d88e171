package io.reelbase.app.cli;

import io.reelbase.core.Progress;
import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetFilter;
import io.reelbase.core.asset.AssetRepository;
import io.reelbase.core.asset.AssetStatus;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.edit.AssetEdits;
import io.reelbase.core.edit.AssetReverts;
import io.reelbase.core.edit.MomentText;
import io.reelbase.core.edit.RevertPlan;
import io.reelbase.persistence.Database;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code reelbase revert --at TIME [QUERY]}: the matching assets' editable fields back as they were, one ROLLBACK version each. */
@Command(name = "revert", description = "Brings the editable fields of the matching assets back to how they were at a moment, "
        + "as a new ROLLBACK version of each (history is never rewritten). --dry-run only counts.")
final class RevertCommand implements Callable<Integer> {
    @ParentCommand
    ReelbaseCommand root;

    @Option(names = "--at", required = true, paramLabel = "TIME", description = "ISO-8601: 2026-11-30T17:00:00Z, 2026-11-30T18:00 (local) or 2026-11-30.")
    String at;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "Words, as for 'reelbase search'; none takes every asset.")
    String query;

    @Option(names = "--type", paramLabel = "TYPE", description = "VIDEO, IMAGE, AUDIO or DOCUMENT.")
    AssetType type;

    @Option(names = "--status", paramLabel = "STATUS", description = "A processing status, as for 'reelbase search'.")
    AssetStatus status;

    @Option(names = "--dry-run", description = "Say what would change, write nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        Printer p = root.printer();
        Optional<Instant> when = MomentText.parse(at, ZoneId.systemDefault());
        if (when.isEmpty()) {
            p.problem("\u201c" + at + "\u201d is not a time: write it as ISO-8601, for example " + MomentText.EXAMPLES + ".");
            return 2;
        }
        try (Database db = Database.open(root.settings())) {
            AssetRepository assets = db.repositories().assets();
            List<Asset> matching = assets.all(AssetFilter.of(Optional.ofNullable(type), Optional.ofNullable(status), query),
                    Progress.NONE);
            AssetReverts reverts = new AssetReverts(assets, new AssetEdits(assets, assets, assets));
            RevertPlan plan;
            try {
                plan = reverts.plan(matching, when.get());
            } catch (IllegalArgumentException e) {
                p.problem(e.getMessage());
                return 2;
            }
            p.err().printf("%d matching asset(s) at %s: %s%n", matching.size(), when.get(), plan.describe());
            p.err().flush();
            if (!matching.isEmpty() && plan.notYetThere().size() == matching.size()) {
                p.problem("None of the matching assets existed at " + when.get() + "; nothing was written.");
                return 2;
            }
            return dryRun ? 0 : run(p, reverts, plan, db.user());
        }
    }

    private static int run(Printer p, AssetReverts reverts, RevertPlan plan, String actor) {
        AssetReverts.Report report = reverts.run(plan, actor, p.progress(500));
        report.notReverted().forEach(n -> p.problem("Not reverted: " + n));
        p.err().printf("Reverted %d asset(s)%s.%n", report.reverted(),
                report.notReverted().isEmpty() ? "" : "; " + report.notReverted().size() + " not reverted (see above)");
        p.err().flush();
        return report.notReverted().isEmpty() ? 0 : 1;
    }
}
