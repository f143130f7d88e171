package io.reelbase.app.cli;

import io.reelbase.app.OfflineService;
import io.reelbase.core.Progress;
import io.reelbase.core.offline.OfflineDesk;
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
        return offline.withSet(name, (local, sets, set) -> {
            try (OfflineService service = offline.service(local)) {
                OfflineDesk.Returned r = OfflineCommands.askingForPassword(p, pw -> service.returnSet(set.id(), pw, discard, Progress.NONE));
                p.line("Returned \u201c%s\u201d: its %,d local copies are removed%s.", set.name(), r.removed(),
                        r.discarded() > 0 ? " and " + r.discarded() + " change(s) made here were discarded, as asked" : "");
                r.proxiesLeft().forEach(f -> p.line("  proxy file not deleted: %s", f));
                return 0;
            } catch (OfflineDesk.UnsyncedChanges e) {
                p.problem("\u201c" + set.name() + "\u201d was not returned: " + e.getMessage() + " Resolve and sync first, or return"
                        + " with --discard-local-changes to lose those " + e.count() + " change(s).");
                return OfflineSync.CLASHES;
            }
        });
    }
}
