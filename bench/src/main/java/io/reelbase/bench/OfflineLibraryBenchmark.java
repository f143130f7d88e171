package io.reelbase.bench;

import io.reelbase.core.Progress;
import io.reelbase.core.asset.AssetFilter;
import io.reelbase.core.asset.AssetRepository;
import io.reelbase.core.asset.Facet;
import io.reelbase.core.offline.WorkingSet;
import io.reelbase.persistence.Database;
import io.reelbase.persistence.DatabaseSettings;
import io.reelbase.persistence.offline.OfflineCopy;
import io.reelbase.persistence.offline.WorkingSets;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The library on a laptop's catalogue holding an N-asset working set, side by side with the same library on an
 * embedded catalogue that holds the same N assets as its own: opening the catalogue (the app's start-up step), the
 * first page, a text search, the tag and type counts, and the working set's own entry. Argument: N (default 10,000).
 */
public final class OfflineLibraryBenchmark {
    private static final PrintStream OUT = System.out;
    private static final int PAGE = 200;

    private OfflineLibraryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 && args[0].matches("\\d+") ? Integer.parseInt(args[0]) : 10_000;
        Path own = Files.createTempDirectory("reelbase-bench-own");
        Path laptop = Files.createTempDirectory("reelbase-bench-laptop");
        UUID set;
        try (Database server = Database.open(DatabaseSettings.embedded(own)); Database l = Database.open(DatabaseSettings.embedded(laptop))) {
            List<UUID> ids = OfflineBenchmark.fill(server, n);
            WorkingSet ws = new WorkingSets(l.dataSource()).create("Benchmark", "embedded", "bench", null);
            new OfflineCopy(server.dataSource(), l.dataSource()).take(ws.id(), ids, null, Progress.NONE);
            set = ws.id();
        }
        OUT.printf(Locale.ROOT, "Library on %,d assets: an embedded catalogue of its own vs a laptop catalogue holding them as a"
                + " working set (median of 15 runs, ms), %d cores%n", n, Runtime.getRuntime().availableProcessors());
        OUT.printf(Locale.ROOT, "  %-52s %12s %12s%n", "", "own assets", "working set");
        double[] openOwn = open(own);
        double[] openSet = open(laptop);
        OUT.printf(Locale.ROOT, "  %-52s %12.0f %12.0f%n", "open the catalogue (start, check schema; best of 3)", openOwn[0], openSet[0]);
        try (Database a = Database.open(DatabaseSettings.embedded(own)); Database b = Database.open(DatabaseSettings.embedded(laptop))) {
            row("first page, newest first", a, b, r -> r.page(AssetFilter.ALL, Optional.empty(), PAGE).items().size());
            AssetFilter text = AssetFilter.of(Optional.empty(), Optional.empty(), "offline 77");
            row("text search \u201coffline 77\u201d", a, b, r -> r.page(text, Optional.empty(), PAGE).items().size());
            AssetFilter tag = AssetFilter.ALL.with(Facet.TAG, "tag7");
            row("tag filter \u201ctag7\u201d", a, b, r -> r.page(tag, Optional.empty(), PAGE).items().size());
            row("type and tag counts", a, b, r -> r.facets(AssetFilter.ALL, 30, EnumSet.of(Facet.TYPE, Facet.TAG)).size());
            double ws = Timing.median(15, () -> b.repositories().assets().page(AssetFilter.ofWorkingSet(set), Optional.empty(), PAGE)
                    .items().size());
            OUT.printf(Locale.ROOT, "  %-52s %12s %12.1f%n", "the working set's own entry in the sidebar", "\u2014", ws);
        }
    }

    /** Opening and closing the catalogue three times (the first start is excluded: it creates the server's files). */
    private static double[] open(Path dir) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            try (Database db = Database.open(DatabaseSettings.embedded(dir))) {
                db.repositories().assets().count();
            }
            best = Math.min(best, (System.nanoTime() - t) / 1e6);
        }
        return new double[] {best};
    }

    private static void row(String name, Database own, Database laptop, Function<AssetRepository, ?> query) {
        double a = Timing.median(15, () -> query.apply(own.repositories().assets()));
        double b = Timing.median(15, () -> query.apply(laptop.repositories().assets()));
        OUT.printf(Locale.ROOT, "  %-52s %12.1f %12.1f%n", name, a, b);
    }
}
