package io.reelbase.bench;

import io.reelbase.app.feature.library.LibraryViewModel;
import io.reelbase.app.ui.BackgroundTasks;
import io.reelbase.core.Page;
import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetCursor;
import io.reelbase.core.asset.AssetFilter;
import io.reelbase.core.asset.AssetRepository;
import io.reelbase.core.asset.AssetSort;
import io.reelbase.core.asset.Facet;
import io.reelbase.persistence.Database;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The library at scale, on a generated catalogue (see {@link CatalogueGenerator}): full-text searches,
 * faceted filters and facet counts (p50/p95 over repeated runs, first page of 200 as the window asks for
 * it), the next page deep into the list in each order, and a scroll through the whole catalogue with the
 * library's own view-model, reporting the heap it holds. Usage: {@code LibraryBenchmark [RUNS] [-] [DATA_DIR]}.
 */
public final class LibraryBenchmark {
    private static final PrintStream OUT = System.out;
    private static final int PAGE = 200;

    private LibraryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // The first argument is the run count when it is a number (the Maven property it comes from also
        // carries the media benchmark's corpus folders, which mean nothing here).
        int runs = args.length > 0 && args[0].matches("\\d+") ? Integer.parseInt(args[0]) : 20;
        try (Database db = CatalogueGenerator.open(args)) {
            AssetRepository assets = db.repositories().assets();
            long total = assets.count();
            OUT.printf(Locale.ROOT, "Library benchmark: %,d assets, %d cores, %d runs each, first page of %d%n",
                    total, Runtime.getRuntime().availableProcessors(), runs, PAGE);
            OUT.printf(Locale.ROOT, "%-46s %8s %8s %8s %8s%n", "", "rows", "p50 ms", "p95 ms", "target");
            AssetFilter all = AssetFilter.ALL;
            // Two title words and a file name that exist, taken from an asset in the middle of the catalogue.
            Asset sample = assets.page(all.addedBetween(null, Instant.now().minus(Duration.ofDays(540))), Optional.empty(), 1)
                    .items().get(0);
            String[] words = sample.title().split(" ");
            String twoWords = (words[0] + " " + words[1]).toLowerCase(Locale.ROOT);
            String fileName = sample.originalFilename().replaceAll("\\.[a-z0-9]+$", "");
            List<Case> searches = List.of(
                    new Case("search \"harbour\"", all.withText("harbour")),
                    new Case("search \"harb\" (start of a word)", all.withText("harb")),
                    new Case("search \"harbor\" (typo)", all.withText("harbor")),
                    new Case("search \"" + twoWords + "\" (two words)", all.withText(twoWords)),
                    new Case("search \"festival coverage\" (description)", all.withText("festival coverage")),
                    new Case("search \"" + fileName + "\" (file name)", all.withText(fileName)),
                    new Case("search \"timelapse\" (tag)", all.withText("timelapse")),
                    new Case("search \"zebra\" (no match)", all.withText("zebra")));
            List<Case> filters = List.of(
                    new Case("filter type = Video", all.with(Facet.TYPE, "VIDEO")),
                    new Case("filter status = Failed, type = Image", all.with(Facet.STATUS, "FAILED").with(Facet.TYPE, "IMAGE")),
                    new Case("filter review = Rejected, source = Sync", all.with(Facet.REVIEW, "REJECTED").with(Facet.SOURCE, "SYNC")),
                    new Case("filter codec = prores", all.with(Facet.CODEC, "prores")),
                    new Case("filter resolution = UHD", all.with(Facet.RESOLUTION, "UHD")),
                    new Case("filter tag = sunset", all.with(Facet.TAG, "sunset")),
                    new Case("filter tag = sunset + \"harbour\"", all.with(Facet.TAG, "sunset").withText("harbour")),
                    new Case("filter added in the last 30 days", all.addedBetween(Instant.now().minus(Duration.ofDays(30)), null)),
                    new Case("filter type = Video, title A-Z", all.with(Facet.TYPE, "VIDEO").sortedBy(AssetSort.TITLE)));
            for (Case c : searches) {
                firstPage(assets, c, runs, 100);
            }
            for (Case c : filters) {
                firstPage(assets, c, runs, 100);
            }
            for (Case c : List.of(new Case("facet counts, whole catalogue", all),
                    new Case("facet counts, type = Video", all.with(Facet.TYPE, "VIDEO")),
                    new Case("facet counts, status = Failed", all.with(Facet.STATUS, "FAILED")))) {
                facetCounts(assets, c, runs, 300);
            }
            for (Case c : List.of(new Case("facet counts, \"harbour\"", all.withText("harbour")),
                    new Case("facet counts, \"festival coverage\"", all.withText("festival coverage")),
                    new Case("facet counts, tag = sunset, status = Processed", all.with(Facet.TAG, "sunset").with(Facet.STATUS, "PROCESSED")),
                    new Case("facet counts, codec = prores", all.with(Facet.CODEC, "prores")),
                    new Case("facet counts, added in the last 30 days", all.addedBetween(Instant.now().minus(Duration.ofDays(30)), null)),
                    new Case("facet counts, type = Image + \"market\"", all.with(Facet.TYPE, "IMAGE").withText("market")))) {
                facetCounts(assets, c, runs, 1000);
            }
            for (AssetSort sort : AssetSort.values()) {
                nextPages(assets, all.sortedBy(sort), "next page, " + sort.label().toLowerCase(Locale.ROOT) + ", pages 2-" + (runs + 1));
            }
            nextPages(assets, all.with(Facet.TYPE, "IMAGE").withText("market"), "next page, \"market\" images, pages 2-" + (runs + 1));
            deepPages(db, assets, total / 2);
            scroll(db, total);
            printWorst(total);
        }
    }

    /** The slowest case (by p95) of each kind, for the combined table: what a person would notice first. */
    private static final java.util.Map<String, Worst> WORST = new java.util.LinkedHashMap<>();
    private static final java.util.Map<String, String> KINDS = java.util.Map.of("< 100", "searches and filters, first page",
            "< 300", "facet counts, whole catalogue / a type / a status", "< 1000", "facet counts, a narrowed list",
            "< 50", "next pages and the page at the middle row");

    private static void printWorst(long total) {
        WORST.forEach((target, worst) -> Figures.print(Figures.fmt("library, %,d assets: %s, slowest p95", total,
                KINDS.getOrDefault(target, target)), Figures.fmt("%.0f ms (%s)", worst.p95(), worst.name()), null, target + " ms"));
    }

    record Worst(double p95, String name) {
    }

    record Case(String name, AssetFilter filter) {
    }

    private static void firstPage(AssetRepository assets, Case c, int runs, int target) {
        int[] rows = {0};
        double[] ms = time(runs, () -> rows[0] = assets.page(c.filter(), Optional.empty(), PAGE).items().size());
        row(c.name(), rows[0], ms, "< " + target);
    }

    /** All eight facets' counts, as the facet bar asks for them; rows: the assets the type facet counts. */
    private static void facetCounts(AssetRepository assets, Case c, int runs, int target) {
        long[] rows = {0};
        double[] ms = time(Math.min(runs, 10), () -> rows[0] = assets.facets(c.filter(), 30).get(Facet.TYPE).stream()
                .mapToLong(f -> f.count()).sum());
        row(c.name(), rows[0], ms, "< " + target);
    }

    private static void nextPages(AssetRepository assets, AssetFilter filter, String name) {
        List<Double> ms = new ArrayList<>();
        Page<Asset, AssetCursor> page = assets.page(filter, Optional.empty(), PAGE);
        int rows = page.items().size();
        for (int i = 0; i < 20 && page.next().isPresent(); i++) {
            Optional<AssetCursor> next = page.next();
            long t = System.nanoTime();
            page = assets.page(filter, next, PAGE);
            ms.add((System.nanoTime() - t) / 1e6);
            rows += page.items().size();
        }
        row(name, rows, ms.stream().mapToDouble(Double::doubleValue).toArray(), "< 50");
    }

    /** The next page from half-way down the list, in each order (keyset: as fast as near the top). */
    private static void deepPages(Database db, AssetRepository assets, long depth) throws Exception {
        for (AssetSort sort : AssetSort.values()) {
            String expr = switch (sort) {
                case NEWEST, OLDEST -> "created_at";
                case TITLE, TITLE_DESC -> "lower(title)";
                case LARGEST -> "coalesce(file_size, -1)";
                case LONGEST -> "coalesce(duration_ms, -1)";
            };
            String dir = sort == AssetSort.OLDEST || sort == AssetSort.TITLE ? "asc" : "desc";
            AssetCursor cursor;
            try (var c = db.dataSource().getConnection(); var st = c.createStatement();
                 var rs = st.executeQuery("select id, (" + expr + ")::text from asset order by " + expr + " " + dir
                         + ", id " + dir + " offset " + depth + " limit 1")) {
                rs.next();
                cursor = new AssetCursor(sort, rs.getString(2), rs.getObject(1, java.util.UUID.class), false);
            }
            AssetFilter f = AssetFilter.ALL.sortedBy(sort);
            int[] rows = {0};
            double[] ms = time(20, () -> rows[0] = assets.page(f, Optional.of(cursor), PAGE).items().size());
            row(String.format(Locale.ROOT, "page at row %,d, %s", depth, sort.label().toLowerCase(Locale.ROOT)), rows[0], ms, "< 50");
        }
    }

    private static double[] time(int runs, Runnable work) {
        return Timing.time(runs, work);
    }

    private static void row(String name, long rows, double[] ms, String target) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        OUT.printf(Locale.ROOT, "%-46s %8s %8.1f %8.1f %8s%n", name, String.format(Locale.ROOT, "%,d", rows),
                percentile(sorted, 50), percentile(sorted, 95), target);
        WORST.merge(target, new Worst(percentile(sorted, 95), name), (a, b) -> b.p95() > a.p95() ? b : a);
    }

    static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    /** Loads every page of the whole catalogue through the library's view-model, as scrolling to the end would. */
    private static void scroll(Database db, long total) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        var assets = db.repositories().assets();
        LibraryViewModel vm = new LibraryViewModel(new io.reelbase.app.feature.library.LibraryServices(assets, assets, assets,
                new io.reelbase.core.edit.AssetEdits(assets, assets, assets), db.repositories().collections(),
                db.repositories().savedSearches(), db.repositories().ingestSources(), db.repositories().media(),
                db.assetChanges(), new io.reelbase.persistence.offline.WorkingSets(db.dataSource()),
                io.reelbase.app.OfflineService.forWindow(db, null), new io.reelbase.core.lifecycle.AssetRestore(assets, assets)), new DirectTasks(),
                new io.reelbase.app.ui.HeadlessDialogs(), "bench");
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        long t0 = System.nanoTime();
        vm.refresh();
        long maxHeap = 0;
        int pages = 1;
        List<Double> pageMs = new ArrayList<>();
        while (vm.list().hasMoreProperty().get()) {
            long t = System.nanoTime();
            vm.list().loadMore();
            pageMs.add((System.nanoTime() - t) / 1e6);
            pages++;
            if (pages % 500 == 0) {
                System.gc();
                maxHeap = Math.max(maxHeap, memory.getHeapMemoryUsage().getUsed());
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.gc();
        long after = memory.getHeapMemoryUsage().getUsed();
        maxHeap = Math.max(maxHeap, after);
        double[] sorted = pageMs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        OUT.printf(Locale.ROOT, "scroll to the end: %,d rows in %,d pages, %.0f s; page p50 %.1f ms, p95 %.1f ms%n",
                vm.list().rows().size(), pages, seconds, percentile(sorted, 50), percentile(sorted, 95));
        OUT.printf(Locale.ROOT, "heap in use after GC: %,.0f MB before, %,.0f MB at most while scrolling, %,.0f MB holding all %,d rows (target < 600 MB)%n",
                before / 1048576.0, maxHeap / 1048576.0, after / 1048576.0, total);
        Figures.print(Figures.fmt("library, %,d assets: scroll to the end with the view-model", total),
                Figures.fmt("%.0f s; page p95 %.1f ms", seconds, percentile(sorted, 95)), null, null);
        Figures.print(Figures.fmt("library, %,d assets: heap holding every row (after GC)", total),
                Figures.fmt("%,.0f MB", after / 1048576.0), null, "< 600 MB");
    }

    /** Runs each task at once on the calling thread (the benchmark is the only user). */
    private static final class DirectTasks implements BackgroundTasks {
        @Override
        public <T> Handle submit(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            try {
                onSuccess.accept(work.run(io.reelbase.core.Progress.NONE));
            } catch (Exception e) {
                onFailure.accept(e);
            }
            return () -> { };
        }
    }

}
