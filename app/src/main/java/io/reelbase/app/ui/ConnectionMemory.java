package io.reelbase.app.ui;

import io.reelbase.app.feature.login.ServerLogin;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The last server connection that worked, in the data directory's {@code connection.properties}: never a password. */
final class ConnectionMemory {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionMemory.class);
    private final Path file;

    ConnectionMemory(Path dataHome) {
        this.file = dataHome.resolve("connection.properties");
    }

    Optional<ServerLogin> last() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            return Optional.of(ServerLogin.of(p.getProperty("url"), p.getProperty("user")));
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Cannot read {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    void remember(ServerLogin login) {
        Properties p = new Properties();
        p.setProperty("url", login.jdbcUrl());
        p.setProperty("user", login.user());
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                p.store(out, "The last server Reelbase connected to (no password is ever kept)");
            }
        } catch (IOException e) {
            LOG.warn("Cannot remember the connection in {}: {}", file, e.getMessage());
        }
    }
}
