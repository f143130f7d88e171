package io.reelbase.persistence;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to reach the catalogue: the embedded PostgreSQL under {@code dataHome}, or a shared server
 * given by JDBC URL, user and password (TLS settings such as {@code sslmode} ride in the URL).
 */
public record DatabaseSettings(Mode mode, Path dataHome, String jdbcUrl, String user, String password, int poolSize) {

    /** Embedded (the default, also the offline workspace) or a shared server. */
    public enum Mode { EMBEDDED, SERVER }

    public DatabaseSettings {
        Objects.requireNonNull(mode, "mode");
        if (mode == Mode.EMBEDDED) {
            Objects.requireNonNull(dataHome, "dataHome");
        } else {
            Objects.requireNonNull(jdbcUrl, "jdbcUrl");
            if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException("'" + jdbcUrl
                        + "' is not a PostgreSQL JDBC URL; it should look like jdbc:postgresql://host:5432/reelbase");
            }
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException("pool size must be at least 1");
        }
    }

    public static DatabaseSettings embedded(Path dataHome) {
        return new DatabaseSettings(Mode.EMBEDDED, dataHome, null, null, null, 8);
    }

    public static DatabaseSettings server(String jdbcUrl, String user, String password) {
        return new DatabaseSettings(Mode.SERVER, null, jdbcUrl, user, password, 8);
    }

    public DatabaseSettings withPoolSize(int size) {
        return new DatabaseSettings(mode, dataHome, jdbcUrl, user, password, size);
    }

    /** Where this is, for messages: the URL (never the password) or the data directory. */
    public String describe() {
        return mode == Mode.EMBEDDED ? "the embedded database in " + dataHome : jdbcUrl;
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "DatabaseSettings[" + mode + ", " + describe() + (user == null ? "" : ", user=" + user)
                + (password == null ? "" : ", password=***") + ", pool=" + poolSize + "]";
    }
}
