package io.reelbase.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.core.Progress;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.NewAsset;
import io.reelbase.media.hash.Sha256Hasher;
import io.reelbase.persistence.Database;
import io.reelbase.persistence.DatabaseSettings;
import io.reelbase.persistence.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Storage roots from the command line on real files: a folder becomes a root of a tier (taking over the originals
 * already there when asked), is listed with what it holds, and verifying it re-hashes every copy: a file removed or
 * changed behind Reelbase's back is named, marked on its location, and the command exits 1.
 */
class StorageCommandIT {

    @Test
    void aRootIsAddedListedAndVerifiedAndMissingOrChangedFilesAreNamed(@TempDir Path vault, @TempDir Path elsewhere) throws Exception {
        DatabaseSettings s = TestDatabases.fresh();
        Path clips = Files.createDirectories(vault.resolve("clips"));
        Map<String, Path> files = new HashMap<>();
        try (Database db = Database.open(s)) {
            for (String name : new String[] {"a", "b", "c"}) {
                Path f = Files.write(clips.resolve(name + ".bin"), ("bytes of " + name).repeat(1000).getBytes());
                var asset = db.repositories().assets().create(NewAsset.of(name, AssetType.VIDEO), "ann");
                db.repositories().media().addLocation(asset.id(), "ORIGINAL", f, Files.size(f), new Sha256Hasher().sha256(f, Progress.NONE), true);
                files.put(name, f);
            }
        }
        CliRun cli = new CliRun();
        String[] db = {"--db", s.jdbcUrl(), "--user", s.user()};
        assertThat(cli.run(concat(db, "storage", "add", "Vault", vault.toString(), "--tier", "cold", "--capacity", "1G", "--adopt")))
                .as(cli.err.toString()).isZero();
        assertThat(cli.out.toString()).contains("Added the storage root \u201cVault\u201d (COLD) at " + vault,
                "3 copies already in that folder are now managed there.");

        assertThat(cli.run(concat(db, "storage", "add", "Inner", clips.toString(), "--tier", "HOT"))).isEqualTo(2);
        assertThat(cli.err.toString()).contains("overlaps the storage root \u201cVault\u201d");
        assertThat(cli.run(concat(db, "storage", "add", "Gone", elsewhere.resolve("nothing").toString(), "--tier", "HOT"))).isEqualTo(2);
        assertThat(cli.err.toString()).contains("is missing; a storage root must be a folder Reelbase can write to");
        assertThat(cli.run(concat(db, "storage", "add", "Warmish", elsewhere.toString(), "--tier", "LUKEWARM"))).isEqualTo(2);
        assertThat(cli.err.toString()).contains("There is no tier 'LUKEWARM'");

        assertThat(cli.run(concat(db, "storage", "list"))).isZero();
        assertThat(cli.out.toString().lines()).anySatisfy(l -> assertThat(l).startsWith("Vault ").contains("COLD", " 3 ", "1.0 GB", "never"));

        assertThat(cli.run(concat(db, "storage", "verify", "Vault"))).as(cli.err.toString()).isZero();
        assertThat(cli.out.toString()).contains("Vault: 3 copies checked, all as written.");

        Files.write(files.get("b"), "something else".getBytes());
        Files.delete(files.get("c"));
        assertThat(cli.run(concat(db, "storage", "verify"))).isEqualTo(1);
        assertThat(cli.out.toString()).contains("MISSING  " + files.get("c"), "CHANGED  " + files.get("b"),
                "Vault: 3 copies checked, 1 missing, 1 changed.");
        try (Database d = Database.open(s); var c = d.dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery("select path, status, verified_at is not null from storage_location order by path")) {
            Map<String, String> state = new HashMap<>();
            while (rs.next()) {
                state.put(Path.of(rs.getString(1)).getFileName().toString(), rs.getString(2) + "/" + rs.getBoolean(3));
            }
            assertThat(state).containsEntry("a.bin", "AVAILABLE/true").containsEntry("b.bin", "CHANGED/true").containsEntry("c.bin", "MISSING/true");
        }
        assertThat(cli.run(concat(db, "storage", "list"))).isZero();
        assertThat(cli.out.toString().lines()).anySatisfy(l -> assertThat(l).startsWith("Vault ").doesNotContain("never"));
    }

