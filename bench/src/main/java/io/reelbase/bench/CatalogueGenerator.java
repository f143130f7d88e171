package io.reelbase.bench;

import io.reelbase.persistence.Database;
import io.reelbase.persistence.DatabaseSettings;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;

/**
 * Fills a catalogue with generated assets for the library benchmark: titles and descriptions from a
 * vocabulary of media words (so searches match realistic shares of the catalogue), a mix of types,
 * statuses and review states, file names, sizes, durations, technical metadata (codec, resolution) and
 * zero to three keyword tags each, spread over three years of "added" dates. The rows are written by
 * PostgreSQL itself ({@code generate_series}) in batches, through the real schema with all its indexes.
 * Usage: {@code CatalogueGenerator [ASSETS] [-] [DATA_DIR]} (an embedded catalogue in DATA_DIR), or with
 * {@code REELBASE_BENCH_JDBC_URL} set, into that server.
 */
public final class CatalogueGenerator {
    private static final PrintStream OUT = System.out;
    private static final int BATCH = 50_000;
    static final String[] WORDS = {"harbour", "pier", "market", "mayor", "interview", "drone", "sunset", "storm",
        "festival", "council", "street", "river", "bridge", "station", "school", "football", "concert", "protest",
        "forest", "beach", "lighthouse", "ferry", "airport", "hospital", "election", "parade", "snow", "flood",
        "harvest", "vineyard", "museum", "theatre", "rehearsal", "workshop", "factory", "launch", "summit",
        "portrait", "skyline", "traffic"};
    static final String[] SHOTS = {"wide", "close-up", "aerial", "timelapse", "b-roll", "vox pop", "establishing",
        "tracking", "handheld", "static"};

    private CatalogueGenerator() {
    }

    public static void main(String[] args) throws Exception {
        int assets = args.length > 0 && !args[0].startsWith("$") ? Integer.parseInt(args[0]) : 1_000_000;
        try (Database db = open(args)) {
            generate(db, assets);
        }
    }

    static Database open(String[] args) {
        String url = System.getenv("REELBASE_BENCH_JDBC_URL");
        if (url != null && !url.isBlank()) {
            return Database.open(DatabaseSettings.server(url, System.getenv("REELBASE_BENCH_USER"),
                    System.getenv("REELBASE_BENCH_PASSWORD")));
        }
        Path dir = Path.of(args.length > 2 && !args[2].startsWith("$") ? args[2]
                : System.getProperty("user.home") + "/.local/share/reelbase-bench");
        OUT.println("Catalogue: embedded PostgreSQL in " + dir);
        return Database.open(DatabaseSettings.embedded(dir));
    }

