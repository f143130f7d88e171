package io.reelbase.app.cli;

import io.reelbase.app.OfflineService;
import io.reelbase.core.Bytes;
import io.reelbase.core.Progress;
import io.reelbase.core.asset.AssetFilter;
import io.reelbase.core.asset.AssetSearch;
import io.reelbase.core.collection.Collection;
import io.reelbase.core.offline.OfflineDesk;
import io.reelbase.core.offline.SyncCheckpoint;
import io.reelbase.core.offline.WorkingSet;
import io.reelbase.persistence.Database;
import io.reelbase.persistence.DatabaseSettings;
import io.reelbase.persistence.offline.WorkingSets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code reelbase offline …}: working sets taken from a team's server into this computer's own catalogue. */
@Command(name = "offline", description = "Take assets away from a team's server into this computer's catalogue, and list what is offline.",
        subcommands = {OfflineCommands.Take.class, OfflineCommands.ListSets.class, OfflineSync.class, OfflineReturn.class, OfflineAdd.class})
final class OfflineCommands {
    @ParentCommand
    ReelbaseCommand root;

    /** A server's JDBC URL as people read it: host, port and database. */
    static String shown(String jdbcUrl) {
        return jdbcUrl.replaceFirst("^jdbc:postgresql://", "").replaceFirst("\\?.*$", "");
    }

    /** The laptop's own catalogue: the embedded one in the data directory, whatever --db says. */
    Database openLocal() {
        return Database.open(DatabaseSettings.embedded(root.dataHome()));
    }

    /** What a command does with the working set it names, on this computer's catalogue; its exit status. */
    interface OnSet {
        int run(Database local, WorkingSets sets, WorkingSet set);
    }

    /** Opens this computer's catalogue, finds the set named (or the only one), and runs {@code work} on it (2: no such set). */
    int withSet(String name, OnSet work) {
        try (Database local = openLocal()) {
            WorkingSets sets = new WorkingSets(local.dataSource());
            Optional<WorkingSet> set = pick(sets, name, root.printer());
            return set.isEmpty() ? 2 : work.run(local, sets, set.get());
        }
    }

    /** Sync and return on this computer's catalogue, logging in to a set's server as --db does (--password, REELBASE_DB_PASSWORD, ~/.pgpass). */
    OfflineService service(Database local) {
        Printer p = root.printer();
        return new OfflineService(local, root.dataHome(), root::serverSettings, PauseAt.fromSystem(line -> p.line("%s", line)));
    }

    /**
     * Runs {@code attempt} with the password found as for --db; when none is found and the server wants one, asks for it
     * on the terminal and runs it again with that (never kept). No terminal: says where to give it.
     */
    static <T> T askingForPassword(Printer p, java.util.function.Function<char[], T> attempt) {
        try {
            return attempt.apply(null);
        } catch (OfflineDesk.PasswordNeeded e) {
            if (e.refusal() != null) {
                throw e.refusal();
            }
            char[] typed = p.askPassword("Password for " + e.server() + ": ").orElseThrow(() -> OfflineSync.noPassword(e));
            try {
                return attempt.apply(typed);
            } catch (OfflineDesk.PasswordNeeded wrong) {
                throw wrong.refusal() != null ? wrong.refusal() : OfflineSync.noPassword(wrong);
            } finally {
                java.util.Arrays.fill(typed, '\0');
            }
        }
    }

