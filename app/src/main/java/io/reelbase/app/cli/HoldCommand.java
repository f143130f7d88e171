package io.reelbase.app.cli;

import io.reelbase.persistence.Database;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code reelbase hold ASSET... [--release]} and {@code reelbase hold --collection NAME [--release]}. */
@Command(name = "hold", description = "Put assets or a collection on legal hold (or --release it): what is held may not be archived,"
        + " deleted or moved, by anyone. Content managers and admins.")
final class HoldCommand implements Callable<Integer> {
    @ParentCommand
    ReelbaseCommand root;

    @Parameters(arity = "0..*", paramLabel = "ASSET", description = "Assets by id (or their first 8 or more characters).")
    List<String> assets = new ArrayList<>();

    @Option(names = "--collection", paramLabel = "NAME", description = "Hold a collection, and so every asset in it.")
    String collection;

    @Option(names = "--release", description = "End the hold.")
    boolean release;

    @Override
    public Integer call() {
        Printer p = root.printer();
        if (assets.isEmpty() == (collection == null)) {
            p.problem("Name the assets to hold, or one collection with --collection (not both).");
            return 2;
        }
        String actor = System.getProperty("user.name");
        try (Database db = Database.open(root.settings())) {
            if (collection != null) {
                try {
                    db.legalHolds().holdCollection(collection, !release, actor);
                } catch (IllegalArgumentException unknown) {
                    p.problem(unknown.getMessage() + " 'reelbase search' and the window's sidebar show the collections.");
                    return 2;
                }
                p.line(release ? "The collection \u201c%s\u201d is no longer on legal hold." : "The collection \u201c%s\u201d and every asset in it"
                        + " are on legal hold: none may be archived, deleted or moved.", collection);
                return 0;
            }
            List<UUID> ids = new ArrayList<>();
            for (String a : assets) {
                Optional<UUID> id = HistoryCommands.resolve(db.repositories().assets(), a, p);
                if (id.isEmpty()) {
                    return 2;
                }
                ids.add(id.get());
            }
            int changed = db.legalHolds().hold(ids, !release, actor);
            p.line("%d asset(s) %s legal hold%s.", changed, release ? "released from" : "put on",
                    changed < ids.size() ? " (" + (ids.size() - changed) + " already " + (release ? "free" : "held") + ")" : "");
            return 0;
        }
    }
}
