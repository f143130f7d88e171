package io.reelbase.app.feature.login;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the connection form asks: the server, its database, the login, the password (used once, never kept) and
 * the TLS mode. {@link #jdbcUrl()} is the address without the password; {@link #of} reads one back.
 */
public record ServerLogin(String host, int port, String database, String user, char[] password, String sslMode) {
    /** PostgreSQL's TLS modes, as offered in the form; "prefer" is the driver's default. */
    public static final String[] SSL_MODES = {"prefer", "disable", "require", "verify-ca", "verify-full"};
    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/:?]+)(?::(\\d+))?/([^?]*)(?:\\?(.*))?");

    public ServerLogin {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("Give the server's name or address.");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("The port is a number from 1 to 65535 (PostgreSQL's is 5432).");
        }
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException("Give the database's name (usually reelbase).");
        }
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("Give your login.");
        }
        host = host.strip();
        database = database.strip();
        user = user.strip();
        sslMode = sslMode == null || sslMode.isBlank() ? "prefer" : sslMode.strip().toLowerCase(Locale.ROOT);
        if (Arrays.stream(SSL_MODES).noneMatch(sslMode::equals)) {
            throw new IllegalArgumentException("TLS is one of " + String.join(", ", SSL_MODES) + ".");
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + URLEncoder.encode(database, StandardCharsets.UTF_8)
                + ("prefer".equals(sslMode) ? "" : "?sslmode=" + sslMode);
    }

    /** The form filled in from a JDBC URL and login (the password left to type); null parts take the defaults. */
    public static ServerLogin of(String jdbcUrl, String user) {
        Matcher m = URL.matcher(jdbcUrl == null ? "" : jdbcUrl);
        if (!m.matches()) {
            return new ServerLogin("localhost", 5432, "reelbase", user == null || user.isBlank() ? System.getProperty("user.name") : user,
                    null, "prefer");
        }
        String ssl = m.group(4) == null ? null : Arrays.stream(m.group(4).split("&")).filter(p -> p.startsWith("sslmode="))
                .map(p -> p.substring(8)).findFirst().orElse(null);
        return new ServerLogin(m.group(1), m.group(2) == null ? 5432 : Integer.parseInt(m.group(2)), m.group(3),
                user == null || user.isBlank() ? System.getProperty("user.name") : user, null, ssl);
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return user + " @ " + host + ":" + port + "/" + database + " (TLS " + sslMode + ")";
    }
}
