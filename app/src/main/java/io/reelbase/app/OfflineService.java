package io.reelbase.app;

import io.reelbase.core.Progress;
import io.reelbase.core.ReelbaseException;
import io.reelbase.core.asset.AssetSnapshot;
import io.reelbase.core.edit.EditOutcome;
import io.reelbase.core.offline.OfflineDesk;
import io.reelbase.core.offline.SyncCheckpoint;
import io.reelbase.core.offline.SyncClash;
import io.reelbase.core.offline.WorkingSet;
import io.reelbase.core.offline.WorkingSetSync;
import io.reelbase.persistence.Database;
import io.reelbase.persistence.DatabaseErrors;
import io.reelbase.persistence.DatabaseSettings;
import io.reelbase.persistence.offline.OfflineCopy;
import io.reelbase.persistence.offline.OfflineSyncs;
import io.reelbase.persistence.offline.ProxyCopy;
import io.reelbase.persistence.offline.ProxyDisk;
import io.reelbase.persistence.offline.WorkingSets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * The window's working sets, wired to the databases: the catalogue the window is on, this computer's own catalogue
 * (for a take) and each set's server (opened for a sync and kept open while its clashes are resolved).
 */
public final class OfflineService implements OfflineDesk, AutoCloseable {
    private final Database window;
    private final Path dataHome;
    private final BiFunction<String, String, DatabaseSettings> serverLogin;
    private final SyncCheckpoint checkpoint;
    private final ProxyDisk disk;
    private final Map<UUID, Database> servers = new ConcurrentHashMap<>();

    /**
     * @param dataHome    this computer's data directory (null: no catalogue to take assets into)
     * @param serverLogin a set's server URL and user to its settings, with the password found for them (as for --db)
     */
    public OfflineService(Database window, Path dataHome, BiFunction<String, String, DatabaseSettings> serverLogin,
                          SyncCheckpoint checkpoint) {
        this(window, dataHome, serverLogin, checkpoint, ProxyDisk.LOCAL);
    }

    /** @param disk where proxies are written (a test's disk that fills up) */
    public OfflineService(Database window, Path dataHome, BiFunction<String, String, DatabaseSettings> serverLogin,
                          SyncCheckpoint checkpoint, ProxyDisk disk) {
        this.window = window;
        this.dataHome = dataHome;
        this.serverLogin = serverLogin;
        this.checkpoint = checkpoint;
        this.disk = disk;
    }

    /** For the window: passwords from REELBASE_DB_PASSWORD or ~/.pgpass, else asked for. */
    public static OfflineService forWindow(Database window, Path dataHome) {
        return new OfflineService(window, dataHome, (url, user) -> new ConnectionOptions().server(url, user, System.getenv(),
                System.getProperty("user.home")), SyncCheckpoint.NONE);
    }

    @Override
    public boolean canTake() {
        return window.settings().mode() == DatabaseSettings.Mode.SERVER && dataHome != null;
    }

    @Override
    public boolean canSync() {
        return window.settings().mode() == DatabaseSettings.Mode.EMBEDDED;
    }

    @Override
    public ProxyPlan proxies(List<UUID> ids) {
        refuseUnlessOnServer();
        return new ProxyCopy(window.dataSource(), null, ProxyCopy.rootIn(dataHome), disk).plan(ids).summary();
    }

    @Override
    public Taken take(String name, List<UUID> ids, Integer history, boolean withProxies, Progress progress) {
        refuseUnlessOnServer();
        try (Database laptop = Database.open(DatabaseSettings.embedded(dataHome))) {
            WorkingSets sets = new WorkingSets(laptop.dataSource());
            String url = window.settings().jdbcUrl();
            // The same name from the same server carries on a take that stopped (cancelled, a full disk): what is here is kept.
            WorkingSet set = sets.find(name).filter(w -> w.serverUrl().equals(url) && w.serverUser().equals(window.user()))
                    .orElseGet(() -> sets.create(name, url, window.user(), history));
            OfflineCopy.Result r = new OfflineCopy(window.dataSource(), laptop.dataSource()).take(set.id(), ids, history,
                    withProxies ? Progress.slice(progress, 0, 0.3) : progress);
            ProxiesCopied copied = ProxiesCopied.NONE;
            if (withProxies && !r.cancelled()) {
                List<UUID> taken = ids.stream().filter(id -> !r.missing().contains(id)).toList();
                ProxyCopy proxies = new ProxyCopy(window.dataSource(), laptop.dataSource(), ProxyCopy.rootIn(dataHome), disk);
                copied = proxies.copy(proxies.plan(taken), Progress.slice(progress, 0.3, 1));
            }
            return new Taken(set.name(), r.assets(), r.versions(), r.derivatives(), r.derivativeBytes(), r.missing(),
                    r.cancelled() || copied.cancelled(), copied);
        }
    }

