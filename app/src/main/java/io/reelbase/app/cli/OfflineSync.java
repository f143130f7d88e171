package io.reelbase.app.cli;

import io.reelbase.app.OfflineService;
import io.reelbase.core.Progress;
import io.reelbase.core.ReelbaseException;
import io.reelbase.core.edit.EditOutcome;
import io.reelbase.core.merge.Clash;
import io.reelbase.core.offline.OfflineDesk;
import io.reelbase.core.offline.SyncClash;
import io.reelbase.core.offline.WorkingSet;
import io.reelbase.core.offline.WorkingSetSync;
import io.reelbase.persistence.Database;
import java.util.Locale;
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
        return offline.withSet(name, (local, sets, set) -> {
            WorkingSetSync.Report r = run(offline, local, set, how);
            if (!r.clashes().isEmpty()) {
                p.problem(r.clashes().size() + " asset(s) changed in the same fields here and on the server; nothing of theirs"
                        + " was written. Resolve them in the window, or run again with --resolve mine or --resolve theirs.");
                return CLASHES;
            }
            return 0;
        });
    }

    /** Syncs {@code set} with its server and prints what happened, clash by clash. */
    private static WorkingSetSync.Report run(OfflineCommands offline, Database local, WorkingSet set, WorkingSetSync.Resolve how) {
        Printer p = offline.root.printer();
        try (OfflineService service = offline.service(local)) {
            WorkingSetSync.Report r = OfflineCommands.askingForPassword(p, pw -> service.sync(set.id(), pw, how, Progress.NONE));
            p.line("\u201c%s\u201d with %s: %s", set.name(), OfflineCommands.shown(set.serverUrl()), r.describe());
            r.notSynced().forEach(n -> p.line("  not synced: %s", n));
            r.notes().forEach(n -> p.line("  note: %s", n));
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

    static ReelbaseException noPassword(OfflineDesk.PasswordNeeded e) {
        return new ReelbaseException("No password was found for " + e.server() + ".",
                "Run it in a terminal to be asked for it, or give it with --password, in REELBASE_DB_PASSWORD or in ~/.pgpass;"
                        + " Reelbase never stores it.");
    }

    private static String shown(Object v) {
        return v == null ? "(none)" : "\u201c" + v + "\u201d";
    }
}
