package io.reelbase.app.cli;

import io.reelbase.core.asset.Asset;
import io.reelbase.core.lifecycle.AssetRestore;
import io.reelbase.core.lifecycle.LifecyclePlans;
import io.reelbase.core.lifecycle.LifecycleRunner;
import io.reelbase.core.lifecycle.LifecycleSettings;
import io.reelbase.core.lifecycle.MassDeletionStop;
import io.reelbase.core.lifecycle.RunHeader;
import io.reelbase.core.lifecycle.RunOptions;
import io.reelbase.core.lifecycle.RunSummary;
import io.reelbase.core.lifecycle.StepWatch;
import io.reelbase.media.hash.Sha256Hasher;
import io.reelbase.persistence.Database;
import io.reelbase.persistence.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code reelbase lifecycle}: rules, the plan they make (the simulation), running it, past runs, restoring. */
@Command(name = "lifecycle", description = "Lifecycle rules: what happens to media as it ages (move to a tier, archive, delete).",
        subcommands = {LifecycleRulesCommand.class, LifecycleCommands.Plan.class, LifecycleCommands.Run.class, LifecycleCommands.Runs.class,
            LifecycleCommands.Show.class, LifecycleCommands.Restore.class, LifecycleCommands.Settings.class})
final class LifecycleCommands {
    @ParentCommand
    ReelbaseCommand root;

    static LifecycleRunner runner(Database db, String actor) {
        return new LifecycleRunner(db.lifecyclePlans(), db.lifecycleSteps(), db.storageRoots(), db.repositories().assets(),
                db.repositories().assets(), new Sha256Hasher(), actor, StepWatch.NONE);
    }

    /** Planning and running rules is an admin's (the database refuses anyone else); said before anything is tried. */
    static boolean mayRun(Database db, Printer p) {
        if (db.signedIn().may(io.reelbase.core.user.Permission.MANAGE_LIFECYCLE)) {
            return true;
        }
        p.problem(new io.reelbase.core.ReelbaseException(io.reelbase.core.user.Permission.MANAGE_LIFECYCLE.needs(),
                "Ask an admin to run them; 'reelbase lifecycle rules list' shows what each rule would do today."));
        return false;
    }

    static String actor() {
        return System.getProperty("user.name");
    }

    @Command(name = "plan", description = "What the rules would do now, asset by asset, and why others are spared (a simulation: nothing changes).")
    static final class Plan implements Callable<Integer> {
        @ParentCommand
        LifecycleCommands lifecycle;

        @Option(names = "--json", description = "One JSON object: totals and every item.")
        boolean json;

        @Option(names = "--all", description = "List every item (default: the first 50).")
        boolean all;

        @Override
        public Integer call() {
            Printer p = lifecycle.root.printer();
            try (Database db = Database.open(lifecycle.root.settings())) {
                if (!mayRun(db, p)) {
                    return 1;
                }
                RunSummary s = runner(db, actor()).run(RunOptions.SIMULATE, Instant.now(), p.progress(100));
                LifecyclePlans plans = db.lifecyclePlans();
                if (json) {
                    p.line(Json.write(PlanReport.json(s, plans.items(s.id(), LifecyclePlans.ItemQuery.ALL, 0, Integer.MAX_VALUE))));
                } else {
                    new PlanReport(p, plans).print(s, all ? Integer.MAX_VALUE : 50);
                }
                return 0;
            }
        }
    }

    @Command(name = "run", description = "Carry out the rules now (a run stopped midway is finished first). Moves are copied, verified and"
            + " switched before an old copy is removed; deletes are soft until the grace period ends.")
    static final class Run implements Callable<Integer> {
        @ParentCommand
        LifecycleCommands lifecycle;

        @Option(names = "--dry-run", description = "Only plan and show it (the same as 'lifecycle plan').")
        boolean dryRun;

        @Option(names = "--confirm-deletions", paramLabel = "N", description = "Go ahead although the run deletes more than the limit;"
                + " N is the number of deletions you saw in the plan.")
        Long confirmed;

        @Option(names = "--all", description = "List every item afterwards (default: the first 50).")
        boolean all;

        @Override
        public Integer call() {
            Printer p = lifecycle.root.printer();
            try (Database db = Database.open(lifecycle.root.settings())) {
                if (!mayRun(db, p)) {
                    return 1;
                }
                RunSummary s;
                try {
                    s = runner(db, actor()).run(new RunOptions(dryRun, confirmed), Instant.now(), p.progress(20));
                } catch (MassDeletionStop stop) {
                    new PlanReport(p, db.lifecyclePlans()).print(stop.plan(), 20);
                    p.problem(stop);
                    return 4;
                }
                new PlanReport(p, db.lifecyclePlans()).print(s, all ? Integer.MAX_VALUE : 50);
                return s.failed().isEmpty() ? 0 : 1;
            }
        }
    }

