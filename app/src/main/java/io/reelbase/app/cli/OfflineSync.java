package io.reelbase.app.cli;

import io.reelbase.core.Progress;
import io.reelbase.core.edit.EditOutcome;
import io.reelbase.core.merge.Clash;
import io.reelbase.core.offline.SyncClash;
import io.reelbase.core.offline.WorkingSet;
import io.reelbase.core.offline.WorkingSetSync;
import io.reelbase.persistence.Database;
import io.reelbase.persistence.offline.OfflineSyncs;
import io.reelbase.persistence.offline.WorkingSets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code reelbase offline sync [SET] [--resolve ask|mine|theirs]}: a working set and its server brought level. */
@Command(name = "sync", description = "Send this computer's changes of a working set to its server and bring the server's here, "
        + "field by field through the merge. Clashes are listed and exit 3 (--resolve mine|theirs answers them all).")
final class OfflineSync implements Callable<Integer> {
    static final int CLASHES = 3;

    @ParentCommand
    OfflineCommands offline;

    @Parameters(arity = "0..1", paramLabel = "SET", description = "The working set (needed when there are several).")
    String name;

    @Option(names = "--resolve", paramLabel = "HOW", defaultValue = "ask",
            description = "ask (default: leave clashes for the conflict screen), mine or theirs (for every clash).")
    String resolve;

    @Override
    public Integer call() {
        Printer p = offline.root.printer();
        WorkingSetSync.Resolve how;
        try {
            how = WorkingSetSync.Resolve.valueOf(resolve.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            p.problem("--resolve is ask, mine or theirs, not \u201c" + resolve + "\u201d.");
            return 2;
        }
        try (Database local = offline.openLocal()) {
            WorkingSets sets = new WorkingSets(local.dataSource());
            Optional<WorkingSet> set = pick(sets, name, p);
            if (set.isEmpty()) {
                return 2;
            }
            WorkingSetSync.Report r = run(offline.root, local, set.get(), how);
            if (!r.clashes().isEmpty()) {
                p.problem(r.clashes().size() + " asset(s) changed in the same fields here and on the server; nothing of theirs"
                        + " was written. Resolve them in the window, or run again with --resolve mine or --resolve theirs.");
                return CLASHES;
            }
            return 0;
        }
    }

    /** Syncs {@code set} with its server and prints what happened, clash by clash. */
    static WorkingSetSync.Report run(ReelbaseCommand root, Database local, WorkingSet set, WorkingSetSync.Resolve how) {
        Printer p = root.printer();
        // The set's server and login; the password as for --db (never stored by Reelbase).
        try (Database server = Database.openKnown(root.serverSettings(set.serverUrl(), set.serverUser()))) {
            WorkingSetSync.Report r = OfflineSyncs.between(server, local, PauseAt.fromSystem(line -> p.line("%s", line)))
                    .sync(set.id(), how, server.user(), Progress.NONE);
            p.line("\u201c%s\u201d with %s: %s", set.name(), OfflineCommands.shown(set.serverUrl()), r.describe());
            r.notSynced().forEach(n -> p.line("  not synced: %s", n));
            for (SyncClash sc : r.clashes()) {
                EditOutcome.Conflict c = sc.conflict();
                for (Clash x : c.merge().clashes()) {
                    p.line("  clash in \u201c%s\u201d (%s), %s: base %s | here %s | server %s", c.mine().title(), c.asset().id(),
                            x.describe(), shown(x.base()), shown(x.mine()), shown(x.theirs()));
                }
            }
            return r;
        }
    }

    /** The set named (or the only one there is). */
    static Optional<WorkingSet> pick(WorkingSets sets, String name, Printer p) {
        if (name != null) {
            Optional<WorkingSet> s = sets.find(name);
            if (s.isEmpty()) {
                p.problem("There is no working set named \u201c" + name + "\u201d on this computer ('reelbase offline list').");
            }
            return s;
        }
        List<WorkingSet> all = sets.list();
        if (all.size() != 1) {
            p.problem(all.isEmpty() ? "There are no working sets on this computer." : "There are " + all.size()
                    + " working sets: name the one to sync ('reelbase offline list').");
            return Optional.empty();
        }
        return Optional.of(all.get(0));
    }

    private static String shown(Object v) {
        return v == null ? "(none)" : "\u201c" + v + "\u201d";
    }
}
