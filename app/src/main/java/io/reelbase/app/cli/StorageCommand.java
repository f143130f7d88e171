package io.reelbase.app.cli;

import io.reelbase.core.Bytes;
import io.reelbase.core.ReelbaseException;
import io.reelbase.core.asset.StorageTier;
import io.reelbase.core.storage.StorageCheck;
import io.reelbase.core.storage.StorageRoot;
import io.reelbase.core.storage.StorageRoots;
import io.reelbase.media.hash.Sha256Hasher;
import io.reelbase.persistence.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code reelbase storage}: the directories and mounts Reelbase manages, by tier. */
@Command(name = "storage", description = "Storage roots: directories or mounts Reelbase manages (HOT, WARM, COLD, ARCHIVE).",
        subcommands = {StorageCommand.Add.class, StorageCommand.ListRoots.class, StorageCommand.Verify.class})
final class StorageCommand {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @ParentCommand
    ReelbaseCommand root;

    /** What is wrong with a root's folder right now (gone, not a folder, read-only), or null when it is usable. */
    static String problem(Path dir) {
        return StorageRoot.problem(dir);
    }

    static String free(Path dir) {
        try {
            return Bytes.human(Files.getFileStore(dir).getUsableSpace());
        } catch (IOException e) {
            return "?";
        }
    }

    @Command(name = "add", description = "Make a folder a storage root of a tier.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        StorageCommand storage;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1", paramLabel = "FOLDER")
        Path folder;

        @Option(names = "--tier", required = true, paramLabel = "TIER", description = "HOT, WARM, COLD or ARCHIVE.")
        String tier;

        @Option(names = "--capacity", paramLabel = "SIZE", description = "How much it may hold, e.g. 4T (default: the disk's size).")
        String capacity;

        @Option(names = "--proxies", description = "Write every worker's proxies here (a folder every workstation reaches), so a proxy"
                + " made on one plays on all.")
        boolean proxies;

        @Option(names = "--adopt", description = "Also manage the originals the catalogue already has in that folder (lifecycle rules may"
                + " then move or delete them).")
        boolean adopt;

        @Override
        public Integer call() {
            Printer p = storage.root.printer();
            try {
                StorageTier t;
                try {
                    t = StorageTier.valueOf(tier.strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("There is no tier '" + tier + "'; choose HOT, WARM, COLD or ARCHIVE.");
                }
                Long cap = capacity == null ? null : Bytes.parse(capacity);
                Path dir = folder.toAbsolutePath().normalize();
                String wrong = problem(dir);
                if (wrong != null) {
                    throw new IllegalArgumentException(dir + " is " + wrong + "; a storage root must be a folder Reelbase can write to.");
                }
                try (Database db = Database.open(storage.root.settings())) {
                    StorageRoot r = db.storageRoots().add(name, dir, t, cap);
                    p.line("Added the storage root \u201c%s\u201d (%s) at %s; %s free there.", r.name(), r.tier(), r.path(), free(dir));
                    if (proxies) {
                        db.storageRoots().holdProxies(r);
                        p.line("Workers now write proxies into %s (restart running workers to follow).", r.path().resolve("proxies"));
                    }
                    if (adopt) {
                        int n = db.storageRoots().adopt(r);
                        p.line(n == 1 ? "1 copy already in that folder is now managed there." : String.format(Locale.ROOT,
                                "%,d copies already in that folder are now managed there.", n));
                    }
                }
                return 0;
            } catch (IllegalArgumentException bad) {
                p.problem(bad.getMessage());
                return 2;
            }
        }
    }

    @Command(name = "list", description = "The storage roots: tier, folder, files and bytes recorded there, free space, last check.")
    static final class ListRoots implements Callable<Integer> {
        @ParentCommand
        StorageCommand storage;

        @Override
        public Integer call() {
            Printer p = storage.root.printer();
            try (Database db = Database.open(storage.root.settings())) {
                StorageRoots roots = db.storageRoots();
                List<StorageRoot> all = roots.all();
                if (all.isEmpty()) {
                    p.line("No storage roots yet: 'reelbase storage add NAME FOLDER --tier HOT' makes one.");
                    return 0;
                }
                p.line("%-16s %-8s %8s %10s %10s %10s  %-16s %s", "NAME", "TIER", "FILES", "BYTES", "FREE", "CAPACITY", "VERIFIED", "FOLDER");
                for (StorageRoot r : all) {
                    StorageRoots.Usage u = roots.usage(r.id());
                    String wrong = problem(r.path());
                    boolean px = roots.proxyRoot().map(x -> x.id().equals(r.id())).orElse(false);
                    p.line("%-16s %-8s %,8d %10s %10s %10s  %-16s %s%s", r.name() + (px ? " (proxies)" : ""), r.tier(), u.files(), Bytes.human(u.bytes()),
                            wrong == null ? free(r.path()) : "-", r.capacityBytes() == null ? "-" : Bytes.human(r.capacityBytes()),
                            r.verifiedAt() == null ? "never" : WHEN.format(r.verifiedAt()), r.path(), wrong == null ? "" : "  (" + wrong + "!)");
                }
            }
            return 0;
        }
    }

    @Command(name = "verify", description = "Re-hash every copy in a root (or all): missing and changed files are listed and marked (exit 1).")
    static final class Verify implements Callable<Integer> {
        @ParentCommand
        StorageCommand storage;

        @Parameters(index = "0", arity = "0..1", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            Printer p = storage.root.printer();
            try (Database db = Database.open(storage.root.settings())) {
                StorageRoots roots = db.storageRoots();
                List<StorageRoot> which = name == null ? roots.all() : List.of(roots.named(name).orElseThrow(() -> new ReelbaseException(
                        "There is no storage root named \u201c" + name + "\u201d.", "'reelbase storage list' shows them.")));
                boolean well = true;
                for (StorageRoot r : which) {
                    StorageCheck.Report report = new StorageCheck(roots, new Sha256Hasher()).verify(r, p.progress(10));
                    report.missing().forEach(c -> p.line("  MISSING  %s (asset %s)", c.path(), c.assetId()));
                    report.changed().forEach(c -> p.line("  CHANGED  %s (asset %s): its bytes no longer give the checksum it was"
                            + " written with", c.path(), c.assetId()));
                    p.line("%s: %,d cop%s checked, %s.", r.name(), report.checked(), report.checked() == 1 ? "y" : "ies", report.allWell()
                            ? "all as written" : report.missing().size() + " missing, " + report.changed().size() + " changed");
                    well &= report.allWell();
                }
                return well ? 0 : 1;
            }
        }
    }
}
