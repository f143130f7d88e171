package io.reelbase.app.cli;

import static io.reelbase.app.cli.CliRun.concat;
import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.app.OfflineService;
import io.reelbase.core.Progress;
import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetChanges;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.NewAsset;
import io.reelbase.core.asset.VersionOrigin;
import io.reelbase.core.offline.OfflineDesk;
import io.reelbase.core.offline.SyncCheckpoint;
import io.reelbase.persistence.Database;
import io.reelbase.persistence.DatabaseSettings;
import io.reelbase.persistence.TestDatabases;
import io.reelbase.persistence.offline.ProxyDisk;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proxies taken offline: the total said before anything is copied, the files copied whole into the data directory so
 * they play with no server, the ones this computer cannot read listed, a disk that fills up part way stopping cleanly
 * (what was copied plays, no part file left, the rest listed, taking again copies the rest), and a return deleting them.
 */
class OfflineProxiesIT {
    private final CliRun cli = new CliRun();

    /** A team's server with a collection "Shoot" of four assets: three with proxies on a share this computer reads, one without. */
    private record Team(DatabaseSettings settings, List<Asset> assets, List<Path> proxies) {
    }

    private static Team team(Path share) throws IOException {
        DatabaseSettings s = TestDatabases.fresh();
        List<Asset> made = new ArrayList<>();
        List<Path> proxies = new ArrayList<>();
        Random random = new Random(7);
        try (Database team = Database.open(s)) {
            var collection = team.repositories().collections().create("Shoot", null, null);
            for (String title : List.of("Alpha", "Bravo", "Charlie", "Delta")) {
                Asset a = team.repositories().assets().create(NewAsset.of(title, AssetType.VIDEO), "ann");
                made.add(a);
                Path proxy = share.resolve(title.toLowerCase() + "_proxy.mp4");
                if (!title.equals("Delta")) {
                    byte[] bytes = new byte[300_000 + random.nextInt(1000)];
                    random.nextBytes(bytes);
                    Files.write(proxy, bytes);
                    proxies.add(proxy);
                }
                // Delta's proxy is recorded on the server but is not on the share (a drive this computer does not have).
                team.repositories().media().addLocation(a.id(), "PROXY", proxy, 300_000, null, true);
            }
            team.repositories().collections().add(collection.id(), made.stream().map(Asset::id).toList(), null);
        }
        return new Team(s, made, proxies);
    }