    @Test
    void ingestKeepsACheckedCopyOfEachOriginalInTheRootAndTheOriginalWhereItIs(@TempDir Path vault, @TempDir Path shoot) throws Exception {
        DatabaseSettings s = TestDatabases.fresh();
        Path one = io.reelbase.media.GeneratedMedia.mp4(shoot.resolve("take1.mp4"), io.reelbase.media.GeneratedMedia.Spec.basic());
        Path two = io.reelbase.media.GeneratedMedia.mp4(shoot.resolve("take2.mp4"), io.reelbase.media.GeneratedMedia.Spec.basic().rotated(90));
        CliRun cli = new CliRun();
        String[] db = {"--db", s.jdbcUrl(), "--user", s.user()};
        assertThat(cli.run(concat(db, "storage", "add", "Vault", vault.toString(), "--tier", "WARM"))).as(cli.err.toString()).isZero();
        assertThat(cli.run(concat(db, "ingest", shoot.toString(), "--copy-to", "Nope"))).isEqualTo(2);
        assertThat(cli.err.toString()).contains("There is no storage root named \u201cNope\u201d", "Nothing was ingested");

        assertThat(cli.run(concat(db, "ingest", shoot.toString(), "--copy-to", "vault"))).as(cli.err.toString()).isZero();
        assertThat(cli.out.toString().lines().filter(l -> l.startsWith("ADDED")))
                .hasSize(2).allSatisfy(l -> assertThat(l).endsWith("; copied to the storage root \u201cVault\u201d"));
        try (Database d = Database.open(s); var c = d.dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery("select a.original_filename, l.path, l.is_primary, l.root_id is not null, l.tier,"
                     + " l.checksum = a.file_hash from storage_location l join asset a on a.id = l.asset_id order by 1, 4")) {
            java.util.List<String> rows = new java.util.ArrayList<>();
            while (rs.next()) {
                Path path = Path.of(rs.getString(2));
                rows.add(rs.getString(1) + (rs.getBoolean(4) ? " managed " + rs.getString(5) : " in place") + " primary=" + rs.getBoolean(3)
                        + " checksum=" + rs.getBoolean(6));
                if (rs.getBoolean(4)) {
                    assertThat(path).startsWith(vault).hasSameBinaryContentAs(rs.getString(1).equals("take1.mp4") ? one : two);
                } else {
                    assertThat(path).isEqualTo(shoot.resolve(rs.getString(1)));
                }
            }
            assertThat(rows).containsExactly("take1.mp4 in place primary=true checksum=true", "take1.mp4 managed WARM primary=false checksum=true",
                    "take2.mp4 in place primary=true checksum=true", "take2.mp4 managed WARM primary=false checksum=true");
        }
        try (var walk = Files.walk(vault)) {
            assertThat(walk.filter(f -> f.toString().endsWith(".part"))).as("no part file is left").isEmpty();
        }
        assertThat(cli.run(concat(db, "storage", "verify", "Vault"))).as(cli.out.toString()).isZero();
        assertThat(cli.out.toString()).contains("Vault: 2 copies checked, all as written.");
    }

    @Test
    void aWatchFolderKeepsCopiesInItsRootAndProxiesGoToTheSharedProxyRoot(@TempDir Path vault, @TempDir Path shared, @TempDir Path cards)
            throws Exception {
        DatabaseSettings s = TestDatabases.fresh();
        Path clip = io.reelbase.media.GeneratedMedia.mp4(cards.resolve("card1.mp4"), io.reelbase.media.GeneratedMedia.Spec.basic());
        CliRun cli = new CliRun();
        String[] db = {"--db", s.jdbcUrl(), "--user", s.user()};
        assertThat(cli.run(concat(db, "storage", "add", "Vault", vault.toString(), "--tier", "WARM"))).as(cli.err.toString()).isZero();
        assertThat(cli.run(concat(db, "storage", "add", "Shared", shared.toString(), "--tier", "HOT", "--proxies"))).isZero();
        assertThat(cli.out.toString()).contains("Workers now write proxies into " + shared.resolve("proxies"));
        assertThat(cli.run(concat(db, "sources", "add", "Cards", cards.toString(), "--copy-to", "Nowhere"))).isEqualTo(1);
        assertThat(cli.err.toString()).contains("There is no storage root named \u201cNowhere\u201d");
        assertThat(cli.run(concat(db, "sources", "add", "Cards", cards.toString(), "--copy-to", "vault"))).as(cli.err.toString()).isZero();
        assertThat(cli.out.toString()).contains("a checked copy of each original goes to the storage root \u201cvault\u201d");

        Path gone = vault.resolveSibling(vault.getFileName() + "-away");
        java.nio.file.Files.move(vault, gone);
        assertThat(cli.run(concat(db, "sources", "sync", "Cards"))).isZero();
        assertThat(cli.out.toString()).contains("Cards", "FAILED: Nothing was ingested: The storage root \u201cVault\u201d", "is missing");
        java.nio.file.Files.move(gone, vault);
        assertThat(cli.run(concat(db, "sources", "sync", "Cards"))).isZero();
        assertThat(cli.out.toString()).contains("Cards", "SUCCESS: 1 new");
        assertThat(cli.run(concat(db, "worker", "--once"))).as(cli.err.toString()).isZero();

        try (Database d = Database.open(s); var c = d.dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery("select l.purpose, l.path, r.name from storage_location l"
                     + " left join storage_root r on r.id = l.root_id order by 1, 3")) {
            java.util.List<String> rows = new java.util.ArrayList<>();
            while (rs.next()) {
                Path p = Path.of(rs.getString(2));
                rows.add(rs.getString(1) + " " + rs.getString(3));
                assertThat(p).exists();
                if ("Shared".equals(rs.getString(3))) {
                    assertThat(p).startsWith(shared.resolve("proxies"));
                }
            }
            assertThat(rows).containsExactly("ORIGINAL Vault", "ORIGINAL null", "PROXY Shared");
        }
        assertThat(cli.run(concat(db, "storage", "list"))).isZero();
        assertThat(cli.out.toString().lines()).anySatisfy(l -> assertThat(l).startsWith("Shared (proxies)").contains(" 1 "));
    }

    private static String[] concat(String[] head, String... tail) {
        String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
