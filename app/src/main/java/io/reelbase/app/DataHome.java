package io.reelbase.app;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where Reelbase keeps a person's own data (embedded database, logs, caches): {@code --data-dir},
 * else {@code REELBASE_HOME}, else {@code $XDG_DATA_HOME/reelbase}, else {@code ~/.local/share/reelbase}.
 */
public final class DataHome {
    private DataHome() {
    }

    public static Path resolve(String dataDirOption, Map<String, String> env, String userHome) {
        if (dataDirOption != null && !dataDirOption.isBlank()) {
            return Path.of(dataDirOption).toAbsolutePath().normalize();
        }
        String home = env.get("REELBASE_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "reelbase");
        }
        return Path.of(userHome, ".local", "share", "reelbase");
    }

    /** Finds {@code --data-dir} in raw arguments, before anything else is parsed (the log directory depends on it). */
    public static String optionIn(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--data-dir=")) {
                return args[i].substring("--data-dir=".length());
            }
        }
        return null;
    }
}
