package io.reelbase.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version this build was made as (from the filtered build.properties). */
public final class BuildInfo {
    private BuildInfo() {
    }

    public static String version() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }
}
