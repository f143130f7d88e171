package io.reelbase.persistence;

import java.util.List;

/** What {@code reelbase db info} shows: where the catalogue is, the server, and the schema's migrations. */
public record DatabaseInfo(
        DatabaseSettings.Mode mode,
        String jdbcUrl,
        String user,
        String dataDirectory,
        String serverVersion,
        List<Migration> migrations) {

    public DatabaseInfo {
        migrations = List.copyOf(migrations);
    }

    /** One migration and whether it is applied. */
    public record Migration(String version, String description, String state, String installedOn) {
    }

    public long pending() {
        return migrations.stream().filter(m -> m.state().equalsIgnoreCase("Pending")).count();
    }

    public long applied() {
        return migrations.stream().filter(m -> m.state().equalsIgnoreCase("Success")).count();
    }
}
