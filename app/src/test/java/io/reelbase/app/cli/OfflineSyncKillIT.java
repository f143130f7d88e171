package io.reelbase.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.core.Progress;
import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetChanges;
import io.reelbase.core.asset.AssetRepository;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.NewAsset;
import io.reelbase.core.asset.VersionOrigin;
import io.reelbase.core.edit.AssetEdit;
import io.reelbase.core.edit.AssetEdits;
import io.reelbase.core.offline.WorkingSet;
import io.reelbase.persistence.Database;
import io.reelbase.persistence.DatabaseSettings;
import io.reelbase.persistence.TestDatabases;
import io.reelbase.persistence.offline.OfflineCopy;
import io.reelbase.persistence.offline.WorkingSets;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sync killed with SIGKILL (a child JVM running 'reelbase offline sync', stopped at five different moments) and run
 * again ends exactly where a clean sync ends: every field on both sides, and the number of versions of every asset.
 */
class OfflineSyncKillIT {
    private static final List<String> KILL_AT = List.of("sent:1", "sent:3", "received:1", "created:2", "recorded:5");
    private final CliRun cli = new CliRun();

    /** One server and one laptop with the same changes made on both sides, not yet synced. */
    private record Scenario(DatabaseSettings server, Path laptop, Map<String, UUID> ids) {
        Map<String, String> env() {
            return Map.of("REELBASE_DB_PASSWORD", server.password() == null ? "" : server.password());
        }
    }

    @Test
    void aSyncKilledAtAnyOfFiveMomentsAndRunAgainEndsAsACleanSyncDoes(@TempDir Path dir) throws Exception {
        Scenario clean = prepare(dir.resolve("clean"));
        assertThat(cli.run(clean.env(), "--data-dir", clean.laptop().toString(), "offline", "sync", "Trip"))
                .as(cli.out + " " + cli.err).isEqualTo(OfflineSync.CLASHES);
        Map<String, List<Object>> expected = state(clean);
        assertThat(expected.get("server Glacier").get(0)).isEqualTo("Glacier at noon");
        assertThat(expected.get("server Made offline one")).as("created on the server").isNotNull();
        assertThat(cli.out.toString()).as("the person learns the original stayed behind")
                .contains("note: \u201cMade offline one\u201d: original not uploaded: this computer has no file for it");

        for (String point : KILL_AT) {
            Scenario s = prepare(dir.resolve(point.replace(':', '-')));
            String paused = killedAt(s, point);
            assertThat(paused).as(point).startsWith("paused at " + point.replace(':', ' '));
            assertThat(cli.run(s.env(), "--data-dir", s.laptop().toString(), "offline", "sync", "Trip"))
                    .as(point + ": " + cli.out + cli.err).isEqualTo(OfflineSync.CLASHES);
            assertThat(cli.out.toString()).as(point).contains("Carried on from a sync that had stopped");
            assertThat(state(s)).as("killed at " + point + ", then run again").isEqualTo(expected);
        }
    }

