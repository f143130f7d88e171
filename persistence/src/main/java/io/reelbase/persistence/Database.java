package io.reelbase.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.reelbase.core.ReelbaseException;
import io.reelbase.persistence.hibernate.Repositories;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open catalogue database: the embedded server (if that is the mode), the HikariCP pool,
 * Flyway and, once migrated, Hibernate. Flyway always runs before Hibernate, which only validates.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final DatabaseSettings settings;
    private final EmbeddedServer embedded;
    private final HikariDataSource pool;
    /**
     * The pool as the repositories, the queue and the plain-SQL stores borrow from it, with units of work across them
     * (migrations, the change listener's long-held connection and {@link #dataSource()} use the pool itself).
     */
    private final SharedTransactions shared;
    private final String user;
    private final String client;
    private Repositories repositories;
    private io.reelbase.core.user.SignedIn signedIn;
    private io.reelbase.persistence.queue.JdbcJobQueue jobs;

    private Database(DatabaseSettings settings, EmbeddedServer embedded, HikariDataSource pool, String user, String client) {
        this.client = client;
        this.settings = settings;
        this.embedded = embedded;
        this.pool = pool;
        this.shared = new SharedTransactions(pool);
        this.user = user;
    }

    /** Connects (starting the embedded server if needed) without touching the schema. */
    public static Database connect(DatabaseSettings settings) {
        EmbeddedServer embedded = null;
        String url;
        String user;
        String password;
        if (settings.mode() == DatabaseSettings.Mode.EMBEDDED) {
            embedded = EmbeddedServer.start(settings.dataHome(), true);
            url = embedded.personUrl();
            user = embedded.personRole();
            password = null;
        } else {
            url = settings.jdbcUrl();
            user = settings.user() == null ? System.getProperty("user.name") : settings.user();
            password = settings.password();
        }
        try {
            // Each open catalogue names its connections apart, so it can tell its own notifications from others'.
            String client = "Reelbase " + UUID.randomUUID().toString().substring(0, 8);
            return new Database(settings, embedded, pool(url, user, password, settings.poolSize(), client), user, client);
        } catch (RuntimeException e) {
            if (embedded != null) {
                embedded.close();
            }
            throw DatabaseErrors.connectFailure(settings.describe(), user, e);
        }
    }

    /** Connects, brings the schema up to date and starts Hibernate: what the app and workers use. */
    public static Database open(DatabaseSettings settings) {
        return open(settings, false);
    }

    /**
     * Like {@link #open}, for a catalogue this app only visits (a working set's server): one whose schema a newer
     * Reelbase has moved on is refused ("update Reelbase to sync") instead of being written with an older idea of it.
     */
    public static Database openKnown(DatabaseSettings settings) {
        return open(settings, true);
    }

    private static Database open(DatabaseSettings settings, boolean refuseNewer) {
        Database db = connect(settings);
        try {
            if (refuseNewer) {
                db.refuseNewerSchema();
            }
            db.migrate();
            db.repositories();
            db.signedIn(); // read once here, in the caller's background task, not later on the FX thread
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private void refuseNewerSchema() {
        List<String> future = Arrays.stream(flyway().info().all()).filter(m -> m.getState().name().startsWith("FUTURE"))
                .map(m -> String.valueOf(m.getVersion())).toList();
        if (!future.isEmpty()) {
            throw new io.reelbase.core.ReelbaseException(settings.describe() + " was updated by a newer Reelbase (schema version "
                    + future.get(future.size() - 1) + "); this one cannot sync with it.",
                    "Update Reelbase to sync. Nothing was changed here or there; your local work is kept.");
        }
    }

    private static HikariDataSource pool(String url, String user, String password, int size, String client) {
        HikariConfig cfg = new HikariConfig();
        cfg.setPoolName("reelbase");
        cfg.setJdbcUrl(url);
        cfg.setUsername(user);
        if (password != null) {
            cfg.setPassword(password);
        }
        cfg.setMaximumPoolSize(size);
        cfg.setMinimumIdle(1);
        cfg.setConnectionTimeout(10_000);
        cfg.setValidationTimeout(3_000);
        // Fail at once on a wrong URL or password instead of on first use.
        cfg.setInitializationFailTimeout(1);
        cfg.addDataSourceProperty("ApplicationName", client);
        cfg.addDataSourceProperty("connectTimeout", "10");
        cfg.addDataSourceProperty("tcpKeepAlive", "true");
        return new HikariDataSource(cfg);
    }

    /**
     * Migrations run as the login that may change the schema: on the embedded server its superuser (the person's
     * own login holds Admin, not the schema); on a shared server the login given, which must be the admin's or a
     * member of {@code reelbase_owner}.
     */
    private Connection migratorConnection() throws SQLException {
        return embedded != null ? java.sql.DriverManager.getConnection(embedded.jdbcUrl(), embedded.user(), null) : pool.getConnection();
    }

    private Flyway flyway() {
        var config = Flyway.configure();
        config = embedded != null ? config.dataSource(embedded.jdbcUrl(), embedded.user(), null) : config.dataSource(pool);
        return config
                .locations("classpath:db/migration")
                .validateMigrationNaming(true)
                .load();
    }

    /** Applies pending migrations; returns how many were applied. */
    public int migrate() {
        try {
            refuseMigrationByAPerson();
            MigrateResult result = flyway().migrate();
            settleOwnership();
            ensurePartitions();
            if (result.migrationsExecuted > 0) {
                LOG.info("Applied {} migration(s); schema now at version {}", result.migrationsExecuted, result.targetSchemaVersion);
            }
            return result.migrationsExecuted;
        } catch (FlywayException e) {
            throw new ReelbaseException("The database schema in " + settings.describe() + " could not be brought up to date: "
                    + e.getMessage(), "Nothing was changed by the failed step. If the database was made by a newer "
                    + "Reelbase, update this one; otherwise send the log to support.", e);
        }
    }

    /**
     * A person's login on a shared server may not change the schema (only the server's admin or a member of
     * reelbase_owner may): when this Reelbase needs a newer schema than the server has, say who must update it.
     */
    private void refuseMigrationByAPerson() {
        if (embedded != null) {
            return;
        }
        MigrationInfo[] pending = flyway().info().pending();
        if (pending.length == 0) {
            return;
        }
        try (Connection c = pool.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "select rolsuper or (exists (select 1 from pg_roles where rolname = 'reelbase_owner')"
                        + " and pg_has_role(current_user, 'reelbase_owner', 'MEMBER'))"
                        + " or (not exists (select 1 from pg_roles where rolname = 'reelbase_owner') and rolcreaterole)"
                        + " from pg_roles where rolname = current_user")) {
            if (rs.next() && rs.getBoolean(1)) {
                return;
            }
        } catch (SQLException e) {
            throw DatabaseErrors.translate(new IllegalStateException(e));
        }
        String version = pending[pending.length - 1].getVersion().getVersion();
        throw new ReelbaseException(settings.describe() + " needs its schema brought up to version " + version
                + " for this Reelbase, and only the server's admin may do that (your login, " + user + ", may not).",
                "Ask them to run: reelbase --db " + settings.jdbcUrl() + " --user ADMIN --password db migrate. Nothing was changed.");
    }

    /** Every object of ours belongs to reelbase_owner; the embedded catalogue's person holds Admin. */
    private void settleOwnership() {
        try (Connection c = migratorConnection()) {
            SchemaOwnership.settle(c);
            if (embedded != null) {
                SchemaOwnership.admitLocalPerson(c, embedded.personRole());
            }
        } catch (SQLException e) {
            throw DatabaseErrors.translate(new IllegalStateException(e));
        }
    }

    /** Creates this month's and the next months' audit partitions (idempotent). */
    private void ensurePartitions() {
        try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
            st.execute("select reelbase_ensure_action_record_partitions(3)");
            st.execute("select reelbase_note_login()"); // the person's last login, for the People list
        } catch (SQLException e) {
            throw DatabaseErrors.translate(new IllegalStateException(e));
        }
    }

    public DatabaseInfo info() {
        String version;
        try (Connection c = pool.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("show server_version")) {
            rs.next();
            version = rs.getString(1);
        } catch (SQLException e) {
            throw DatabaseErrors.connectFailure(settings.describe(), user, e);
        }
        List<DatabaseInfo.Migration> migrations = Arrays.stream(flyway().info().all())
                .map(Database::describe)
                .toList();
        return new DatabaseInfo(settings.mode(), pool.getJdbcUrl(), user,
                embedded == null ? null : embedded.dataHome().toString(), version, migrations);
    }

    private static DatabaseInfo.Migration describe(MigrationInfo m) {
        return new DatabaseInfo.Migration(m.getVersion() == null ? "" : m.getVersion().getVersion(),
                m.getDescription(), m.getState().getDisplayName(),
                m.getInstalledOn() == null ? "" : m.getInstalledOn().toInstant().toString());
    }

    /** The repositories; starts Hibernate (validate) on first use. The schema must be migrated. */
    public synchronized Repositories repositories() {
        if (repositories == null) {
            try {
                repositories = Repositories.start(shared);
            } catch (RuntimeException e) {
                throw new ReelbaseException("The database schema in " + settings.describe()
                        + " does not match this version of Reelbase: " + e.getMessage(),
                        "Run 'reelbase db migrate', or update Reelbase if the database was made by a newer one.", e);
            }
        }
        return repositories;
    }

    /** The people who may log in, as an admin manages them (the database checks the caller). */
    public io.reelbase.core.user.People people() {
        return new JdbcPeople(shared);
    }

    /**
     * Who this catalogue is open as: the login, their name, and the role the login holds in the database, as it was
     * when the catalogue was opened (the window's offer follows it; the database checks every statement anyway).
     */
    public synchronized io.reelbase.core.user.SignedIn signedIn() {
        if (signedIn == null) {
            signedIn = readSignedIn();
        }
        return signedIn;
    }

    private io.reelbase.core.user.SignedIn readSignedIn() {
        try (Connection c = pool.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "select session_user, (select display_name from app_user where login_role = session_user::text),"
                        + " case when (select rolsuper from pg_roles where rolname = session_user) then 'ADMIN' else (select r from"
                        + " unnest(array['ADMIN', 'CONTENT_MANAGER', 'EDITOR', 'DEVELOPER', 'VIEWER']) with ordinality as x(r, o)"
                        + " where exists (select 1 from pg_roles where rolname = 'reelbase_' || lower(r))"
                        + " and pg_has_role(session_user, 'reelbase_' || lower(r), 'MEMBER') order by o limit 1) end")) {
            rs.next();
            String role = rs.getString(3);
            return new io.reelbase.core.user.SignedIn(rs.getString(1), rs.getString(2),
                    role == null ? null : io.reelbase.core.user.AppRole.valueOf(role));
        } catch (SQLException e) {
            throw DatabaseErrors.translate(new IllegalStateException(e));
        }
    }

    /** The storage roots Reelbase manages and the copies in them. */
    public io.reelbase.core.storage.StorageRoots storageRoots() {
        return new JdbcStorageRoots(shared);
    }

    /** Lifecycle rules. */
    public io.reelbase.core.lifecycle.LifecycleRuleRepository lifecycleRules() {
        return new io.reelbase.persistence.lifecycle.JdbcLifecycleRules(shared);
    }

    /** Lifecycle plans and runs. */
    public io.reelbase.core.lifecycle.LifecyclePlans lifecyclePlans() {
        return new io.reelbase.persistence.lifecycle.JdbcLifecyclePlans(shared);
    }

    /** The recorded steps of running a lifecycle plan. */
    public io.reelbase.core.lifecycle.LifecycleSteps lifecycleSteps() {
        return new io.reelbase.persistence.lifecycle.JdbcLifecycleSteps(shared);
    }

    /** Legal holds on assets and collections. */
    public io.reelbase.core.lifecycle.LegalHolds legalHolds() {
        return new JdbcLegalHolds(shared);
    }

    /** The audit trail's hash chains, checked by the database. */
    public AuditChains auditChains() {
        return new AuditChains(shared);
    }

    /** Writes of the repositories and the queue that stand or fall together (one transaction). */
    public io.reelbase.core.UnitOfWork units() {
        return shared;
    }

    /** The processing queue (plain SQL on the same pool). */
    public synchronized io.reelbase.persistence.queue.JdbcJobQueue jobs() {
        if (jobs == null) {
            jobs = new io.reelbase.persistence.queue.JdbcJobQueue(shared);
        }
        return jobs;
    }

    public DataSource dataSource() {
        return pool;
    }

    public DatabaseSettings settings() {
        return settings;
    }

    /** New versions other clients save, as they are committed; close it before this database. */
    public io.reelbase.persistence.queue.AssetChangeListener assetChanges() {
        return new io.reelbase.persistence.queue.AssetChangeListener(pool, client);
    }

    public String user() {
        return user;
    }

    @Override
    public synchronized void close() {
        if (repositories != null) {
            repositories.close();
            repositories = null;
        }
        pool.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
