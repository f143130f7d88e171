package io.reelbase.app.cli;

import io.reelbase.core.Bytes;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.ReviewStatus;
import io.reelbase.core.asset.SourceSystem;
import io.reelbase.core.asset.StorageTier;
import io.reelbase.core.collection.Collection;
import io.reelbase.core.lifecycle.AgeBasis;
import io.reelbase.core.lifecycle.LifecycleAction;
import io.reelbase.core.lifecycle.LifecyclePlans;
import io.reelbase.core.lifecycle.LifecycleRule;
import io.reelbase.core.lifecycle.LifecycleRuleRepository;
import io.reelbase.core.lifecycle.RuleFilter;
import io.reelbase.persistence.Database;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code reelbase lifecycle rules add|list|disable|enable|remove}: the rules (admins change them; the database checks). */
@Command(name = "rules", description = "Lifecycle rules: add, list, disable, enable, remove.",
        subcommands = {LifecycleRulesCommand.Add.class, LifecycleRulesCommand.ListRules.class, LifecycleRulesCommand.Switch.class,
            LifecycleRulesCommand.Enable.class, LifecycleRulesCommand.Remove.class})
final class LifecycleRulesCommand {
    @ParentCommand
    LifecycleCommands lifecycle;

    ReelbaseCommand root() {
        return lifecycle.root;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text, String what) {
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("There is no " + what + " '" + text + "'; choose " + java.util.Arrays.toString(type.getEnumConstants())
                    .replaceAll("[\\[\\]]", "") + ".");
        }
    }

    @Command(name = "add", description = "Add a rule: which assets (filters), what to do (--archive, --delete or --move-to TIER) and after how many days.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        LifecycleRulesCommand rules;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--type", paramLabel = "T", description = "VIDEO, IMAGE, AUDIO or DOCUMENT.")
        String type;

        @Option(names = "--source", paramLabel = "S", description = "USER_UPLOAD, WATCH_FOLDER, API_SUBMISSION, SYNC or IMPORT.")
        String source;

        @Option(names = "--review", paramLabel = "R", description = "DRAFT, PENDING_REVIEW, APPROVED or REJECTED.")
        String review;

        @Option(names = "--collection", paramLabel = "C", description = "Only the assets in this collection.")
        String collection;

        @Option(names = "--tag", paramLabel = "T", description = "Only the assets with this tag.")
        String tag;

        @Option(names = "--min-size", paramLabel = "SIZE", description = "Only files of at least this size (500M, 2G).")
        String minSize;

        @Option(names = "--older-than-days", paramLabel = "N", defaultValue = "0", description = "After how many days (default 0: at once for a"
                + " move; archive and delete need at least 1).")
        int days;

        @Option(names = "--since", paramLabel = "ingest|change|view", defaultValue = "ingest", description = "Count the days since"
                + " ingest (default), since the last change or since it was last viewed.")
        String since;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Action action;

        @Option(names = "--priority", paramLabel = "P", defaultValue = "100", description = "Lower numbers are tried first (default 100).")
        int priority;

        static final class Action {
            @Option(names = "--archive", required = true, description = "Archive them.")
            boolean archive;

            @Option(names = "--delete", required = true, description = "Delete them (soft: restorable until purged after the grace period).")
            boolean delete;

            @Option(names = "--move-to", required = true, paramLabel = "TIER", description = "Move their originals to a tier: HOT, WARM, COLD or ARCHIVE.")
            String tier;
        }

        @Override
        public Integer call() {
            Printer p = rules.root().printer();
            try (Database db = Database.open(rules.root().settings())) {
                RuleFilter filter = new RuleFilter(parse(AssetType.class, type, "asset type"), parse(SourceSystem.class, source, "source"),
                        parse(ReviewStatus.class, review, "review status"), null, null, tag, minSize == null ? null : Bytes.parse(minSize));
                if (collection != null) {
                    Collection c = db.repositories().collections().all().stream().filter(x -> x.name().equalsIgnoreCase(collection.strip()))
                            .findFirst().orElseThrow(() -> new IllegalArgumentException("There is no collection named \u201c" + collection + "\u201d."));
                    filter = filter.withCollection(c.id(), c.name());
                }
                LifecycleAction what = action.archive ? LifecycleAction.ARCHIVE : action.delete ? LifecycleAction.DELETE : LifecycleAction.MOVE;
                StorageTier tier = parse(StorageTier.class, action.tier, "tier");
                AgeBasis basis = basis(since);
                LifecycleRule one = LifecycleRule.of(name, filter, what, tier, days, priority);
                LifecycleRule saved = db.lifecycleRules().save(new LifecycleRule(null, one.name(), null, one.filter(), basis, one.moveToTier(),
                        one.moveAfterDays(), one.archiveAfterDays(), one.deleteAfterDays(), one.priority(), true));
                LifecyclePlans.DraftCount now = db.lifecyclePlans().count(saved, Instant.now());
                p.line("Added the rule \u201c%s\u201d (priority %d): %s.", saved.name(), saved.priority(), saved.describe());
                p.line("Today it would %s %,d asset%s (%s); %,d more match but are not due yet%s.", what.verb(), now.dueAssets(),
                        now.dueAssets() == 1 ? "" : "s", Bytes.human(now.dueBytes()), now.notYet(),
                        now.held() > 0 ? String.format(Locale.ROOT, "; %,d on legal hold are spared", now.held()) : "");
                return 0;
            } catch (IllegalArgumentException bad) {
                p.problem(bad.getMessage());
                return 2;
            }
        }
    }

    /** "ingest", "change" or "view" (a prefix is enough) as what a rule's days count from. */
    static AgeBasis basis(String since) {
        String word = since.strip().toLowerCase(Locale.ROOT);
        if (!word.isEmpty() && "ingest".startsWith(word)) {
            return AgeBasis.INGESTED;
        }
        if (!word.isEmpty() && "change".startsWith(word)) {
            return AgeBasis.CHANGED;
        }
        if (!word.isEmpty() && "view".startsWith(word)) {
            return AgeBasis.VIEWED;
        }
        throw new IllegalArgumentException("--since is ingest, change or view, not '" + since + "'.");
    }

    @Command(name = "list", description = "The rules in the order they are tried, with what each would do today.")
    static final class ListRules implements Callable<Integer> {
        @ParentCommand
        LifecycleRulesCommand rules;

        @Override
        public Integer call() {
            Printer p = rules.root().printer();
            try (Database db = Database.open(rules.root().settings())) {
                List<LifecycleRule> all = db.lifecycleRules().all();
                if (all.isEmpty()) {
                    p.line("No lifecycle rules yet: 'reelbase lifecycle rules add NAME ... --archive' makes one.");
                    return 0;
                }
                p.line("%8s  %-8s  %-28s %10s %10s  %s", "PRIORITY", "ACTIVE", "NAME", "DUE NOW", "BYTES", "WHAT IT DOES");
                Instant now = Instant.now();
                for (LifecycleRule r : all) {
                    LifecyclePlans.DraftCount c = db.lifecyclePlans().count(r, now);
                    p.line("%8d  %-8s  %-28s %,10d %10s  %s", r.priority(), r.active() ? "yes" : "no", r.name(), c.dueAssets(),
                            Bytes.human(c.dueBytes()), r.describe());
                }
                return 0;
            }
        }
    }

    /** Finds a rule by name (exit 2 with the names if none). */
    static LifecycleRule named(LifecycleRuleRepository repo, String name) {
        return repo.named(name).orElseThrow(() -> new IllegalArgumentException("There is no lifecycle rule named \u201c" + name
                + "\u201d. 'reelbase lifecycle rules list' shows them."));
    }

    /** Turns a rule on or off; exit 2 when there is no such rule. */
    abstract static class Activate implements Callable<Integer> {
        @ParentCommand
        LifecycleRulesCommand rules;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        abstract boolean on();

        @Override
        public Integer call() {
            Printer p = rules.root().printer();
            try (Database db = Database.open(rules.root().settings())) {
                LifecycleRule r = db.lifecycleRules().save(named(db.lifecycleRules(), name).withActive(on()));
                p.line("The rule \u201c%s\u201d is %s.", r.name(), r.active() ? "active" : "disabled: it does nothing until enabled");
                return 0;
            } catch (IllegalArgumentException bad) {
                p.problem(bad.getMessage());
                return 2;
            }
        }
    }

    @Command(name = "disable", description = "Stop a rule from acting (it stays, and can be enabled again).")
    static final class Switch extends Activate {
        @Override
        boolean on() {
            return false;
        }
    }

    @Command(name = "enable", description = "Let a disabled rule act again.")
    static final class Enable extends Activate {
        @Override
        boolean on() {
            return true;
        }
    }

    @Command(name = "remove", description = "Remove a rule (past runs keep its name).")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        LifecycleRulesCommand rules;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            Printer p = rules.root().printer();
            try (Database db = Database.open(rules.root().settings())) {
                LifecycleRule r = named(db.lifecycleRules(), name);
                db.lifecycleRules().delete(r.id());
                p.line("Removed the rule \u201c%s\u201d.", r.name());
                return 0;
            } catch (IllegalArgumentException bad) {
                p.problem(bad.getMessage());
                return 2;
            }
        }
    }
}
