package io.reelbase.core.user;

/** What a person may do in Reelbase; enforced by PostgreSQL group roles. */
public enum AppRole {
    ADMIN, CONTENT_MANAGER, EDITOR, DEVELOPER, VIEWER
}