    private void refuseUnlessOnServer() {
        if (!canTake()) {
            throw new ReelbaseException("This window is not on a team's server.", "Open Reelbase with --db SERVER to take assets offline.");
        }
    }

    @Override
    public WorkingSetSync.Report sync(UUID set, char[] password, WorkingSetSync.Resolve resolve, Progress progress) {
        Database server = server(set, password);
        return sync(server).sync(set, resolve, server.user(), progress);
    }

    @Override
    public EditOutcome resolve(SyncClash clash, AssetSnapshot answer) {
        Database server = servers.get(clash.workingSet());
        if (server == null) {
            throw new ReelbaseException("The connection to the server of this working set is closed.", "Sync the set again.");
        }
        return sync(server).resolve(clash, answer, server.user());
    }

    @Override
    public Returned returnSet(UUID set, char[] password, boolean discard, Progress progress) {
        WorkingSets sets = new WorkingSets(window.dataSource());
        String why = null;
        try {
            WorkingSetSync.Report r = sync(set, password, WorkingSetSync.Resolve.ASK, progress);
            why = r.clashes().isEmpty() ? null : r.clashes().size() + " asset(s) clash with the server";
        } catch (ReelbaseException e) {
            // Out of reach: returning still loses nothing when nothing here is unsent.
            why = "the server could not be reached (" + e.getMessage() + ")";
        }
        WorkingSet now = find(sets, set);
        if (now.localChanges() > 0 && !discard) {
            throw new UnsyncedChanges(now.localChanges(), why);
        }
        List<String> proxies = sets.remove(set);
        closeServer(set);
        List<String> left = ProxyCopy.delete(ProxyCopy.managedIn(window.settings().dataHome()), proxies);
        return new Returned(now.assets(), now.localChanges(), left);
    }

    private WorkingSetSync sync(Database server) {
        return OfflineSyncs.between(server, window, checkpoint);
    }

    /** The set's server, logged in as the set's user: the open connection, or a new one. */
    private Database server(UUID set, char[] password) {
        Database open = servers.get(set);
        if (open != null && password == null) {
            return open;
        }
        closeServer(set);
        WorkingSet s = find(new WorkingSets(window.dataSource()), set);
        DatabaseSettings settings = password != null ? DatabaseSettings.server(s.serverUrl(), s.serverUser(), new String(password))
                : serverLogin.apply(s.serverUrl(), s.serverUser());
        Database db;
        try {
            db = Database.openKnown(settings);
        } catch (ReelbaseException e) {
            if (DatabaseErrors.isLoginRefused(e)) {
                throw new PasswordNeeded(s.serverUser() + " @ " + s.serverUrl().replaceFirst("^jdbc:postgresql://", ""),
                        password == null ? null : e);
            }
            if (DatabaseErrors.isUnreachable(e)) {
                throw new ReelbaseException("The server of \u201c" + s.name() + "\u201d cannot be reached: " + e.getMessage(),
                        "Nothing was changed: your work on this computer is kept. Sync again when the server (or the network) is back.", e);
            }
            throw e;
        }
        servers.put(set, db);
        return db;
    }

    private static WorkingSet find(WorkingSets sets, UUID id) {
        return sets.list().stream().filter(w -> w.id().equals(id)).findFirst().orElseThrow(() -> new ReelbaseException(
                "That working set is no longer on this computer.", "Refresh the library."));
    }

    private void closeServer(UUID set) {
        Database db = servers.remove(set);
        if (db != null) {
            db.close();
        }
    }

    @Override
    public void close() {
        List.copyOf(servers.keySet()).forEach(this::closeServer);
    }
}