    static void generate(Database db, int wanted) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
            long have;
            try (ResultSet rs = st.executeQuery("select count(*) from asset")) {
                rs.next();
                have = rs.getLong(1);
            }
            if (have >= wanted) {
                OUT.printf(Locale.ROOT, "The catalogue already has %,d assets; nothing to add.%n", have);
                return;
            }
            OUT.printf(Locale.ROOT, "Adding %,d assets to the %,d there are…%n", wanted - have, have);
            st.execute("insert into graph_node (node_type, name) select 'KEYWORD', w from unnest(array["
                    + quoted(WORDS) + "," + quoted(SHOTS) + "]) w on conflict do nothing");
            long t0 = System.nanoTime();
            for (long from = have + 1; from <= wanted; from += BATCH) {
                long to = Math.min(wanted, from + BATCH - 1);
                c.setAutoCommit(false);
                insertBatch(c, from, to, wanted);
                c.commit();
                c.setAutoCommit(true);
                double s = (System.nanoTime() - t0) / 1e9;
                OUT.printf(Locale.ROOT, "  %,10d assets  %6.0f s  (%,.0f assets/s)%n", to, s, (to - have) / s);
            }
            OUT.println("Updating the planner's statistics…");
            st.execute("vacuum analyze asset");
            st.execute("vacuum analyze technical_metadata");
            st.execute("vacuum analyze asset_graph_node");
            st.execute("analyze graph_node");
            OUT.printf(Locale.ROOT, "Done in %.0f s.%n", (System.nanoTime() - t0) / 1e9);
        }
    }

    private static String quoted(String[] words) {
        StringBuilder s = new StringBuilder();
        for (String w : words) {
            if (s.length() > 0) {
                s.append(',');
            }
            s.append('\'').append(w).append('\'');
        }
        return s.toString();
    }

    /** Assets number {@code from}..{@code to}, each with technical metadata and 0–3 tags. */
    private static void insertBatch(Connection c, long from, long to, long total) throws Exception {
        String words = "(array[" + quoted(WORDS) + "])";
        String shots = "(array[" + quoted(SHOTS) + "])";
        String assets = """
                insert into asset (id, title, description, asset_type, status, review_status, source_system,
                                   file_hash, file_size, original_filename, mime_type, duration_ms, created_at, updated_at,
                                   codec, resolution_category, tag_ids)
                select md5('reelbase-bench-' || i)::uuid,
                       initcap(%1$s[1 + (i * 7) %% 40]) || ' ' || %1$s[1 + (i * 13 / 3) %% 40] || ' ' || %2$s[1 + i %% 10] || ' ' || i,
                       case when i %% 3 = 0 then 'Shot for the ' || %1$s[1 + (i * 11) %% 40] || ' story, ' || %2$s[1 + (i / 7) %% 10] || ' coverage' end,
                       (array['VIDEO','VIDEO','IMAGE','IMAGE','IMAGE','AUDIO','DOCUMENT'])[1 + i %% 7],
                       (array['PROCESSED','PROCESSED','PROCESSED','PROCESSED','PROCESSED','PROCESSED','PROCESSED','QUEUED','FAILED','STAGED'])[1 + (i / 7) %% 10],
                       (array['DRAFT','DRAFT','PENDING_REVIEW','APPROVED','APPROVED','REJECTED'])[1 + (i / 3) %% 6],
                       (array['USER_UPLOAD','WATCH_FOLDER','WATCH_FOLDER','IMPORT','SYNC'])[1 + (i / 11) %% 5],
                       encode(sha256(('reelbase-bench-' || i)::bytea), 'hex'),
                       1000 + (hashint8(i) & 4294967295) * 4,
                       lower(replace(%1$s[1 + (i * 7) %% 40], ' ', '_')) || '_' || lpad(i::text, 7, '0')
                           || (array['.mov','.mp4','.jpg','.png','.heic','.wav','.pdf'])[1 + i %% 7],
                       (array['video/quicktime','video/mp4','image/jpeg','image/png','image/heic','audio/wav','application/pdf'])[1 + i %% 7],
                       case when i %% 7 in (0, 1, 5) then 5000 + (hashint8(i + 1) & 2147483647) %% 3600000 end,
                       now() - make_interval(secs => (%4$d - i) * (94608000.0 / %4$d)),
                       now() - make_interval(secs => (%4$d - i) * (94608000.0 / %4$d)),
                       coalesce(t.video_codec, t.audio_codec), t.resolution_category,
                       coalesce(g.ids, '{}')
                from generate_series(%3$d::bigint, %5$d::bigint) i
                left join gen_technical t on t.asset_id = md5('reelbase-bench-' || i)::uuid
                left join (select asset_id, array_agg(node_id order by node_id) as ids from gen_tags group by 1) g
                    on g.asset_id = md5('reelbase-bench-' || i)::uuid
                """.formatted(words, shots, from, total, to);
        // Technical metadata and tags are made first, so that each asset row is written with its copies of them
        // (V27) at once: the triggers that keep those copies then have nothing to change.
        String technical = """
                insert into gen_technical (asset_id, container_format, video_codec, audio_codec, width, height,
                                           resolution_category, duration_ms)
                select md5('reelbase-bench-' || i)::uuid,
                       (array['mov,mp4,m4a,3gp,3g2,mj2','mov,mp4,m4a,3gp,3g2,mj2','image2','png_pipe','heif','wav',null])[1 + i %% 7],
                       case i %% 7 when 0 then (array['prores','h264','hevc','dnxhd'])[1 + (i / 7) %% 4]
                                   when 1 then (array['h264','hevc','h264','av1'])[1 + (i / 7) %% 4]
                                   when 2 then 'mjpeg' when 3 then 'png' when 4 then 'hevc' end,
                       case i %% 7 when 0 then 'pcm_s24le' when 1 then 'aac' when 5 then (array['pcm_s16le','pcm_s24le','mp3','flac'])[1 + (i / 7) %% 4] end,
                       case when i %% 7 < 5 then (array[1280, 1920, 1920, 3840, 4096, 720])[1 + (i / 3) %% 6] end,
                       case when i %% 7 < 5 then (array[720, 1080, 1080, 2160, 2160, 576])[1 + (i / 3) %% 6] end,
                       case when i %% 7 < 5 then (array['HD', 'FHD', 'FHD', 'UHD', '4K', 'SD'])[1 + (i / 3) %% 6] end,
                       case when i %% 7 in (0, 1, 5) then 5000 + (hashint8(i + 1) & 2147483647) %% 3600000 end
                from generate_series(%1$d::bigint, %2$d::bigint) i
                where i %% 7 <> 6
                """.formatted(from, to);
        String tags = """
                insert into gen_tags (asset_id, node_id, origin)
                select distinct md5('reelbase-bench-' || i)::uuid, n.id, 'IMPORT'
                from generate_series(%1$d::bigint, %2$d::bigint) i
                cross join generate_series(1, (i %% 4)::int) k
                join graph_node n on n.node_type = 'KEYWORD'
                    and lower(n.name) = (case when k = 3 then %4$s[1 + (i / 5) %% 10] else %3$s[1 + ((i * 7) + k * 17) %% 40] end)
                on conflict do nothing
                """.formatted(from, to, words, shots);
        try (Statement st = c.createStatement()) {
            st.execute("create temporary table if not exists gen_technical (like technical_metadata including defaults)");
            st.execute("create temporary table if not exists gen_tags (like asset_graph_node including defaults)");
            st.execute("truncate gen_technical, gen_tags");
        }
        try (PreparedStatement a = c.prepareStatement(assets);
             PreparedStatement t = c.prepareStatement(technical);
             PreparedStatement g = c.prepareStatement(tags);
             Statement st = c.createStatement()) {
            t.executeUpdate();
            g.executeUpdate();
            a.executeUpdate();
            st.executeUpdate("insert into technical_metadata select * from gen_technical");
            st.executeUpdate("insert into asset_graph_node select * from gen_tags");
        }
    }
}
