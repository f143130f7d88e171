package io.reelbase.bench;

import io.reelbase.core.Progress;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.NewAsset;
import io.reelbase.core.asset.ReviewStatus;
import io.reelbase.core.asset.SourceSystem;
import io.reelbase.core.asset.StorageTier;
import io.reelbase.core.lifecycle.AgeBasis;
import io.reelbase.core.lifecycle.LifecycleAction;
import io.reelbase.core.lifecycle.LifecycleRule;
import io.reelbase.core.lifecycle.LifecycleRunner;
import io.reelbase.core.lifecycle.RuleFilter;
import io.reelbase.core.lifecycle.RunOptions;
import io.reelbase.core.lifecycle.RunSummary;
import io.reelbase.core.lifecycle.StepWatch;
import io.reelbase.media.hash.Sha256Hasher;
import io.reelbase.persistence.Database;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * Lifecycle rules at scale, on the generated catalogue (see {@link CatalogueGenerator}): the plan of ten rules over
 * the whole catalogue (the simulation, which a run makes the same way), each rule's live count as the editor asks for
 * it, and moves of real files beside {@code cp} and {@code sync} of the same files. Usage:
 * {@code LifecycleBenchmark [RUNS] [-] [DATA_DIR]}.
 */
public final class LifecycleBenchmark {
    private static final PrintStream OUT = System.out;

