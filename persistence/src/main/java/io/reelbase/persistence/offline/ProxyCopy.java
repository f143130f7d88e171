package io.reelbase.persistence.offline;

import io.reelbase.core.Progress;
import io.reelbase.core.offline.OfflineDesk;
import io.reelbase.persistence.DatabaseErrors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Copies the proxies of assets taken offline (the playable files the server's workers made, at the paths the
 * server records) into this computer's data directory, so they play with no server. The total is known before
 * anything is copied ({@link #plan}). Each file is written beside its place and moved in whole before it is
 * recorded, so a proxy on this computer is either complete and playable or not there; a full disk stops the copy
 * cleanly, with what was copied usable and the rest listed.
 */
public final class ProxyCopy {
    private final DataSource server;
    private final DataSource local;
    private final Path root;
    private final ProxyDisk disk;

    /** One proxy on the server: whose, where, how big. */
    public record Proxy(UUID assetId, String title, Path path, long bytes) {
    }

    /** What a copy would do: the proxies this computer can read (and their total), those it cannot, and the free space. */
    public record Plan(List<Proxy> reachable, List<String> unreachable, long bytes, long free) {
        public Plan {
            reachable = List.copyOf(reachable);
            unreachable = List.copyOf(unreachable);
        }

        public OfflineDesk.ProxyPlan summary() {
            return new OfflineDesk.ProxyPlan(reachable.size(), bytes, free, unreachable);
        }
    }


    /** Where a data directory keeps its proxies: those its own workers make and, in {@link #rootIn}, those taken offline. */
    public static Path managedIn(Path dataHome) {
        return dataHome.resolve("proxies");
    }

    /** Where a data directory keeps the proxies copied with its working sets. */
    public static Path rootIn(Path dataHome) {
        return managedIn(dataHome).resolve("offline");
    }

    /** @param root where the proxies go on this computer (the data directory's {@code proxies}) */
    public ProxyCopy(DataSource server, DataSource local, Path root, ProxyDisk disk) {
        this.server = server;
        this.local = local;
        this.root = root;
        this.disk = disk;
    }

    /** The proxies of {@code ids} the server records, and whether this computer can read them and has room. */
    public Plan plan(List<UUID> ids) {
        List<Proxy> reachable = new ArrayList<>();
        List<String> unreachable = new ArrayList<>();
        long bytes = 0;
        try (Connection s = server.getConnection(); PreparedStatement st = s.prepareStatement("select * from (select distinct on"
                + " (l.asset_id) l.asset_id, a.title, l.path from storage_location l join asset a on a.id = l.asset_id where l.asset_id"
                + " = any(?) and l.purpose = 'PROXY' and l.status = 'AVAILABLE' order by l.asset_id, l.is_primary desc,"
                + " l.created_at desc) x order by lower(title), asset_id")) {
            st.setArray(1, s.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Path path = Path.of(rs.getString(3));
                    String title = "\u201c" + rs.getString(2) + "\u201d";
                    try {
                        Proxy p = new Proxy(rs.getObject(1, UUID.class), title, path, Files.size(path));
                        reachable.add(p);
                        bytes += p.bytes();
                    } catch (IOException e) {
                        unreachable.add(title + ": this computer cannot read its proxy " + path);
                    }
                }
            }
            Files.createDirectories(root);
            return new Plan(reachable, unreachable, bytes, disk.usable(root));
        } catch (SQLException e) {
            throw DatabaseErrors.translate(new IllegalStateException(e));
        } catch (IOException e) {
            throw new io.reelbase.core.ReelbaseException("Cannot make the folder for proxies " + root + ": " + e.getMessage(),
                    "Check that the data directory is writable and has room.");
        }
    }

    /** Copies the plan's proxies, largest share of the progress by bytes; stops cleanly when the disk is full. */
    public OfflineDesk.ProxiesCopied copy(Plan plan, Progress progress) {
        List<String> notCopied = new ArrayList<>(plan.unreachable());
        List<Proxy> todo = plan.reachable();
        int copied = 0;
        long done = 0;
        for (int i = 0; i < todo.size(); i++) {
            Proxy p = todo.get(i);
            if (progress.isCancelled()) {
                rest(todo, i, "cancelled before it was copied", notCopied);
                return new OfflineDesk.ProxiesCopied(copied, done, notCopied, false, true);
            }
            progress.update(plan.bytes() == 0 ? 0 : done / (double) plan.bytes(), "Proxy " + (i + 1) + " of " + todo.size());
            Path target = root.resolve(p.assetId().toString()).resolve(p.path().getFileName().toString());
            try {
                if (!isThere(target, p.bytes())) {
                    if (disk.usable(root) < p.bytes()) {
                        throw new IOException(ProxyDisk.NO_SPACE);
                    }
                    place(p.path(), target);
                }
                record(p, target);
                copied++;
                done += p.bytes();
            } catch (IOException e) {
                if (ProxyDisk.isFull(e)) {
                    rest(todo, i, "not copied, the disk is full", notCopied);
                    return new OfflineDesk.ProxiesCopied(copied, done, notCopied, true, false);
                }
                notCopied.add(p.title() + ": not copied: " + e.getMessage());
            }
        }
        progress.update(1, copied + " proxies copied");
        return new OfflineDesk.ProxiesCopied(copied, done, notCopied, false, false);
    }

    private static boolean isThere(Path target, long bytes) throws IOException {
        return Files.isRegularFile(target) && Files.size(target) == bytes;
    }

    /** Written as a part file and moved in whole: a proxy is either all there or not there. */
    private void place(Path from, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            disk.copy(from, part);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private void record(Proxy p, Path target) {
        try (Connection l = local.getConnection(); PreparedStatement st = l.prepareStatement("insert into storage_location"
                + " (asset_id, location_kind, tier, path, purpose, size_bytes, is_primary, status) values (?, 'LOCAL', 'HOT', ?,"
                + " 'PROXY', ?, true, 'AVAILABLE') on conflict do nothing")) {
            st.setObject(1, p.assetId());
            st.setString(2, target.toAbsolutePath().toString());
            st.setLong(3, p.bytes());
            st.executeUpdate();
        } catch (SQLException e) {
            throw DatabaseErrors.translate(new IllegalStateException(e));
        }
    }

    /** Deletes the proxy files at {@code paths} that lie under {@code root} (never anything else); the ones that could not be. */
    public static List<String> delete(Path root, List<String> paths) {
        List<String> left = new ArrayList<>();
        Path managed = root.toAbsolutePath().normalize();
        for (String path : paths) {
            Path p = Path.of(path).toAbsolutePath().normalize();
            if (!p.startsWith(managed)) {
                continue;
            }
            try {
                Files.deleteIfExists(p);
                if (p.getParent().getFileName().toString().matches("[0-9a-f-]{36}")) {
                    Files.deleteIfExists(p.getParent()); // the asset's own folder, when it is empty now
                }
            } catch (java.nio.file.DirectoryNotEmptyException e) {
                // Another file of the asset is still there; the folder stays.
            } catch (IOException e) {
                left.add(path + " (" + e.getMessage() + ")");
            }
        }
        return left;
    }

    private static void rest(List<Proxy> todo, int from, String why, List<String> notCopied) {
        todo.subList(from, todo.size()).forEach(p -> notCopied.add(p.title() + ": " + why));
    }
}