    /** The set named (or the only one there is). */
    private static Optional<WorkingSet> pick(WorkingSets sets, String name, Printer p) {
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
                    + " working sets: name the one to use ('reelbase offline list').");
            return Optional.empty();
        }
        return Optional.of(all.get(0));
    }

    @Command(name = "take", description = "Copy assets from the server given with --db into this computer's catalogue, as a "
            + "working set: metadata, tags, technical metadata, derivatives and version history. Asset ids stay the same.")
    static final class Take implements Callable<Integer> {
        @ParentCommand
        OfflineCommands offline;

        @ArgGroup(multiplicity = "1")
        Which which;

        static final class Which {
            @Option(names = "--collection", paramLabel = "NAME", description = "The assets of this collection.")
            String collection;

            @Option(names = "--search", paramLabel = "QUERY", description = "The assets this search finds.")
            String search;

            @Option(names = "--ids", paramLabel = "FILE", description = "A file with one asset id per line.")
            Path ids;
        }

        @Option(names = "--name", paramLabel = "SET", description = "The working set's name (default: the collection's name, or the search).")
        String name;

        @Option(names = "--history", paramLabel = "N", description = "Only the newest N versions of each asset (default: all).")
        Integer history;

        @Option(names = "--proxies", description = "Copy the proxies too (the total is shown first), so they play with no server.")
        boolean proxies;

        /** The collection's name as the server spells it, once found. */
        private String collectionName;

        @Override
        public Integer call() {
            Printer p = offline.root.printer();
            DatabaseSettings server = offline.root.settings();
            if (server.mode() != DatabaseSettings.Mode.SERVER) {
                p.problem("'offline take' copies from a team's server: name it with --db (and --user).");
                return 2;
            }
            if (history != null && history < 1) {
                p.problem("--history takes a number of versions, 1 or more.");
                return 2;
            }
            try (Database team = Database.open(server)) {
                Optional<List<UUID>> ids = ids(team, p);
                if (ids.isEmpty()) {
                    return 2;
                }
                String setName = name != null ? name : collectionName != null ? collectionName
                        : which.search != null ? "Search \u201c" + which.search + "\u201d" : which.ids.getFileName().toString();
                OfflineService service = new OfflineService(team, offline.root.dataHome(), offline.root::serverSettings, SyncCheckpoint.NONE);
                if (proxies && !proxiesFit(service.proxies(ids.get()), p)) {
                    return 2;
                }
                OfflineDesk.Taken t = service.take(setName, ids.get(), history, proxies, p.progress(1));
                p.line("Took %,d asset(s) offline into \u201c%s\u201d from %s: %,d version(s), %,d derivative(s) (%s).", t.assets(),
                        t.set(), team.user() + " @ " + shown(server.jdbcUrl()), t.versions(), t.derivatives(), Bytes.human(t.derivativeBytes()));
                if (!t.missing().isEmpty()) {
                    p.problem(t.missing().size() + " asset(s) are not on the server (any more) and were not taken: " + t.missing());
                }
                return proxies ? proxiesCopied(t.proxies(), setName, p) : 0;
            }
        }

        /** The total before anything is copied; refused when it does not fit. */
        private static boolean proxiesFit(OfflineDesk.ProxyPlan plan, Printer p) {
            p.line("Proxies: %,d file(s), %s to copy; %s free on this computer.", plan.files(), Bytes.human(plan.bytes()),
                    Bytes.human(plan.free()));
            plan.unreachable().forEach(u -> p.line("  not copied: %s", u));
            if (!plan.fits()) {
                p.problem("The proxies do not fit: " + Bytes.human(plan.bytes()) + " to copy, " + Bytes.human(plan.free())
                        + " free. Nothing was copied; free some space, or take the assets without --proxies.");
            }
            return plan.fits();
        }

        /** 0, or 4 when a full disk stopped the copy (the copied proxies play; the rest are listed). */
        private static int proxiesCopied(OfflineDesk.ProxiesCopied px, String set, Printer p) {
            p.line("Copied %,d prox%s (%s).", px.copied(), px.copied() == 1 ? "y" : "ies", Bytes.human(px.bytes()));
            px.notCopied().forEach(n -> p.line("  not copied: %s", n));
            if (px.diskFull()) {
                p.problem("The disk filled up: " + px.notCopied().size() + " prox(ies) were not copied; the ones copied play. Free some"
                        + " space and take the same assets again with --name \u201c" + set + "\u201d: what is here is kept and the rest is copied.");
                return 4;
            }
            return 0;
        }

        private Optional<List<UUID>> ids(Database team, Printer p) {
            AssetSearch search = team.repositories().assets();
            if (which.collection != null) {
                Optional<Collection> c = team.repositories().collections().all().stream()
                        .filter(x -> x.name().equalsIgnoreCase(which.collection.strip())).findFirst();
                if (c.isEmpty()) {
                    p.problem("The server has no collection named \u201c" + which.collection + "\u201d.");
                    return Optional.empty();
                }
                collectionName = c.get().name();
                return Optional.of(all(search, AssetFilter.ofCollection(c.get().id())));
            }
            if (which.search != null) {
                return Optional.of(all(search, AssetFilter.of(Optional.empty(), Optional.empty(), which.search)));
            }
            return fromFile(which.ids, p);
        }

        private static List<UUID> all(AssetSearch search, AssetFilter filter) {
            return search.all(filter, Progress.NONE).stream().map(io.reelbase.core.asset.Asset::id).toList();
        }

        private static Optional<List<UUID>> fromFile(Path file, Printer p) {
            List<UUID> out = new ArrayList<>();
            try {
                int n = 0;
                for (String line : Files.readAllLines(file)) {
                    n++;
                    if (line.isBlank() || line.strip().startsWith("#")) {
                        continue;
                    }
                    try {
                        out.add(UUID.fromString(line.strip()));
                    } catch (IllegalArgumentException e) {
                        p.problem(file + " line " + n + ": \u201c" + line.strip() + "\u201d is not an asset id.");
                        return Optional.empty();
                    }
                }
            } catch (IOException e) {
                p.problem("Cannot read " + file + ": " + e.getMessage());
                return Optional.empty();
            }
            return Optional.of(out);
        }
    }

    @Command(name = "list", description = "The working sets on this computer: server, assets, local changes, last sync.")
    static final class ListSets implements Callable<Integer> {
        @ParentCommand
        OfflineCommands offline;

        @Override
        public Integer call() {
            Printer p = offline.root.printer();
            try (Database local = offline.openLocal()) {
                List<WorkingSet> sets = new WorkingSets(local.dataSource()).list();
                if (sets.isEmpty()) {
                    p.err().println("No working sets on this computer. 'reelbase --db SERVER offline take …' makes one.");
                    p.err().flush();
                }
                for (WorkingSet s : sets) {
                    p.line("%-24s %,6d assets  %,5d changed here  from %s @ %s  taken %s  %s", s.name(), s.assets(), s.localChanges(),
                            s.serverUser(), shown(s.serverUrl()), s.takenAt(),
                            s.lastSyncedAt() == null ? "never synced" : "synced " + s.lastSyncedAt());
                }
                return 0;
            }
        }
    }
}