    private static List<Path> files(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void proxiesAreCopiedWholeToPlayOfflineAndDeletedOnReturn(@TempDir Path share, @TempDir Path laptop) throws IOException {
        Team t = team(share);
        String[] server = {"--db", t.settings().jdbcUrl(), "--user", t.settings().user(), "--data-dir", laptop.toString()};
        assertThat(cli.run(concat(server, "offline", "take", "--collection", "Shoot", "--proxies"))).as(cli.err.toString()).isZero();
        String out = cli.out.toString();
        long total = 0;
        for (Path p : t.proxies()) {
            total += Files.size(p);
        }
        assertThat(out.indexOf("Proxies: 3 file(s), " + io.reelbase.core.Bytes.human(total) + " to copy"))
                .as("the total comes before the copy: " + out).isGreaterThanOrEqualTo(0).isLessThan(out.indexOf("Took 4 asset(s)"));
        assertThat(out).contains("not copied: \u201cDelta\u201d: this computer cannot read its proxy", "Copied 3 proxies");

        try (Database here = Database.open(DatabaseSettings.embedded(laptop))) {
            for (int i = 0; i < 3; i++) {
                List<Path> local = here.repositories().media().locations(t.assets().get(i).id(), "PROXY");
                assertThat(local).as("the proxy the offline player opens").hasSize(1);
                assertThat(local.get(0)).startsWith(laptop.resolve("proxies"));
                assertThat(Files.readAllBytes(local.get(0))).isEqualTo(Files.readAllBytes(t.proxies().get(i)));
            }
            assertThat(here.repositories().media().locations(t.assets().get(3).id(), "PROXY")).isEmpty();
        }

        assertThat(cli.run("--data-dir", laptop.toString(), "offline", "return", "Shoot")).as(cli.err.toString()).isZero();
        assertThat(files(laptop.resolve("proxies"))).as("returned: the proxies are gone from this computer").isEmpty();
        assertThat(t.proxies()).as("and only those: the server's stay").allMatch(Files::isRegularFile);
    }

    @Test
    void aDiskThatFillsUpStopsTheCopyCleanlyAndTakingAgainCopiesTheRest(@TempDir Path share, @TempDir Path laptop) throws IOException {
        Team t = team(share);
        List<java.util.UUID> ids = t.assets().stream().map(Asset::id).toList();
        try (Database team = Database.open(t.settings())) {
            FillingDisk disk = new FillingDisk(Files.size(t.proxies().get(0)) + 100_000);
            OfflineService service = new OfflineService(team, laptop, (u, n) -> t.settings(), SyncCheckpoint.NONE, disk);
            OfflineDesk.ProxyPlan plan = service.proxies(ids);
            assertThat(plan.files()).isEqualTo(3);
            assertThat(plan.unreachable()).hasSize(1);

            OfflineDesk.Taken taken = service.take("Shoot", ids, null, true, Progress.NONE);
            assertThat(taken.assets()).as("the metadata is all there").isEqualTo(4);
            OfflineDesk.ProxiesCopied px = taken.proxies();
            assertThat(px.diskFull()).isTrue();
            assertThat(px.copied()).isEqualTo(1);
            assertThat(px.notCopied()).containsExactly(
                    "\u201cDelta\u201d: this computer cannot read its proxy " + share.resolve("delta_proxy.mp4"),
                    "\u201cBravo\u201d: not copied, the disk is full", "\u201cCharlie\u201d: not copied, the disk is full");
            assertThat(disk.written).as("Bravo was being written when the disk filled").isGreaterThan(Files.size(t.proxies().get(0)));
            assertThat(files(laptop.resolve("proxies"))).as("no part file is left; Alpha's proxy is whole").singleElement()
                    .satisfies(p -> assertThat(Files.readAllBytes(p)).isEqualTo(Files.readAllBytes(t.proxies().get(0))));

            // An edit made on this computer before taking again is kept; the rest of the proxies come.
            try (Database here = Database.open(DatabaseSettings.embedded(laptop))) {
                Asset bravo = here.repositories().assets().find(ids.get(1)).orElseThrow();
                here.repositories().assets().update(bravo.id(), bravo.version(), AssetChanges.none().description("Seen offline."),
                        VersionOrigin.EDIT, null, "ann");
            }
            OfflineService roomy = new OfflineService(team, laptop, (u, n) -> t.settings(), SyncCheckpoint.NONE, ProxyDisk.LOCAL);
            OfflineDesk.Taken again = roomy.take("Shoot", ids, null, true, Progress.NONE);
            assertThat(again.proxies().copied()).isEqualTo(3);
            assertThat(again.proxies().diskFull()).isFalse();
        }
        try (Database here = Database.open(DatabaseSettings.embedded(laptop))) {
            assertThat(here.repositories().assets().find(ids.get(1)).orElseThrow().description()).isEqualTo("Seen offline.");
            for (int i = 0; i < 3; i++) {
                assertThat(here.repositories().media().locations(ids.get(i), "PROXY")).singleElement()
                        .satisfies(p -> assertThat(Files.size(p)).isPositive());
            }
        }
        assertThat(files(laptop.resolve("proxies"))).hasSize(3);
    }

    /** A disk with room for {@code room} bytes that fills up as a real one does: the write that does not fit fails part way. */
    private static final class FillingDisk implements ProxyDisk {
        private final long room;
        long written;

        FillingDisk(long room) {
            this.room = room;
        }

        @Override
        public void copy(Path from, Path to) throws IOException {
            try (InputStream in = Files.newInputStream(from); OutputStream out = Files.newOutputStream(to)) {
                byte[] buffer = new byte[8192];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    if (written + n > room) {
                        throw new IOException(ProxyDisk.NO_SPACE);
                    }
                    out.write(buffer, 0, n);
                    written += n;
                }
            }
        }

        @Override
        public long usable(Path dir) {
            // Another program fills the disk while the copy runs: the room said at the start is not there at the end.
            return Long.MAX_VALUE / 2;
        }
    }
}