    private Scenario prepare(Path laptopDir) {
        DatabaseSettings s = TestDatabases.fresh();
        Map<String, UUID> ids = new LinkedHashMap<>();
        try (Database server = Database.open(s); Database laptop = Database.open(DatabaseSettings.embedded(laptopDir))) {
            AssetRepository there = server.repositories().assets();
            AssetRepository here = laptop.repositories().assets();
            AssetEdits serverEdits = new AssetEdits(there, there, there);
            AssetEdits laptopEdits = new AssetEdits(here, here, here);
            for (String title : List.of("Glacier", "Moraine", "Fjord", "Summit", "Tent", "Harbour")) {
                Asset a = there.create(NewAsset.of(title, AssetType.IMAGE), "ann");
                serverEdits.save(AssetEdit.of(a.id(), a.version(), AssetChanges.none().tags(List.of("trip")), VersionOrigin.EDIT), "ann");
                ids.put(title, a.id());
            }
            WorkingSets sets = new WorkingSets(laptop.dataSource());
            WorkingSet set = sets.create("Trip", s.jdbcUrl(), s.user(), null);
            new OfflineCopy(server.dataSource(), laptop.dataSource()).take(set.id(), List.copyOf(ids.values()), null, Progress.NONE);
            edit(laptopEdits, here, ids.get("Glacier"), AssetChanges.none().title("Glacier at noon"));
            edit(laptopEdits, here, ids.get("Harbour"), AssetChanges.none().tags(List.of("trip", "boat")));
            edit(serverEdits, there, ids.get("Moraine"), AssetChanges.none().description("Gravel and sand."));
            edit(laptopEdits, here, ids.get("Fjord"), AssetChanges.none().title("Fjord, laptop"));
            edit(serverEdits, there, ids.get("Fjord"), AssetChanges.none().description("Edited on the server."));
            edit(laptopEdits, here, ids.get("Summit"), AssetChanges.none().title("Summit, mine"));
            edit(serverEdits, there, ids.get("Summit"), AssetChanges.none().title("Summit, theirs"));
            for (String title : List.of("Made offline one", "Made offline two")) {
                Asset a = here.create(NewAsset.of(title, AssetType.IMAGE), "ann");
                ids.put(title, a.id());
            }
            sets.addNew(set.id(), List.of(ids.get("Made offline one"), ids.get("Made offline two")));
        }
        return new Scenario(s, laptopDir, ids);
    }

    private static void edit(AssetEdits edits, AssetRepository repo, UUID id, AssetChanges c) {
        edits.save(AssetEdit.of(id, repo.find(id).orElseThrow().version(), c, VersionOrigin.EDIT), "ann");
    }

    /** Runs the sync in a child JVM that stops at {@code point}, and kills it there with SIGKILL; what it last said. */
    private static String killedAt(Scenario s, String point) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "-D" + PauseAt.PROPERTY + "=" + point,
                "io.reelbase.app.Launcher", "--data-dir", s.laptop().toString(), "offline", "sync", "Trip").redirectErrorStream(true);
        pb.environment().putAll(s.env());
        Process p = pb.start();
        List<String> said = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                said.add(line);
                if (line.startsWith("paused at")) {
                    p.toHandle().destroyForcibly();
                    p.waitFor(30, TimeUnit.SECONDS);
                    return line;
                }
            }
        } finally {
            p.destroyForcibly();
        }
        return String.join("\n", said);
    }

    /** Every field a person would check, on both sides, with each asset's number of versions. */
    private static Map<String, List<Object>> state(Scenario s) {
        Map<String, List<Object>> out = new LinkedHashMap<>();
        try (Database server = Database.open(s.server()); Database laptop = Database.open(DatabaseSettings.embedded(s.laptop()))) {
            for (var side : Map.of("server", server.repositories().assets(), "laptop", laptop.repositories().assets()).entrySet()) {
                for (Map.Entry<String, UUID> id : s.ids().entrySet()) {
                    side.getValue().find(id.getValue()).ifPresent(a -> out.put(side.getKey() + " " + id.getKey(),
                            List.of(a.title(), String.valueOf(a.description()), a.tags().stream().sorted().toList(), a.customFields(),
                                    a.status(), a.version(), side.getValue().versions(a.id()).size())));
                }
            }
            new WorkingSets(laptop.dataSource()).members(new WorkingSets(laptop.dataSource()).find("Trip").orElseThrow().id())
                    .forEach(m -> out.put("base " + name(s, m.assetId()), List.of(String.valueOf(m.baseVersion()), m.localBaseVersion(),
                            m.serverState())));
        }
        return out;
    }

    private static String name(Scenario s, UUID id) {
        return s.ids().entrySet().stream().filter(e -> e.getValue().equals(id)).findFirst().orElseThrow().getKey();
    }
}
