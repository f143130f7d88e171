package io.reelbase.persistence;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a password from a PostgreSQL password file ({@code ~/.pgpass} or {@code PGPASSFILE}):
 * lines of {@code hostname:port:database:username:password}, {@code *} matching anything,
 * {@code \:} and {@code \\} escaped. The first matching line wins.
 */
public final class PgPass {
    private PgPass() {
    }

    public static Optional<String> lookup(Path file, String jdbcUrl, String user) {
        if (file == null || !Files.isReadable(file)) {
            return Optional.empty();
        }
        Target t = Target.of(jdbcUrl);
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> f = split(line);
                if (f.size() != 5) {
                    continue;
                }
                if (matches(f.get(0), t.host) && matches(f.get(1), t.port) && matches(f.get(2), t.database)
                        && matches(f.get(3), user)) {
                    return Optional.of(f.get(4));
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean matches(String pattern, String value) {
        return pattern.equals("*") || pattern.equals(value);
    }

    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                cur.append(line.charAt(++i));
            } else if (c == ':' && fields.size() < 4) {
                fields.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        fields.add(cur.toString());
        return fields;
    }

    /** Host, port and database of a {@code jdbc:postgresql://host[:port]/db[?...]} URL. */
    record Target(String host, String port, String database) {
        static Target of(String jdbcUrl) {
            try {
                URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
                String host = uri.getHost() == null ? "localhost" : uri.getHost();
                String port = uri.getPort() < 0 ? "5432" : String.valueOf(uri.getPort());
                String path = uri.getPath() == null ? "" : uri.getPath();
                String db = path.startsWith("/") ? path.substring(1) : path;
                return new Target(host, port, db);
            } catch (IllegalArgumentException e) {
                return new Target("", "", "");
            }
        }
    }
}
