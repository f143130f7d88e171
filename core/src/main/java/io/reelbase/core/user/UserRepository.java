package io.reelbase.core.user;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** People's profiles (one per database login role). */
public interface UserRepository {
    List<AppUser> all();

    Optional<AppUser> find(UUID id);

    Optional<AppUser> findByLoginRole(String loginRole);

    /** Inserts a profile without an id, or updates the one with its id. */
    AppUser save(AppUser user);

    /** Records that this person has just logged in. */
    void recordLogin(UUID id);
}
