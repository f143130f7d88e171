package io.reelbase.bench;

import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetChanges;
import io.reelbase.core.asset.AssetRepository;
import io.reelbase.core.asset.AssetSnapshot;
import io.reelbase.core.asset.AssetStatus;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.AssetVersion;
import io.reelbase.core.asset.NewAsset;
import io.reelbase.core.asset.ReviewStatus;
import io.reelbase.core.asset.VersionOrigin;
import io.reelbase.core.edit.AssetEdit;
import io.reelbase.core.edit.AssetEdits;
import io.reelbase.core.edit.AssetReverts;
import io.reelbase.core.edit.RevertPlan;
import io.reelbase.core.merge.AssetMerge;
import io.reelbase.core.merge.VersionDiff;
import io.reelbase.persistence.Database;
import io.reelbase.persistence.DatabaseSettings;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Versions and merges, measured on the embedded PostgreSQL: the history of an asset with 1,000 versions, a diff
 * of two versions, a three-way merge (side by side with {@code git merge-file} on the description), reverting
 * 10,000 assets to a moment, and eight writers saving their own field of one asset for 30 s.
 * Arguments: [seconds for the writers] [assets to revert].
 */
public final class VersionsBenchmark {
    private static final PrintStream OUT = System.out;

    private VersionsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 && !args[0].startsWith("$") && args[0].matches("\\d+") ? Integer.parseInt(args[0]) : 30;
        int revertCount = args.length > 1 && args[1].matches("\\d+") ? Integer.parseInt(args[1]) : 10_000;
        Path home = Files.createTempDirectory("reelbase-versions-bench");
        try (Database db = Database.open(DatabaseSettings.embedded(home).withPoolSize(12))) {
            AssetRepository assets = db.repositories().assets();
            AssetEdits edits = new AssetEdits(assets, assets, assets);
            OUT.printf(Locale.ROOT, "Versions benchmark: embedded PostgreSQL (fsync on), %d cores%n", Runtime.getRuntime().availableProcessors());
            UUID deep = thousandVersions(assets, edits);
            history(assets, deep);
            diff(assets, deep);
            merge();
            revert(db, assets, edits, revertCount);
            writers(assets, edits, seconds);
        }
    }

    private static UUID thousandVersions(AssetRepository assets, AssetEdits edits) {
        Asset a = assets.create(NewAsset.of("Deep history", AssetType.VIDEO), "bench");
        long t0 = System.nanoTime();
        for (int i = 2; i <= 1000; i++) {
            Map<String, Object> fields = new HashMap<>(Map.of("take", i, "rights", i % 3 == 0 ? "CC-BY" : "editorial"));
            edits.save(AssetEdit.of(a.id(), i - 1, AssetChanges.none().customFields(fields).title("Deep history, take " + i)
                    .description("Take " + i + " of the harbour at dawn; the light changes with every take.")
                    .tags(List.of("take" + (i % 7), "harbour")), VersionOrigin.EDIT), "bench");
        }
        OUT.printf(Locale.ROOT, "  made an asset with 1,000 versions through the edit pipeline in %.1f s (%.1f ms a save)%n",
                (System.nanoTime() - t0) / 1e9, (System.nanoTime() - t0) / 1e6 / 999);
        return a.id();
    }

    private static void history(AssetRepository assets, UUID id) {
        double[] ms = runs(20, () -> {
            List<AssetVersion> v = new ArrayList<>(assets.versions(id));
            v.sort((x, y) -> Long.compare(y.version(), x.version()));
            if (v.size() != 1000) {
                throw new IllegalStateException("expected 1,000 versions, read " + v.size());
            }
        });
        report("history of 1,000 versions (read and sorted, as the window opens it)", ms, "< 200 ms");
    }

    private static void diff(AssetRepository assets, UUID id) {
        double[] ms = runs(20, () -> VersionDiff.between(assets.version(id, 17).orElseThrow().snapshot(),
                assets.version(id, 983).orElseThrow().snapshot()));
        report("diff of two versions (both read, then compared field by field)", ms, "< 50 ms");
    }

    private static void merge() throws Exception {
        AssetSnapshot base = snapshot("Harbour at dawn", "The harbour at dawn.\nBoats come in.\nGulls over the pier.\n", List.of("sea", "boats"));
        AssetSnapshot mine = snapshot("Harbour at dawn", "The harbour at first light.\nBoats come in.\nGulls over the pier.\n",
                List.of("sea", "boats", "gulls"));
        AssetSnapshot theirs = snapshot("Harbour, low tide", "The harbour at dawn.\nBoats come in.\nGulls over the old pier.\n",
                List.of("sea"));
        for (int i = 0; i < 20_000; i++) {
            AssetMerge.merge(base, mine, theirs);
        }
        int n = 100_000;
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            if (!AssetMerge.merge(base, mine, theirs).clean()) {
                throw new IllegalStateException("the benchmark's edits should merge");
            }
        }
        double us = (System.nanoTime() - t0) / 1e3 / n;
        OUT.printf(Locale.ROOT, "  three-way merge of two edits (title, 3-line description, tags): %.1f \u00B5s each   (target < 1 ms)%n", us);
        gitMergeFile(base.description(), mine.description(), theirs.description());
    }

    /** The reference tool on the description alone: git merge-file, one process per merge as a script would run it. */
    private static void gitMergeFile(String base, String mine, String theirs) throws Exception {
        Path dir = Files.createTempDirectory("reelbase-merge-file");
        Path b = Files.writeString(dir.resolve("base"), base);
        Path m = Files.writeString(dir.resolve("mine"), mine);
        Path t = Files.writeString(dir.resolve("theirs"), theirs);
        int n = 20;
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            try {
                Process p = new ProcessBuilder("git", "merge-file", "-p", m.toString(), b.toString(), t.toString())
                        .redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    throw new IllegalStateException("git merge-file did not merge");
                }
            } catch (java.io.IOException e) {
                OUT.println("  (git merge-file not available here: no side-by-side figure)");
                return;
            }
        }
        OUT.printf(Locale.ROOT, "  git merge-file on the description alone, for reference: %.1f ms each (a process per merge)%n",
                (System.nanoTime() - t0) / 1e6 / n);
    }

    private static AssetSnapshot snapshot(String title, String description, List<String> tags) {
        return new AssetSnapshot(title, description, AssetStatus.PROCESSED, ReviewStatus.DRAFT, Map.of("rights", "editorial"),
                Map.of(), tags);
    }

    /** {@code count} assets, each edited an hour ago and again now, written in SQL; then reverted to half an hour ago. */
    private static void revert(Database db, AssetRepository assets, AssetEdits edits, int count) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute("create temporary table bench_ids as select gen_random_uuid() id, n from generate_series(1, " + count + ") n");
            st.execute("insert into asset (id, title, asset_type, version, custom_fields, created_at)"
                    + " select id, 'Revert ' || n || ', edited', 'IMAGE', 2, '{\"rights\": \"wrong\"}', now() - interval '2 hours' from bench_ids");
            st.execute("insert into asset_version (asset_id, version, version_id, snapshot, origin, created_by_name, created_at)"
                    + " select id, 1, gen_random_uuid(), jsonb_build_object('title', 'Revert ' || n, 'review_status', 'DRAFT',"
                    + " 'status', 'STAGED', 'custom_fields', '{\"rights\": \"editorial\"}'::jsonb, 'operational_tags', '{}'::jsonb,"
                    + " 'tags', '[]'::jsonb), 'CREATE', 'bench', now() - interval '2 hours' from bench_ids");
            st.execute("insert into asset_version (asset_id, version, version_id, snapshot, origin, base_version, created_by_name, created_at)"
                    + " select id, 2, gen_random_uuid(), jsonb_build_object('title', 'Revert ' || n || ', edited', 'review_status', 'DRAFT',"
                    + " 'status', 'STAGED', 'custom_fields', '{\"rights\": \"wrong\"}'::jsonb, 'operational_tags', '{}'::jsonb,"
                    + " 'tags', '[]'::jsonb), 'EDIT', 1, 'bench', now() from bench_ids");
            st.execute("analyze asset; analyze asset_version");
        }
        List<UUID> ids = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
             var rs = st.executeQuery("select id from asset where title like 'Revert %'")) {
            while (rs.next()) {
                ids.add(rs.getObject(1, UUID.class));
            }
        }
        AssetReverts reverts = new AssetReverts(assets, edits);
        long t0 = System.nanoTime();
        RevertPlan plan = reverts.plan(assets.findAll(ids), Instant.now().minusSeconds(3600));
        double planS = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        AssetReverts.Report report = reverts.run(plan, "bench", io.reelbase.core.Progress.NONE);
        double runS = (System.nanoTime() - t1) / 1e9;
        OUT.printf(Locale.ROOT, "  revert %,d assets to a moment: plan %.1f s (%s), revert %.1f s (%.0f assets/s), %d reverted, %d not;"
                        + " total %.1f s   (target < 60 s)%n", ids.size(), planS, plan.describe(), runS, report.reverted() / runS,
                report.reverted(), report.notReverted().size(), planS + runS);
    }

    /** Eight writers, each saving its own custom field of one asset as fast as it can: nothing may be lost. */
    private static void writers(AssetRepository assets, AssetEdits edits, int seconds) throws Exception {
        Asset a = assets.create(NewAsset.of("Busy asset", AssetType.IMAGE), "bench");
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<int[]>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            String key = "writer" + w;
            done.add(pool.submit(() -> {
                int saves = 0;
                int merges = 0;
                while (System.nanoTime() < until) {
                    Asset seen = assets.find(a.id()).orElseThrow();
                    Map<String, Object> fields = new HashMap<>(seen.customFields());
                    fields.put(key, saves + 1);
                    var out = edits.save(AssetEdit.of(a.id(), seen.version(), AssetChanges.none().customFields(fields), VersionOrigin.EDIT), key);
                    if (!out.saved()) {
                        throw new IllegalStateException(key + " was refused");
                    }
                    saves++;
                    merges += out instanceof io.reelbase.core.edit.EditOutcome.Merged ? 1 : 0;
                }
                return new int[] {saves, merges};
            }));
        }
        int total = 0;
        int merged = 0;
        int[] last = new int[writers];
        for (int w = 0; w < writers; w++) {
            int[] r = done.get(w).get();
            last[w] = r[0];
            total += r[0];
            merged += r[1];
        }
        pool.shutdown();
        Asset end = assets.find(a.id()).orElseThrow();
        int lost = 0;
        for (int w = 0; w < writers; w++) {
            Object v = end.customFields().get("writer" + w);
            lost += v instanceof Number n && n.intValue() == last[w] ? 0 : 1;
        }
        boolean versionsRight = end.version() == total + 1;
        OUT.printf(Locale.ROOT, "  8 writers, own field each, %d s: %,d saves (%.0f saves/s), %,d of them merged with a version saved"
                        + " meanwhile; lost updates: %d; versions = saves + 1: %s   (target: 0 lost)%n", seconds, total,
                total / (double) seconds, merged, lost, versionsRight ? "yes" : "NO (" + end.version() + ")");
    }

    private static double[] runs(int n, Runnable work) {
        work.run();
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static void report(String what, double[] ms, String target) {
        OUT.printf(Locale.ROOT, "  %s: p50 %.1f ms, p95 %.1f ms   (target %s)%n", what, ms[ms.length / 2],
                ms[(int) Math.ceil(ms.length * 0.95) - 1], target);
    }
}
