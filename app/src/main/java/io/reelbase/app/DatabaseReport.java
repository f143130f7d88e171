package io.reelbase.app;

import io.reelbase.persistence.DatabaseInfo;
import java.util.Locale;

/** The connection, server and schema facts as the Database Information window shows them. */
final class DatabaseReport {
    private DatabaseReport() {
    }

    static String of(DatabaseInfo info) {
        StringBuilder sb = new StringBuilder();
        sb.append("JDBC URL:  ").append(info.jdbcUrl()).append('\n');
        sb.append("User:      ").append(info.user()).append('\n');
        sb.append("Server:    PostgreSQL ").append(info.serverVersion()).append('\n');
        if (info.dataDirectory() != null) {
            sb.append("Data:      ").append(info.dataDirectory()).append('\n');
        }
        sb.append("Schema:    ").append(info.applied()).append(" migrations applied, ").append(info.pending()).append(" pending\n\n");
        for (DatabaseInfo.Migration m : info.migrations()) {
            sb.append(String.format(Locale.ROOT, "  V%-3s %-28s %s%n", m.version(), m.description(), m.state()));
        }
        return sb.toString();
    }
}
