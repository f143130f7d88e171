package io.reelbase.app.feature.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServerLoginTest {
    @Test
    void aJdbcUrlFillsTheFormAndTheFormGivesItBackWithoutThePassword() {
        ServerLogin l = ServerLogin.of("jdbc:postgresql://db.example.org:6543/team?sslmode=verify-full&ApplicationName=x", "ann");
        assertThat(l.host()).isEqualTo("db.example.org");
        assertThat(l.port()).isEqualTo(6543);
        assertThat(l.database()).isEqualTo("team");
        assertThat(l.sslMode()).isEqualTo("verify-full");
        assertThat(l.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.org:6543/team?sslmode=verify-full");
        ServerLogin typed = new ServerLogin("db", 5432, "reelbase", "ann", "s3cret".toCharArray(), "prefer");
        assertThat(typed.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/reelbase").doesNotContain("s3cret");
        assertThat(typed.toString()).doesNotContain("s3cret");
        assertThat(ServerLogin.of("jdbc:postgresql://db/reelbase", null).port()).isEqualTo(5432);
    }

    @Test
    void whatCannotBeAConnectionIsSaidPlainly() {
        assertThatThrownBy(() -> new ServerLogin("db", 70000, "reelbase", "ann", null, null)).hasMessageContaining("1 to 65535");
        assertThatThrownBy(() -> new ServerLogin(" ", 5432, "reelbase", "ann", null, null)).hasMessageContaining("server's name");
        assertThatThrownBy(() -> new ServerLogin("db", 5432, "reelbase", "", null, null)).hasMessageContaining("your login");
        assertThatThrownBy(() -> new ServerLogin("db", 5432, "reelbase", "ann", null, "always")).hasMessageContaining("TLS is one of");
    }
}
