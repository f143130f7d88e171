package io.reelbase.core.user;

import java.time.Instant;
import java.util.List;

/**
 * The people who may log in to a catalogue, as an admin manages them: each is a database login role of their own,
 * a member of one group role, with a profile. The database checks that the caller is an admin (a person may change
 * only their own password); a password is used once, to make the server's SCRAM verifier, and never kept.
 */
public interface People {
    /** One person: their login, name, role, whether their profile is active and the server lets them log in. */
    record Person(String login, String displayName, AppRole role, boolean active, boolean canLogIn, Instant lastLogin) {
    }

    /**
     * Adds a person: a new login with {@code password}, or with {@code password} null an existing login of the
     * server that is not yet anyone's.
     */
    void add(String login, String displayName, AppRole role, char[] password);

    void setRole(String login, AppRole role);

    /** A disabled person keeps their profile and history; the server refuses their login until enabled. */
    void setEnabled(String login, boolean enabled);

    void setPassword(String login, char[] password);

    List<Person> list();
}
