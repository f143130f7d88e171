package io.reelbase.app.cli;

import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetCursor;
import io.reelbase.core.asset.AssetFilter;
import io.reelbase.core.asset.AssetRepository;
import io.reelbase.core.asset.AssetStatus;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.edit.AssetEdits;
import io.reelbase.core.edit.AssetReverts;
import io.reelbase.core.edit.EditOutcome;
import io.reelbase.core.edit.RevertPlan;
import io.reelbase.persistence.Database;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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
        Optional<Instant> when = parse(at);
        if (when.isEmpty()) {
            p.problem("\u201c" + at + "\u201d is not a time: write it as ISO-8601, for example 2026-11-30T17:00:00Z, "
                    + "2026-11-30T18:00 (this computer's time zone) or 2026-11-30.");
            return 2;
        }
        if (when.get().isAfter(Instant.now())) {
            p.problem(when.get() + " is in the future: nothing can be reverted to it.");
            return 2;
        }
        try (Database db = Database.open(root.settings())) {
            AssetRepository assets = db.repositories().assets();
            List<Asset> matching = all(assets, AssetFilter.of(Optional.ofNullable(type), Optional.ofNullable(status), query));
            AssetReverts reverts = new AssetReverts(assets, new AssetEdits(assets, assets, assets));
            RevertPlan plan = reverts.plan(matching, when.get());
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
        int done = 0;
        List<String> notSaved = new ArrayList<>();
        for (RevertPlan.Step s : plan.steps()) {
            try {
                EditOutcome out = reverts.apply(plan, s, actor);
                if (out instanceof EditOutcome.Conflict c) {
                    notSaved.add(s.asset().id() + " \u201c" + s.asset().title() + "\u201d: changed at the same moment in "
                            + c.merge().clashes().stream().map(x -> x.describe()).toList());
                } else {
                    p.line("%s  v%d \u2192 v%d  %s", s.asset().id(), s.asset().version(), out.asset().version(), s.asset().title());
                }
            } catch (IllegalArgumentException | IllegalStateException e) {
                notSaved.add(s.asset().id() + " \u201c" + s.asset().title() + "\u201d: " + e.getMessage());
            }
            if (++done % 500 == 0) {
                p.err().printf("%,d of %,d\u2026%n", done, plan.steps().size());
                p.err().flush();
            }
        }
        notSaved.forEach(n -> p.problem("Not reverted: " + n));
        p.err().printf("Reverted %d asset(s)%s.%n", plan.steps().size() - notSaved.size(),
                notSaved.isEmpty() ? "" : "; " + notSaved.size() + " not reverted (see above)");
        p.err().flush();
        return notSaved.isEmpty() ? 0 : 1;
    }

    private static List<Asset> all(AssetRepository assets, AssetFilter filter) {
        List<Asset> all = new ArrayList<>();
        Optional<AssetCursor> after = Optional.empty();
        do {
            var page = assets.page(filter, after, 1000);
            all.addAll(page.items());
            after = page.next();
        } while (after.isPresent());
        return all;
    }

    /** ISO-8601 with an offset, a local date and time, or a date (its start, here). */
    static Optional<Instant> parse(String text) {
        String t = text.strip();
        try {
            return Optional.of(OffsetDateTime.parse(t).toInstant());
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return Optional.of(LocalDateTime.parse(t).atZone(ZoneId.systemDefault()).toInstant());
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return Optional.of(LocalDate.parse(t).atStartOfDay(ZoneId.systemDefault()).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
