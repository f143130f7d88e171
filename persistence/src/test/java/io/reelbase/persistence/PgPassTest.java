package io.reelbase.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PgPassTest {

    @Test
    void theFirstMatchingLineWinsWithWildcardsAndEscapes(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("pgpass"), String.join("\n",
                "db.example.org:5432:reelbase:ann:first",
                "db.example.org:*:*:ann:second",
                "*:*:*:*:any\\:thing\\\\"));
        assertThat(PgPass.lookup(file, "jdbc:postgresql://db.example.org/reelbase", "ann")).contains("first");
        assertThat(PgPass.lookup(file, "jdbc:postgresql://db.example.org:6432/other?sslmode=require", "ann")).contains("second");
        assertThat(PgPass.lookup(file, "jdbc:postgresql://elsewhere/x", "bob")).contains("any:thing\\");
        assertThat(PgPass.lookup(dir.resolve("missing"), "jdbc:postgresql://h/db", "ann")).isEmpty();
    }

    @Test
    void serverSettingsNeverShowThePassword() {
        DatabaseSettings s = DatabaseSettings.server("jdbc:postgresql://h/db", "ann", "secret");
        assertThat(s.describe()).doesNotContain("secret");
        assertThat(s.toString()).doesNotContain("secret").contains("ann");
    }
}
