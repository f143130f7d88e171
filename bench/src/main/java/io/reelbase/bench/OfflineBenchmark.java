package io.reelbase.bench;

import io.reelbase.core.Progress;
import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetChanges;
import io.reelbase.core.asset.AssetRepository;
import io.reelbase.core.asset.VersionOrigin;
import io.reelbase.core.edit.AssetEdit;
import io.reelbase.core.edit.AssetEdits;
import io.reelbase.core.offline.SyncCheckpoint;
import io.reelbase.core.offline.WorkingSet;
import io.reelbase.core.offline.WorkingSetSync;
import io.reelbase.persistence.Database;
import io.reelbase.persistence.DatabaseSettings;
import io.reelbase.persistence.offline.OfflineCopy;
import io.reelbase.persistence.offline.OfflineSyncs;
import io.reelbase.persistence.offline.WorkingSets;
import java.io.PrintStream;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Offline working sets, measured with two embedded catalogues (a server and a laptop): taking N assets
 * offline (metadata, tags, derivatives, three versions each), then syncing after every asset changed on the
 * laptop and 30% of them on the server too. Argument: N (default 1,000).
 */
public final class OfflineBenchmark {
    private static final PrintStream OUT = System.out;

    private OfflineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 && args[0].matches("\\d+") ? Integer.parseInt(args[0]) : 1000;
        try (Database server = Database.open(DatabaseSettings.embedded(Files.createTempDirectory("reelbase-bench-server")));
             Database laptop = Database.open(DatabaseSettings.embedded(Files.createTempDirectory("reelbase-bench-laptop")))) {
            List<UUID> ids = fill(server, n);
            AssetRepository there = server.repositories().assets();
            AssetRepository here = laptop.repositories().assets();
            WorkingSets sets = new WorkingSets(laptop.dataSource());
            WorkingSet set = sets.create("Benchmark", "embedded", "bench", null);
            long t0 = System.nanoTime();
            OfflineCopy.Result r = new OfflineCopy(server.dataSource(), laptop.dataSource()).take(set.id(), ids, null, Progress.NONE);
            double takeS = (System.nanoTime() - t0) / 1e9;
            OUT.printf(Locale.ROOT, "Offline benchmark: two embedded PostgreSQL catalogues (fsync on), %d cores%n",
                    Runtime.getRuntime().availableProcessors());
            OUT.printf(Locale.ROOT, "  take %,d assets offline (%,d versions, %,d derivatives, %.1f MB, tags): %.1f s   (target < 30 s)%n",
                    r.assets(), r.versions(), r.derivatives(), r.derivativeBytes() / 1e6, takeS);
            AssetEdits hereEdits = new AssetEdits(here, here, here);
            AssetEdits thereEdits = new AssetEdits(there, there, there);
            for (int i = 0; i < ids.size(); i++) {
                Asset a = here.find(ids.get(i)).orElseThrow();
                hereEdits.save(AssetEdit.of(a.id(), a.version(), AssetChanges.none().title(a.title() + ", seen offline"), VersionOrigin.EDIT), "bench");
                if (i % 10 < 3) {
                    Asset s = there.find(ids.get(i)).orElseThrow();
                    thereEdits.save(AssetEdit.of(s.id(), s.version(), AssetChanges.none().description("Changed on the server too."),
                            VersionOrigin.EDIT), "bob");
                }
            }
            long t1 = System.nanoTime();
            WorkingSetSync sync = OfflineSyncs.between(server, laptop, SyncCheckpoint.NONE);
            WorkingSetSync.Report report = sync.sync(set.id(), WorkingSetSync.Resolve.ASK, "bench", Progress.NONE);
            double syncS = (System.nanoTime() - t1) / 1e9;
            OUT.printf(Locale.ROOT, "  sync %,d assets changed here, %,d of them also on the server: %.1f s (%s)   (target < 30 s)%n",
                    ids.size(), (ids.size() * 3 + 9) / 10, syncS, report.describe());
            long t2 = System.nanoTime();
            WorkingSetSync.Report again = sync.sync(set.id(), WorkingSetSync.Resolve.ASK, "bench", Progress.NONE);
            OUT.printf(Locale.ROOT, "  the same sync again (nothing to do): %.1f s (%s)%n", (System.nanoTime() - t2) / 1e9, again.describe());
        }
    }

    /** N assets on the server, each with three versions, two tags and a 20 KB thumbnail, written in SQL. */
    static List<UUID> fill(Database server, int n) throws Exception {
        try (Connection c = server.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute("create temporary table ids as select gen_random_uuid() id, g from generate_series(1, " + n + ") g");
            st.execute("insert into asset (id, title, description, asset_type, version, custom_fields) select id, 'Offline ' || g,"
                    + " 'A description of asset ' || g, 'IMAGE', 3, '{\"rights\": \"editorial\"}' from ids");
            for (int v = 1; v <= 3; v++) {
                st.execute("insert into asset_version (asset_id, version, version_id, snapshot, origin, created_by_name)"
                        + " select id, " + v + ", gen_random_uuid(), jsonb_build_object('title', 'Offline ' || g, 'description',"
                        + " 'A description of asset ' || g, 'review_status', 'DRAFT', 'status', 'STAGED', 'custom_fields',"
                        + " '{\"rights\": \"editorial\"}'::jsonb, 'operational_tags', '{}'::jsonb, 'tags',"
                        + " jsonb_build_array('coast', 'tag' || (g % 50))), '" + (v == 1 ? "CREATE" : "EDIT") + "', 'bench' from ids");
            }
            st.execute("insert into graph_node (node_type, name) select 'KEYWORD', 'tag' || g from generate_series(0, 49) g"
                    + " union all select 'KEYWORD', 'coast'");
            st.execute("insert into asset_graph_node (asset_id, node_id) select i.id, n.id from ids i join graph_node n"
                    + " on n.name = 'coast' or n.name = 'tag' || (i.g % 50)");
            st.execute("insert into derivative (asset_id, kind, mime_type, width, height, content) select id, 'THUMBNAIL', 'image/jpeg',"
                    + " 320, 180, decode(repeat('ffd8', 10000), 'hex') from ids");
            List<UUID> out = new ArrayList<>();
            try (var rs = st.executeQuery("select id from ids order by g")) {
                while (rs.next()) {
                    out.add(rs.getObject(1, UUID.class));
                }
            }
            return out;
        }
    }
}
