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

    private static String[] concat(String[] head, String... tail) {
        String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
