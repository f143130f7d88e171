package io.reelbase.core.user;

import java.util.Objects;

/**
 * The person this app is logged in as: their login, the name shown, and the role their login holds in the database
 * (null when it holds none of Reelbase's roles: it can read nothing).
 */
public record SignedIn(String login, String displayName, AppRole role) {
    public SignedIn {
        Objects.requireNonNull(login, "login");
        displayName = displayName == null || displayName.isBlank() ? login : displayName;
    }

    public boolean may(Permission p) {
        return p.grantedTo(role);
    }

    /** "ann (Editor)". */
    public String describe() {
        return displayName + " (" + (role == null ? "no Reelbase role" : role.label()) + ")";
    }
}
