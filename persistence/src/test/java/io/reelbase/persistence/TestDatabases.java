package io.reelbase.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * Real PostgreSQL for tests: one embedded server per test JVM (fsync off, in a temporary
 * directory), or the server named by {@code REELBASE_TEST_JDBC_URL} (with
 * {@code REELBASE_TEST_USER} / {@code REELBASE_TEST_PASSWORD}). Each call to {@link #fresh()}
 * creates a new empty database on it, so every test class starts from nothing.
 */
public final class TestDatabases {
    private static EmbeddedServer server;
    private static Path home;

    private TestDatabases() {
    }

    /** Settings for a brand-new, empty database (no migrations applied). */
    public static synchronized DatabaseSettings fresh() {
        String name = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        String external = System.getenv("REELBASE_TEST_JDBC_URL");
        if (external != null && !external.isBlank()) {
            String user = System.getenv().getOrDefault("REELBASE_TEST_USER", System.getProperty("user.name"));
            String password = System.getenv("REELBASE_TEST_PASSWORD");
            execute(external, user, password, "create database " + name);
            String url = external.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
            return DatabaseSettings.server(url, user, password).withPoolSize(4);
        }
        EmbeddedServer s = embedded();
        execute(s.jdbcUrl("postgres"), s.user(), null, "create database " + name);
        return DatabaseSettings.server(s.jdbcUrl(name), s.user(), null).withPoolSize(4);
    }

    /** The shared embedded server of this JVM (started on first use, stopped at exit). */
    public static synchronized EmbeddedServer embedded() {
        if (server == null) {
            try {
                home = Files.createTempDirectory("reelbase-test-pg");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server = EmbeddedServer.start(home, false);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "test-postgres-stop"));
        }
        return server;
    }

    public static void execute(String url, String user, String password, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test setup failed: " + sql + ": " + e.getMessage(), e);
        }
    }

    /** Drops the database of {@code settings} with everyone still connected to it, as a lost server or an admin would. */
    public static void dropWhileInUse(DatabaseSettings settings) {
        String name = settings.jdbcUrl().replaceFirst("^jdbc:postgresql://[^/]+/", "").replaceFirst("\\?.*$", "");
        String admin = settings.jdbcUrl().replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1postgres");
        execute(admin, settings.user(), settings.password(), "drop database " + name + " with (force)");
    }

    /** The test database's URL without the superuser some test servers name in it: for logging in as a person's role. */
    public static String personUrl(DatabaseSettings settings) {
        return settings.jdbcUrl().replaceAll("([?&])user=[^&]*&?", "$1").replaceAll("[?&]$", "");
    }

    /** Drops a login role a test made (roles are the server's, not the test database's). */
    public static void dropRole(DatabaseSettings settings, String role) {
        execute(settings.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/postgres$1"), settings.user(), settings.password(),
                "drop role if exists " + role);
    }
}
