package io.reelbase.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.core.Progress;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.NewAsset;
import io.reelbase.core.asset.SourceSystem;
import io.reelbase.media.hash.Sha256Hasher;
import io.reelbase.persistence.Database;
import io.reelbase.persistence.DatabaseSettings;
import io.reelbase.persistence.Json;
import io.reelbase.persistence.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reelbase lifecycle} and its rules from the command line, on a real catalogue with real files. */
class LifecycleCommandIT {

    @Test
    void rulesArePlannedRunShownAndUndone(@TempDir Path tmp) throws Exception {
        DatabaseSettings s = TestDatabases.fresh();
        UUID[] ids = new UUID[6];
        try (Database db = Database.open(s)) {
            for (int i = 0; i < ids.length; i++) {
                Path f = Files.write(Files.createDirectories(tmp.resolve("watch")).resolve("clip" + i + ".mov"), ("clip " + i).repeat(500).getBytes());
                String sha = new Sha256Hasher().sha256(f, Progress.NONE);
                ids[i] = db.repositories().assets().create(NewAsset.of("clip " + i, i != 4 ? AssetType.VIDEO : AssetType.IMAGE)
                        .withSource(SourceSystem.WATCH_FOLDER, f.toString()).withFile(sha, Files.size(f), f.getFileName().toString(), null), "t").id();
                db.repositories().media().addLocation(ids[i], "ORIGINAL", f, Files.size(f), sha, true);
            }
            try (var c = db.dataSource().getConnection(); var st = c.createStatement()) {
                st.execute("update asset set status = 'PROCESSED', created_at = now() - interval '45 days'");
                st.execute("update asset set review_status = 'REJECTED', created_at = now() - interval '100 days' where title = 'clip 5'");
            }
        }
        CliRun cli = new CliRun();
        String[] db = {"--db", s.jdbcUrl(), "--user", s.user()};
        assertThat(cli.run(CliRun.concat(db, "storage", "add", "Cold", Files.createDirectories(tmp.resolve("cold")).toString(), "--tier", "COLD")))
                .as(cli.err.toString()).isZero();
        assertThat(cli.run(CliRun.concat(db, "lifecycle", "rules", "add", "Cold rushes", "--type", "video", "--source", "watch_folder",
                "--older-than-days", "30", "--move-to", "cold"))).as(cli.err.toString()).isZero();
        assertThat(cli.out.toString()).contains("Added the rule \u201cCold rushes\u201d (priority 100): Videos, from watch folders: move to COLD"
                + " after 30 days since ingest.", "Today it would move 5 assets");
        assertThat(cli.run(CliRun.concat(db, "lifecycle", "rules", "add", "Delete rejects", "--review", "REJECTED", "--older-than-days", "90",
                "--delete", "--priority", "10"))).isZero();
        assertThat(cli.run(CliRun.concat(db, "lifecycle", "rules", "add", "Broken", "--archive", "--delete"))).isEqualTo(2);
        assertThat(cli.run(CliRun.concat(db, "lifecycle", "rules", "add", "Nowhere", "--move-to", "LUKEWARM"))).isEqualTo(2);
        assertThat(cli.err.toString()).contains("There is no tier 'LUKEWARM'");
        assertThat(cli.run(CliRun.concat(db, "lifecycle", "rules", "add", "cold rushes", "--archive", "--older-than-days", "5"))).isEqualTo(2);
        assertThat(cli.err.toString()).contains("There is already a lifecycle rule named");

        assertThat(cli.run(CliRun.concat(db, "lifecycle", "rules", "list"))).isZero();
        List<String> lines = cli.out.toString().lines().toList();
        assertThat(lines.get(1)).contains("10", "yes", "Delete rejects", "1");
        assertThat(lines.get(2)).as("what each rule alone would touch").contains("100", "Cold rushes", "5");

        assertThat(cli.run(CliRun.concat(db, "lifecycle", "plan", "--json"))).isZero();
        Map<String, Object> plan = Json.readMap(cli.out.toString().strip());
        assertThat(plan.get("kind")).isEqualTo("SIMULATION");
        assertThat((List<?>) plan.get("items")).as("4 moves and 1 deletion (which names the move also due)").hasSize(5);
        assertThat(plan.get("spared")).isEqualTo(Map.of("HIGHER_PRIORITY_RULE", 1));

        assertThat(cli.run(CliRun.concat(db, "lifecycle", "run"))).as("one deletion of six is over the 10%% limit").isEqualTo(4);
        assertThat(cli.err.toString()).contains("would delete 1 of the catalogue's 6 assets", "--confirm-deletions 1");
        assertThat(cli.run(CliRun.concat(db, "lifecycle", "settings", "--max-delete-percent", "20"))).isZero();
        assertThat(cli.out.toString()).contains("up to 20.0% of the catalogue");
        assertThat(cli.run(CliRun.concat(db, "lifecycle", "run"))).as(cli.err.toString()).isZero();
        assertThat(cli.out.toString()).contains("MOVE            4 assets", "done 4, failed 0", "DELETE          1 assets",
                "overlap: \u201cCold rushes\u201d would also act on 1 assets \u201cDelete rejects\u201d takes first");

        assertThat(cli.run(CliRun.concat(db, "lifecycle", "runs"))).isZero();
        assertThat(cli.out.toString().lines()).anySatisfy(l -> assertThat(l).contains("EXECUTION", "COMPLETED", "planned 5"))
                .anySatisfy(l -> assertThat(l).contains("STOPPED"));
        String runId = cli.out.toString().lines().filter(l -> l.contains("COMPLETED")).findFirst().orElseThrow().substring(0, 8);
        assertThat(cli.run(CliRun.concat(db, "lifecycle", "show", runId))).isZero();
        assertThat(cli.out.toString()).contains("[DONE: now at " + tmp.resolve("cold"), "stays where it is (outside the storage roots)");

        assertThat(cli.run(CliRun.concat(db, "lifecycle", "restore", ids[5].toString()))).as(cli.err.toString()).isZero();
        assertThat(cli.out.toString()).contains("\u201cclip 5\u201d is back (DELETED \u2192 PROCESSED).");
        assertThat(cli.run(CliRun.concat(db, "lifecycle", "rules", "disable", "Delete rejects"))).isZero();
        assertThat(cli.run(CliRun.concat(db, "lifecycle", "rules", "remove", "Cold rushes"))).isZero();
        assertThat(cli.run(CliRun.concat(db, "lifecycle", "rules", "remove", "Cold rushes"))).isEqualTo(2);
        assertThat(cli.run(CliRun.concat(db, "lifecycle", "plan"))).isZero();
        assertThat(cli.out.toString()).contains("Nothing to do now.");
    }

