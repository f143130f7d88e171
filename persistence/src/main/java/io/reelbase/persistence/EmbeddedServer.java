package io.reelbase.persistence;

import io.reelbase.core.ReelbaseException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server that runs inside Reelbase when no shared server is configured.
 *
 * <p>Layout under the data home: {@code reelbase.lock} (one Reelbase per directory),
 * {@code pgdata/} (the cluster), {@code pg-runtime/} (the unpacked server binaries) and
 * {@code postgres.log}. It listens on a free port on localhost only, picked at each start,
 * so a port left taken by another program does not matter. A server orphaned by a crash of
 * an earlier run is shut down before the new one starts.
 */
public final class EmbeddedServer implements AutoCloseable {
    public static final String DATABASE = "reelbase";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedServer.class);

    private final Path dataHome;
    private final DataDirectoryLock lock;
    private final EmbeddedPostgres postgres;

    private EmbeddedServer(Path dataHome, DataDirectoryLock lock, EmbeddedPostgres postgres) {
        this.dataHome = dataHome;
        this.lock = lock;
        this.postgres = postgres;
    }

    /**
     * Starts the server on {@code dataHome}, creating it on first use.
     *
     * @param durable fsync and synchronous commit on (for people's catalogues); off only for throwaway test data
     */
    public static EmbeddedServer start(Path dataHome, boolean durable) {
        Path home = dataHome.toAbsolutePath().normalize();
        prepareDirectory(home);
        DataDirectoryLock lock = DataDirectoryLock.acquire(home);
        try {
            Path pgdata = home.resolve("pgdata");
            Path runtime = home.resolve("pg-runtime");
            Files.createDirectories(runtime);
            stopOrphanedServer(pgdata);
            Path log = home.resolve("postgres.log");
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(pgdata)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(runtime.toFile())
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("full_page_writes", durable ? "on" : "off")
                    .setServerConfig("shared_buffers", Memory.sharedBuffersMb() + "MB")
                    .setServerConfig("effective_cache_size", Memory.effectiveCacheMb() + "MB")
                    .setServerConfig("work_mem", "16MB")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            EmbeddedServer server = new EmbeddedServer(home, lock, pg);
            server.createDatabaseIfMissing();
            LOG.info("Embedded PostgreSQL started on port {} with data in {}", pg.getPort(), pgdata);
            return server;
        } catch (IOException | RuntimeException e) {
            closeQuietly(lock);
            if (e instanceof ReelbaseException re) {
                throw re;
            }
            throw new ReelbaseException("The embedded database in " + home + " did not start: " + e.getMessage(),
                    "Look at " + home.resolve("postgres.log") + " for the server's own words. If the disk is full, "
                            + "free some space; if the directory was copied from another machine, start with an empty one.",
                    e);
        }
    }

    private static void prepareDirectory(Path home) {
        try {
            Files.createDirectories(home);
        } catch (AccessDeniedException e) {
            throw new ReelbaseException("Cannot create the data directory " + home + ": permission denied.",
                    "Choose a directory you can write to with --data-dir or REELBASE_HOME.", e);
        } catch (FileSystemException e) {
            throw new ReelbaseException("Cannot create the data directory " + home + ": " + e.getReason() + ".",
                    "Choose another directory with --data-dir or REELBASE_HOME.", e);
        } catch (IOException e) {
            throw new ReelbaseException("Cannot create the data directory " + home + ": " + e + ".",
                    "Choose another directory with --data-dir or REELBASE_HOME.", e);
        }
        if (!Files.isWritable(home)) {
            throw new ReelbaseException("The data directory " + home + " is not writable.",
                    "Make it writable for your user, or choose another with --data-dir or REELBASE_HOME.");
        }
    }

    /**
     * A previous run that died (killed, power cut) can leave its PostgreSQL running or its
     * postmaster.pid behind. We hold the directory lock, so no live Reelbase owns that server.
     */
    static void stopOrphanedServer(Path pgdata) throws IOException {
        Path pidFile = pgdata.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        long pid;
        try {
            pid = lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).strip());
        } catch (NumberFormatException e) {
            pid = -1;
        }
        Optional<ProcessHandle> process = pid > 0 ? ProcessHandle.of(pid) : Optional.empty();
        boolean isPostgres = process.filter(ProcessHandle::isAlive)
                .flatMap(p -> p.info().command())
                .map(cmd -> cmd.contains("postgres"))
                .orElse(false);
        if (!isPostgres) {
            LOG.warn("Removing stale {} (process {} is gone)", pidFile, pid);
            Files.deleteIfExists(pidFile);
            return;
        }
        ProcessHandle orphan = process.get();
        LOG.warn("Stopping PostgreSQL process {} left running on {} by an earlier run", pid, pgdata);
        orphan.destroy();
        try {
            orphan.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception notYet) {
            LOG.warn("PostgreSQL process {} did not stop within 30 s; killing it (it will recover on start)", pid);
            orphan.destroyForcibly();
            try {
                orphan.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IOException("PostgreSQL process " + pid + " on " + pgdata + " cannot be stopped", e);
            }
        }
        Files.deleteIfExists(pidFile);
    }

    private void createDatabaseIfMissing() throws IOException {
        try (Connection c = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"));
             PreparedStatement q = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            q.setString(1, DATABASE);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    try (Statement st = c.createStatement()) {
                        st.execute("create database " + DATABASE + " encoding 'UTF8'");
                    }
                }
            }
            try (PreparedStatement r = c.prepareStatement("select 1 from pg_roles where rolname = ?")) {
                r.setString(1, personRole());
                try (ResultSet rs = r.executeQuery(); Statement st = c.createStatement()) {
                    if (!rs.next()) {
                        st.execute("create role \"" + personRole() + "\" login nosuperuser nobypassrls");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IOException("cannot create the '" + DATABASE + "' database: " + e.getMessage(), e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE);
    }

    /** A URL to another database on this server, e.g. for tests that want a fresh one. */
    public String jdbcUrl(String database) {
        return postgres.getJdbcUrl("postgres", database);
    }

    /** The server's superuser: only for creating databases and running migrations, never for the app's own work. */
    public String user() {
        return "postgres";
    }

    /**
     * The login the app uses on this server: the person's own role (named after the computer's user where that
     * makes a valid role name, else {@code reelbase_local}), made at start and given the Admin role once the
     * schema has it ({@link SchemaOwnership#admitLocalPerson}). Not a superuser, so the permissions apply to it.
     */
    public String personRole() {
        return personRole(System.getProperty("user.name", ""));
    }

    static String personRole(String systemUser) {
        String name = systemUser.toLowerCase(java.util.Locale.ROOT);
        boolean usable = name.matches("[a-z_][a-z0-9_]{0,62}") && !name.equals("postgres") && !name.startsWith("pg_")
                && !name.startsWith("reelbase_") && !name.equals("public");
        return usable ? name : "reelbase_local";
    }

    /** A URL for {@link #personRole()} (no user in it). */
    public String personUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataHome() {
        return dataHome;
    }

    @Override
    public void close() {
        try {
            postgres.close();
            LOG.info("Embedded PostgreSQL stopped");
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly; it will recover on the next start", e);
        } finally {
            closeQuietly(lock);
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            LOG.debug("close failed", e);
        }
    }
}
