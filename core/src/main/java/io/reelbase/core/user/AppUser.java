package io.reelbase.core.user;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/** The profile of one person's database login role. */
public record AppUser(
        UUID id,
        String loginRole,
        String displayName,
        String email,
        AppRole role,
        boolean active,
        Instant lastLoginAt,
        Instant createdAt) {

    private static final Pattern ROLE_NAME = Pattern.compile("[a-z_][a-z0-9_$]*");

    public AppUser {
        Objects.requireNonNull(loginRole, "loginRole");
        if (!ROLE_NAME.matcher(loginRole).matches() || loginRole.length() > 63) {
            throw new IllegalArgumentException("'" + loginRole
                    + "' is not a usable login name: use lower-case letters, digits and _, starting with a letter.");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("A display name is required.");
        }
        displayName = displayName.strip();
        if (email != null && (email.isBlank() || !email.contains("@"))) {
            throw new IllegalArgumentException("'" + email + "' is not an e-mail address.");
        }
        Objects.requireNonNull(role, "role");
    }

    public static AppUser draft(String loginRole, String displayName, String email, AppRole role) {
        return new AppUser(null, loginRole, displayName, email, role, true, null, null);
    }
}
