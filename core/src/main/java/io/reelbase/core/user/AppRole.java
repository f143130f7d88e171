package io.reelbase.core.user;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a person may do in Reelbase; each is a PostgreSQL group role ({@code reelbase_viewer} ...), which is what
 * enforces it (V13). Each role holds the ones below it: viewer &lt; editor &lt; content manager &lt; admin, and
 * developer (workers) &lt; admin.
 */
public enum AppRole {
    ADMIN("Admin"), CONTENT_MANAGER("Content manager"), EDITOR("Editor"), DEVELOPER("Developer"), VIEWER("Viewer");

    private final String label;

    AppRole(String label) {
        this.label = label;
    }

    /** As people read it: "Content manager". */
    public String label() {
        return label;
    }

    /** The group role in the database. */
    public String groupRole() {
        return "reelbase_" + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** This role and every role it holds. */
    public Set<AppRole> holds() {
        return switch (this) {
            case ADMIN -> EnumSet.allOf(AppRole.class);
            case CONTENT_MANAGER -> EnumSet.of(CONTENT_MANAGER, EDITOR, VIEWER);
            case EDITOR -> EnumSet.of(EDITOR, VIEWER);
            case DEVELOPER -> EnumSet.of(DEVELOPER, VIEWER);
            case VIEWER -> EnumSet.of(VIEWER);
        };
    }
}
