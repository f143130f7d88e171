package io.reelbase.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.persistence.DatabaseSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ConnectionOptionsTest {

    private static DatabaseSettings parse(Map<String, String> env, String home, String... args) {
        ConnectionOptions options = new ConnectionOptions();
        new CommandLine(options).parseArgs(args);
        return options.toSettings(env, home, "osuser");
    }

    @Test
    void withNothingConfiguredTheEmbeddedDatabaseLivesInTheXdgDataDirectory() {
        assertThat(parse(Map.of(), "/home/ann")).satisfies(s -> {
            assertThat(s.mode()).isEqualTo(DatabaseSettings.Mode.EMBEDDED);
            assertThat(s.dataHome()).isEqualTo(Path.of("/home/ann/.local/share/reelbase"));
        });
        assertThat(parse(Map.of("XDG_DATA_HOME", "/data/ann"), "/home/ann").dataHome())
                .isEqualTo(Path.of("/data/ann/reelbase"));
        assertThat(parse(Map.of("XDG_DATA_HOME", "/data/ann", "REELBASE_HOME", "/srv/rb"), "/home/ann").dataHome())
                .isEqualTo(Path.of("/srv/rb"));
        assertThat(parse(Map.of("REELBASE_HOME", "/srv/rb"), "/home/ann", "--data-dir", "/mnt/laptop").dataHome())
                .isEqualTo(Path.of("/mnt/laptop"));
    }

    @Test
    void aServerUrlWithUserPasswordAndTlsMode() {
        DatabaseSettings s = parse(Map.of(), "/home/ann", "--db", "jdbc:postgresql://db.example.org/reelbase",
                "--user", "ann", "--password=s3cret", "--sslmode", "verify-full");
        assertThat(s.mode()).isEqualTo(DatabaseSettings.Mode.SERVER);
        assertThat(s.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.org/reelbase?sslmode=verify-full");
        assertThat(s.user()).isEqualTo("ann");
        assertThat(s.password()).isEqualTo("s3cret");
    }

    @Test
    void thePasswordComesFromTheEnvironmentThenThePgpassFile(@TempDir Path home) throws Exception {
        Files.writeString(home.resolve(".pgpass"), String.join("\n",
                "# comment",
                "other.example.org:5432:*:ann:wrong",
                "db.example.org:5432:reelbase:ann:from\\:pgpass",
                "*:*:*:*:fallback"));
        String url = "jdbc:postgresql://db.example.org:5432/reelbase";
        assertThat(parse(Map.of("REELBASE_DB_PASSWORD", "from-env"), home.toString(), "--db", url, "-U", "ann").password())
                .isEqualTo("from-env");
        assertThat(parse(Map.of(), home.toString(), "--db", url, "-U", "ann").password()).isEqualTo("from:pgpass");
        assertThat(parse(Map.of(), home.toString(), "--db", url, "-U", "bob").password()).isEqualTo("fallback");
        assertThat(parse(Map.of("REELBASE_DB_URL", url, "REELBASE_DB_USER", "ann"), home.toString()).password())
                .isEqualTo("from:pgpass");
    }

    @Test
    void withoutAUserTheOsUserLogsIn() {
        assertThat(parse(Map.of(), "/home/ann", "--db", "jdbc:postgresql://h/db").user()).isEqualTo("osuser");
    }
}