    @Command(name = "runs", description = "The latest simulations and runs.")
    static final class Runs implements Callable<Integer> {
        @ParentCommand
        LifecycleCommands lifecycle;

        @Option(names = "--limit", defaultValue = "20", paramLabel = "N")
        int limit;

        @Override
        public Integer call() {
            Printer p = lifecycle.root.printer();
            try (Database db = Database.open(lifecycle.root.settings())) {
                for (RunHeader s : db.lifecyclePlans().runs(limit)) {
                    p.line("%s  %-10s %-9s %s  planned %,d (%s)%s", PlanReport.shortId(s.id()), s.kind(), s.status(), s.startedAt(),
                            s.acting(), io.reelbase.core.Bytes.human(s.actingBytes()), s.message() == null ? "" : "  " + s.message());
                }
                return 0;
            }
        }
    }

    @Command(name = "show", description = "One run: plan against what was done, every difference with its reason.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        LifecycleCommands lifecycle;

        @Parameters(index = "0", paramLabel = "RUN", description = "The run's id or its first 8 characters.")
        String run;

        @Option(names = "--all", description = "List every item (default: the first 50).")
        boolean all;

        @Override
        public Integer call() {
            Printer p = lifecycle.root.printer();
            try (Database db = Database.open(lifecycle.root.settings())) {
                Optional<RunHeader> s = db.lifecyclePlans().run(run);
                if (s.isEmpty()) {
                    p.problem("No lifecycle run (or more than one) has an id starting with \u201c" + run
                            + "\u201d. 'reelbase lifecycle runs' lists them.");
                    return 2;
                }
                new PlanReport(p, db.lifecyclePlans()).print(db.lifecyclePlans().summary(s.get().id()), all ? Integer.MAX_VALUE : 50);
                return 0;
            }
        }
    }

    @Command(name = "restore", description = "Bring back archived or deleted (not yet purged) assets.")
    static final class Restore implements Callable<Integer> {
        @ParentCommand
        LifecycleCommands lifecycle;

        @Parameters(arity = "1..*", paramLabel = "ASSET")
        List<String> assets = new ArrayList<>();

        @Override
        public Integer call() {
            Printer p = lifecycle.root.printer();
            try (Database db = Database.open(lifecycle.root.settings())) {
                var repo = db.repositories().assets();
                List<UUID> ids = new ArrayList<>();
                for (String a : assets) {
                    Optional<UUID> id = HistoryCommands.resolve(repo, a, p);
                    if (id.isEmpty()) {
                        return 2;
                    }
                    ids.add(id.get());
                }
                AssetRestore restore = new AssetRestore(repo, repo);
                for (UUID id : ids) {
                    Asset was = repo.find(id).orElseThrow();
                    Asset now = restore.restore(id, actor());
                    p.line(was.status() == now.status() ? "\u201c%s\u201d was not archived or deleted; left as it is."
                            : "\u201c%s\u201d is back (" + was.status() + " \u2192 " + now.status() + ").", now.title());
                }
                return 0;
            }
        }
    }

    @Command(name = "settings", description = "Show or change the grace period before a purge, the share one run may delete, and how often"
            + " the window runs the rules.")
    static final class Settings implements Callable<Integer> {
        @ParentCommand
        LifecycleCommands lifecycle;

        @Option(names = "--purge-after-days", paramLabel = "N")
        Integer purge;

        @Option(names = "--max-delete-percent", paramLabel = "P")
        Double share;

        @Option(names = "--run-every-hours", paramLabel = "H")
        Integer every;

        @Override
        public Integer call() {
            Printer p = lifecycle.root.printer();
            try (Database db = Database.open(lifecycle.root.settings())) {
                LifecycleSettings s = db.lifecyclePlans().settings();
                if (purge != null || share != null || every != null) {
                    s = new LifecycleSettings(purge == null ? s.purgeAfterDays() : purge, share == null ? s.maxDeletePercent() : share,
                            every == null ? s.runEveryHours() : every);
                    db.lifecyclePlans().saveSettings(s);
                }
                p.line("Deleted assets are purged %d days after deletion; one run may delete up to %.1f%% of the catalogue without asking;"
                        + " the window runs the rules every %d hours.", s.purgeAfterDays(), s.maxDeletePercent(), s.runEveryHours());
                return 0;
            } catch (IllegalArgumentException bad) {
                p.problem(bad.getMessage());
                return 2;
            }
        }
    }
}