    private LifecycleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 && !args[0].startsWith("$") ? Integer.parseInt(args[0]) : 5;
        Path roots = Files.createTempDirectory("reelbase-bench-roots");
        try (Database db = CatalogueGenerator.open(args)) {
            long total = db.repositories().assets().count();
            OUT.printf(Locale.ROOT, "Lifecycle benchmark: %,d assets, %d cores, %d runs each%n", total, Runtime.getRuntime().availableProcessors(),
                    runs);
            clear(db);
            for (StorageTier t : List.of(StorageTier.WARM, StorageTier.COLD, StorageTier.ARCHIVE)) {
                db.storageRoots().add("bench " + t, Files.createDirectories(roots.resolve(t.name().toLowerCase(Locale.ROOT))), t, null);
            }
            List<LifecycleRule> rules = tenRules();
            rules.forEach(db.lifecycleRules()::save);
            LifecycleRunner runner = new LifecycleRunner(db.lifecyclePlans(), db.lifecycleSteps(), db.storageRoots(), db.repositories().assets(),
                    db.repositories().assets(), new Sha256Hasher(), "bench", StepWatch.NONE);
            RunSummary[] last = new RunSummary[1];
            double[] plan = Timing.time(runs, () -> last[0] = runner.run(RunOptions.SIMULATE, Instant.now(), Progress.NONE));
            RunSummary s = last[0];
            report("plan of 10 rules over the catalogue (simulation)", plan, 10_000, String.format(Locale.ROOT,
                    "%,d actions, %,d spared, %,d not due yet", s.plannedAssets(), s.sparedAssets(),
                    s.rules().stream().mapToLong(RunSummary.RuleCount::notYet).sum()));
            for (LifecycleRule r : db.lifecycleRules().all()) {
                long[] n = new long[1];
                double[] ms = Timing.time(runs, () -> n[0] = db.lifecyclePlans().count(r, Instant.now()).dueAssets());
                report("live count: " + r.name(), ms, 500, String.format(Locale.ROOT, "%,d due", n[0]));
            }
            clear(db);
            moves(db, runner, roots);
        } finally {
            try (var walk = Files.walk(roots)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static List<LifecycleRule> tenRules() {
        RuleFilter any = RuleFilter.ANY;
        return List.of(
                LifecycleRule.of("bench delete rejects", any.withReview(ReviewStatus.REJECTED), LifecycleAction.DELETE, null, 90, 10),
                LifecycleRule.of("bench cold watch videos", any.withType(AssetType.VIDEO).withSource(SourceSystem.WATCH_FOLDER),
                        LifecycleAction.MOVE, StorageTier.COLD, 30, 100),
                LifecycleRule.of("bench archive images", any.withType(AssetType.IMAGE), LifecycleAction.ARCHIVE, null, 365, 100),
                LifecycleRule.of("bench warm audio", any.withType(AssetType.AUDIO), LifecycleAction.MOVE, StorageTier.WARM, 60, 100),
                LifecycleRule.of("bench sunset to archive tier", any.withTag("sunset"), LifecycleAction.MOVE, StorageTier.ARCHIVE, 400, 50),
                LifecycleRule.of("bench big files cold", any.withMinSize(1_000_000_000L), LifecycleAction.MOVE, StorageTier.COLD, 90, 60),
                LifecycleRule.of("bench archive synced", any.withSource(SourceSystem.SYNC), LifecycleAction.ARCHIVE, null, 200, 100),
                new LifecycleRule(null, "bench warm approved videos", null, any.withType(AssetType.VIDEO).withReview(ReviewStatus.APPROVED),
                        AgeBasis.CHANGED, StorageTier.WARM, 14, null, null, 70, true),
                LifecycleRule.of("bench delete old documents", any.withType(AssetType.DOCUMENT), LifecycleAction.DELETE, null, 1000, 100),
                LifecycleRule.of("bench timelapse cold", any.withTag("timelapse"), LifecycleAction.MOVE, StorageTier.COLD, 7, 100));
    }

    /** Moves 16 files of 64 MB to a COLD root, beside cp + sync of the same files to the same disk. */
    private static void moves(Database db, LifecycleRunner runner, Path roots) throws Exception {
        Path src = Files.createDirectories(roots.resolve("originals"));
        Random random = new Random(7);
        byte[] block = new byte[64 << 20];
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            random.nextBytes(block);
            Path f = Files.write(src.resolve("clip" + i + ".mov"), block);
            String sha = new Sha256Hasher().sha256(f, Progress.NONE);
            UUID id = db.repositories().assets().create(NewAsset.of("bench move " + i, AssetType.VIDEO).withFile(sha, block.length,
                    f.getFileName().toString(), null), "bench").id();
            db.repositories().media().addLocation(id, "ORIGINAL", f, block.length, sha, true);
            ids.add(id);
        }
        db.storageRoots().add("bench move target", Files.createDirectories(roots.resolve("move-target")), StorageTier.COLD, null);
        var c = db.repositories().collections().create("bench moves " + UUID.randomUUID(), null, null);
        db.repositories().collections().add(c.id(), ids, null);
        sql(db, "update asset set status = 'PROCESSED' where title like 'bench move %'");
        long bytes = 16L * block.length;
        Path copy = Files.createDirectories(roots.resolve("cp"));
        long t = System.nanoTime();
        new ProcessBuilder("sh", "-c", "cp " + src + "/* " + copy + "/ && sync").inheritIO().start().waitFor();
        double cpS = (System.nanoTime() - t) / 1e9;
        db.lifecycleRules().save(LifecycleRule.of("bench move now", RuleFilter.ANY.withCollection(c.id(), c.name()), LifecycleAction.MOVE,
                StorageTier.COLD, 0, 0));
        t = System.nanoTime();
        RunSummary ran = runner.run(RunOptions.EXECUTE, Instant.now(), Progress.NONE);
        double moveS = (System.nanoTime() - t) / 1e9;
        OUT.printf(Locale.ROOT, "%-52s %,6d MB in %6.2f s: %6.0f MB/s   cp + sync: %6.2f s, %6.0f MB/s  (%d moved, %d failed)%n",
                "move to COLD (copy, fsync, verify, switch)", bytes >> 20, moveS, (bytes >> 20) / moveS, cpS, (bytes >> 20) / cpS,
                ran.done(LifecycleAction.MOVE).assets(), ran.failed(LifecycleAction.MOVE).assets());
        sql(db, "delete from lifecycle_rule where name like 'bench %'");
        sql(db, "delete from collection where name like 'bench moves %'");
        sql(db, "delete from asset where title like 'bench move %'");
        clear(db);
    }

    private static void report(String what, double[] ms, double target, String note) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        OUT.printf(Locale.ROOT, "%-52s p50 %8.0f ms  p95 %8.0f ms  target %,6.0f ms  %s%n", what, LibraryBenchmark.percentile(sorted, 50),
                LibraryBenchmark.percentile(sorted, 95), target, note);
    }

    /** Takes away what an earlier run of this benchmark left: its rules, roots and plans. */
    private static void clear(Database db) throws Exception {
        sql(db, "delete from lifecycle_rule where name like 'bench %'");
        sql(db, "delete from lifecycle_run where started_login = session_user and rule_name like '%active rule%'");
        sql(db, "delete from storage_location where root_id in (select id from storage_root where name like 'bench %')");
        sql(db, "delete from storage_root where name like 'bench %'");
    }

    private static void sql(Database db, String sql) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
