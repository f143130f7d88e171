package io.reelbase.app.cli;

import io.reelbase.core.ReelbaseException;
import io.reelbase.core.offline.WorkingSet;
import io.reelbase.core.offline.WorkingSetSync;
import io.reelbase.persistence.Database;
import io.reelbase.persistence.offline.WorkingSets;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code reelbase offline return SET [--discard-local-changes]}: a last sync, then the local copies go. */
@Command(name = "return", description = "Sync a working set one last time and remove its local copies. Refused while changes made"
        + " here are not on the server (a clash, or the server out of reach) unless --discard-local-changes.")
final class OfflineReturn implements Callable<Integer> {
    @ParentCommand
    OfflineCommands offline;

    @Parameters(paramLabel = "SET", description = "The working set.")
    String name;

    @Option(names = "--discard-local-changes", description = "Remove the copies even though changes made here would be lost (their count is said).")
    boolean discard;

    @Override
    public Integer call() {
        Printer p = offline.root.printer();
        try (Database local = offline.openLocal()) {
            WorkingSets sets = new WorkingSets(local.dataSource());
            Optional<WorkingSet> set = OfflineSync.pick(sets, name, p);
            if (set.isEmpty()) {
                return 2;
            }
            String why = null;
            try {
                WorkingSetSync.Report r = OfflineSync.run(offline.root, local, set.get(), WorkingSetSync.Resolve.ASK);
                if (!r.clashes().isEmpty()) {
                    why = r.clashes().size() + " asset(s) clash with the server";
                }
            } catch (ReelbaseException e) {
                why = "the server could not be reached (" + e.getMessage() + ")";
            }
            int unsynced = sets.find(set.get().name()).orElseThrow().localChanges();
            if (unsynced > 0 && !discard) {
                p.problem("\u201c" + set.get().name() + "\u201d was not returned: " + unsynced + " asset(s) changed here are not on the"
                        + " server" + (why == null ? "" : ": " + why) + ". Resolve and sync first, or return with"
                        + " --discard-local-changes to lose those " + unsynced + " change(s).");
                return OfflineSync.CLASHES;
            }
            sets.remove(set.get().id());
            p.line("Returned \u201c%s\u201d: its %,d local copies are removed%s.", set.get().name(), set.get().assets(),
                    unsynced > 0 ? " and " + unsynced + " change(s) made here were discarded, as asked" : "");
            return 0;
        }
    }
}
