package io.reelbase.app.cli;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code reelbase offline add SET ID…}: assets made on this computer join a working set; its next sync creates them on the server. */
@Command(name = "add", description = "Add assets made on this computer (ingested offline) to a working set: the next sync creates them"
        + " on the set's server with the same ids, metadata, tags and derivatives.")
final class OfflineAdd implements Callable<Integer> {
    @ParentCommand
    OfflineCommands offline;

    @Parameters(index = "0", paramLabel = "SET", description = "The working set.")
    String name;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "ID", description = "The assets' ids (see 'reelbase search').")
    List<UUID> ids;

    @Override
    public Integer call() {
        Printer p = offline.root.printer();
        return offline.withSet(name, (local, sets, set) -> {
            int added = sets.addNew(set.id(), ids);
            p.line("Added %d asset(s) to \u201c%s\u201d; the next sync creates them on %s.", added, set.name(),
                    OfflineCommands.shown(set.serverUrl()));
            if (added < ids.size()) {
                p.problem((ids.size() - added) + " of the ids are not assets of this computer, or are in a working set already;"
                        + " they were left as they are.");
                return 1;
            }
            return 0;
        });
    }
}
