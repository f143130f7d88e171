package io.reelbase.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.persistence.DatabaseSettings;
import io.reelbase.persistence.TestDatabases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command line against a real PostgreSQL server given with --db. */
class CommandLineIT {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return ReelbaseCommand.run(args, new Printer(new PrintWriter(out, true), new PrintWriter(err, true)), Map.of());
    }

    @Test
    void dbInfoShowsPendingMigrationsAndDbMigrateAppliesThem() {
        DatabaseSettings s = TestDatabases.fresh();
        String[] conn = {"--db", s.jdbcUrl(), "--user", s.user()};

        assertThat(run(concat(conn, "db", "info"))).isZero();
        assertThat(out.toString()).contains("shared PostgreSQL server", "PostgreSQL 17");
        var pending = java.util.regex.Pattern.compile("0 migration\\(s\\) applied, (\\d+) pending").matcher(out.toString());
        assertThat(pending.find()).isTrue();
        int n = Integer.parseInt(pending.group(1));
        assertThat(n).isGreaterThanOrEqualTo(8);

        assertThat(run(concat(conn, "db", "migrate"))).isZero();
        assertThat(out.toString()).contains("Applied " + n + " migration(s); the schema is now at version " + n + ".");

        assertThat(run(concat(conn, "db", "migrate"))).isZero();
        assertThat(out.toString()).contains("up to date (version " + n + ")");

        assertThat(run("db", "info", "--db", s.jdbcUrl(), "--user", s.user())).as("options after the command").isZero();
        assertThat(out.toString()).contains(n + " migration(s) applied, 0 pending", "audit trail", "Success");
    }

    @Test
    void historyAndDiffShowAnAssetsVersionsByIdPrefix() {
        DatabaseSettings s = TestDatabases.fresh();
        String[] conn = {"--db", s.jdbcUrl(), "--user", s.user()};
        assertThat(run(concat(conn, "db", "migrate"))).isZero();
        java.util.UUID id;
        try (var db = io.reelbase.persistence.Database.open(s)) {
            var assets = db.repositories().assets();
            var a = assets.create(io.reelbase.core.asset.NewAsset.of("Pier", io.reelbase.core.asset.AssetType.IMAGE), "ann");
            var edits = new io.reelbase.core.edit.AssetEdits(assets, assets, assets);
            edits.save(io.reelbase.core.edit.AssetEdit.of(a.id(), 1, io.reelbase.core.asset.AssetChanges.none().title("Pier at night")
                    .tags(java.util.List.of("night")), io.reelbase.core.asset.VersionOrigin.EDIT), "ann");
            edits.save(io.reelbase.core.edit.AssetEdit.of(a.id(), 1, io.reelbase.core.asset.AssetChanges.none()
                    .description("Long exposure"), io.reelbase.core.asset.VersionOrigin.EDIT), "bob");
            id = a.id();
        }
        String prefix = id.toString().substring(0, 8);
        assertThat(run(concat(conn, "history", prefix))).isZero();
        assertThat(out.toString().lines()).hasSize(3);
        assertThat(out.toString()).contains("v1", "CREATE", "v2", "ann", "EDIT", "title, 1 tag added", "v3", "bob", "MERGE",
                "Merged with version 2 by ann: description");

        assertThat(run(concat(conn, "history", id.toString(), "--json"))).isZero();
        assertThat(out.toString().lines().reduce((x, y) -> y).orElseThrow()).contains("\"version\":3", "\"origin\":\"MERGE\"",
                "\"base_version\":2");

        assertThat(run(concat(conn, "diff", prefix, "1", "3"))).isZero();
        assertThat(out.toString()).contains("changed  title: Pier  \u2192  Pier at night", "added    description: Long exposure",
                "added    tag \u201cnight\u201d: night");

        assertThat(run(concat(conn, "diff", prefix, "1", "9"))).isEqualTo(2);
        assertThat(err.toString()).contains("versions 1 to 3; there is no version 9");
        assertThat(run(concat(conn, "history", "0000"))).isEqualTo(2);
        assertThat(err.toString()).contains("too short");
        assertThat(run(concat(conn, "history", "ffffffff-ffff"))).isEqualTo(2);
        assertThat(err.toString()).contains("No asset has an id starting with");

        assertThat(run(concat(conn, "rollback", prefix, "--to", "2", "--field", "description"))).isZero();
        assertThat(out.toString()).contains("Restored description of version 2 of \u201cPier at night\u201d: it is now at version 4.");
        assertThat(run(concat(conn, "rollback", prefix, "--to", "1"))).isZero();
        assertThat(out.toString()).contains("it is now at version 5");
        assertThat(run(concat(conn, "diff", prefix, "1", "5"))).isZero();
        assertThat(err.toString()).contains("No difference in the editable fields between versions 1 and 5.");
        assertThat(run(concat(conn, "rollback", prefix, "--to", "1"))).isZero();
        assertThat(out.toString()).contains("Nothing to restore");
        assertThat(run(concat(conn, "history", prefix))).isZero();
        assertThat(out.toString().lines()).as("history is never rewritten").hasSize(5)
                .last().asString().contains("ROLLBACK", "Restored version 1");
        assertThat(run(concat(conn, "rollback", prefix, "--to", "2", "--field", "colour"))).isEqualTo(2);
        assertThat(err.toString()).contains("\u201ccolour\u201d is not a field that can be restored");
        assertThat(run(concat(conn, "rollback", prefix, "--to", "7"))).isEqualTo(2);
        assertThat(err.toString()).contains("there is no version 7");
    }

    @Test
    void anUnreachableServerFailsWithAMessageAndStatusOne() {
        assertThat(run("--db", "jdbc:postgresql://127.0.0.1:1/reelbase", "--user", "x", "db", "info")).isEqualTo(1);
        assertThat(err.toString()).contains("Cannot reach the database server", "embedded database");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aMisspelledCommandIsAUsageError() {
        assertThat(run("db", "inf")).isEqualTo(2);
        assertThat(err.toString()).contains("Unmatched argument");
    }

    @Test
    void withoutADisplayTheWindowCommandSaysWhatToDoInstead() {
        System.clearProperty("glass.platform");
        try {
            assertThat(run()).isEqualTo(1);
            assertThat(err.toString()).contains("no display", "reelbase db info");
        } finally {
            System.setProperty("glass.platform", "Monocle");
        }
    }

    @Test
    void versionNamesReelbaseJavaAndTheBundledFfmpeg() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).contains("Reelbase ", "Java 17", "FFmpeg 8.");
    }

    @Test
    void probeReportsEveryFileAsJsonAndFailsIfOneCannotBeRead(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        var clip = io.reelbase.media.GeneratedMedia.mp4(dir.resolve("clip.mp4"),
                io.reelbase.media.GeneratedMedia.Spec.basic().rotated(-90));
        var cut = io.reelbase.media.GeneratedMedia.truncated(clip, dir.resolve("cut.mp4"), 0.4);
        assertThat(run("probe", "--json", cut.toString(), clip.toString())).isEqualTo(1);
        String[] lines = out.toString().strip().split("\n");
        assertThat(lines).hasSize(2);
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var broken = json.readTree(lines[0]);
        assertThat(broken.get("error").asText()).contains("cut.mp4");
        var good = json.readTree(lines[1]);
        assertThat(good.at("/format/format_name").asText()).isEqualTo("mov,mp4,m4a,3gp,3g2,mj2");
        assertThat(good.at("/streams/0/codec_type").asText()).isEqualTo("video");
        assertThat(good.at("/streams/0/width").asInt()).isEqualTo(640);
        assertThat(good.at("/streams/0/side_data_list/0/rotation").asInt()).isEqualTo(-90);
        assertThat(good.at("/streams/1/channels").asInt()).isEqualTo(2);
        assertThat(good.at("/reelbase/displayWidth").asInt()).isEqualTo(360);

        assertThat(run("probe", clip.toString())).isZero();
        assertThat(out.toString()).contains("shown as 360x640", "turned 90° clockwise", "aac, 2 ch");
    }

    @Test
    void thumbnailWritesAnUprightJpeg(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        var clip = io.reelbase.media.GeneratedMedia.mp4(dir.resolve("clip.mp4"),
                io.reelbase.media.GeneratedMedia.Spec.basic().rotated(-90));
        var jpg = dir.resolve("out/thumb.jpg");
        assertThat(run("thumbnail", clip.toString(), "--out", jpg.toString(), "--size", "200")).isZero();
        var img = javax.imageio.ImageIO.read(jpg.toFile());
        assertThat(img.getHeight()).isEqualTo(200);
        assertThat(img.getWidth()).isLessThan(img.getHeight());
        assertThat(run("thumbnail", dir.resolve("missing.mov").toString(), "--out", jpg.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("missing.mov", "not there");
    }

    @Test
    void searchPrintsTheMatchingAssetsAsJson() throws Exception {
        DatabaseSettings s = TestDatabases.fresh();
        try (var db = io.reelbase.persistence.Database.open(s)) {
            db.repositories().assets().create(io.reelbase.core.asset.NewAsset.of("Harbour at dawn", io.reelbase.core.asset.AssetType.VIDEO), "t");
            db.repositories().assets().create(io.reelbase.core.asset.NewAsset.of("Harbour at night", io.reelbase.core.asset.AssetType.IMAGE), "t");
            db.repositories().assets().create(io.reelbase.core.asset.NewAsset.of("Mayor interview", io.reelbase.core.asset.AssetType.VIDEO), "t");
        }
        assertThat(run("--db", s.jdbcUrl(), "--user", s.user(), "search", "harbor", "--type", "VIDEO", "--json")).isZero();
        String[] lines = out.toString().strip().split("\n");
        assertThat(lines).as(out.toString()).hasSize(1);
        var row = new com.fasterxml.jackson.databind.ObjectMapper().readTree(lines[0]);
        assertThat(row.has("title")).as(out.toString()).isTrue();
        assertThat(row.get("title").asText()).isEqualTo("Harbour at dawn");
        assertThat(row.get("type").asText()).isEqualTo("VIDEO");
        assertThat(row.get("version").asInt()).isEqualTo(1);
        assertThat(run("--db", s.jdbcUrl(), "--user", s.user(), "search", "--type", "SOUND")).isEqualTo(2);
    }

    private static String[] concat(String[] a, String... b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
