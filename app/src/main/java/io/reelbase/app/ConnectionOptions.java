package io.reelbase.app;

import io.reelbase.persistence.DatabaseSettings;
import io.reelbase.persistence.PgPass;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The options that say which catalogue to open; shared by every command. */
public final class ConnectionOptions {

    @Option(names = "--db", paramLabel = "JDBC_URL", scope = ScopeType.INHERIT,
            description = "A shared PostgreSQL server, e.g. jdbc:postgresql://db.example.org:5432/reelbase "
                    + "(env REELBASE_DB_URL). Without it the embedded database is used.")
    String jdbcUrl;

    @Option(names = {"--user", "-U"}, paramLabel = "ROLE", scope = ScopeType.INHERIT,
            description = "Database login role for --db (env REELBASE_DB_USER; default: your OS user name).")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD", scope = ScopeType.INHERIT, arity = "0..1",
            interactive = true, description = "Password for --db; given without a value it is asked for. "
            + "Otherwise REELBASE_DB_PASSWORD, then ~/.pgpass (or PGPASSFILE) is used.")
    char[] password;

    @Option(names = "--sslmode", paramLabel = "MODE", scope = ScopeType.INHERIT,
            description = "TLS mode for --db: disable, allow, prefer, require, verify-ca, verify-full.")
    String sslMode;

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Where the embedded database and logs live (env REELBASE_HOME; "
                    + "default $XDG_DATA_HOME/reelbase or ~/.local/share/reelbase).")
    String dataDir;

    /** Resolves the options against the environment into connection settings. */
    public DatabaseSettings toSettings(Map<String, String> env, String userHome, String osUser) {
        String url = firstNonBlank(jdbcUrl, env.get("REELBASE_DB_URL"));
        if (url == null) {
            return DatabaseSettings.embedded(DataHome.resolve(dataDir, env, userHome));
        }
        if (sslMode != null && !sslMode.isBlank()) {
            url = url + (url.contains("?") ? "&" : "?") + "sslmode=" + sslMode.strip();
        }
        String role = firstNonBlank(user, env.get("REELBASE_DB_USER"), osUser);
        return server(url, role, env, userHome);
    }

    /**
     * {@code url} as {@code role}, with the password from --password, else REELBASE_DB_PASSWORD, else ~/.pgpass
     * (or PGPASSFILE); also for a server remembered elsewhere, such as an offline working set's.
     */
    public DatabaseSettings server(String url, String role, Map<String, String> env, String userHome) {
        String secret = password != null && password.length > 0 ? new String(password) : null;
        if (secret == null) {
            secret = firstNonBlank(env.get("REELBASE_DB_PASSWORD"));
        }
        if (secret == null) {
            String passFile = env.get("PGPASSFILE");
            Path file = passFile != null ? Path.of(passFile) : Path.of(userHome, ".pgpass");
            secret = PgPass.lookup(file, url, role).orElse(null);
        }
        return DatabaseSettings.server(url, role, secret);
    }

    public Path dataHome(Map<String, String> env, String userHome) {
        return DataHome.resolve(dataDir, env, userHome);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