    @Test
    void anEditorMayReadTheRulesButNotChangeOrRunThem() {
        DatabaseSettings s = TestDatabases.fresh();
        try (Database db = Database.open(s)) {
            db.lifecycleRules().save(io.reelbase.core.lifecycle.LifecycleRule.of("Archive old", io.reelbase.core.lifecycle.RuleFilter.ANY,
                    io.reelbase.core.lifecycle.LifecycleAction.ARCHIVE, null, 365, 100));
        }
        String login = "lc_editor_" + UUID.randomUUID().toString().substring(0, 6);
        TestDatabases.execute(s.jdbcUrl(), s.user(), s.password(), "create role " + login + " login in role reelbase_editor");
        try {
            CliRun cli = new CliRun();
            String[] db = {"--db", TestDatabases.personUrl(s), "--user", login};
            assertThat(cli.run(CliRun.concat(db, "lifecycle", "rules", "list"))).isZero();
            assertThat(cli.out.toString()).contains("Archive old");
            assertThat(cli.run(CliRun.concat(db, "lifecycle", "plan"))).isEqualTo(1);
            assertThat(cli.err.toString()).contains("Changing and running lifecycle rules needs the Admin role.");
            assertThat(cli.run(CliRun.concat(db, "lifecycle", "rules", "add", "Mine", "--archive", "--older-than-days", "5"))).isEqualTo(1);
            assertThat(cli.err.toString()).contains("Your role may not do that with lifecycle rules; the database refused it.");
            assertThat(cli.run(CliRun.concat(db, "lifecycle", "rules", "disable", "Archive old"))).isEqualTo(1);
        } finally {
            TestDatabases.dropRole(s, login);
        }
    }
}
