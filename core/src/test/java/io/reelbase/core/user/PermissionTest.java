package io.reelbase.core.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the window offers each role matches what the database grants it (RoleMatrixIT holds the database to it). */
class PermissionTest {
    private static Set<Permission> of(AppRole r) {
        return Arrays.stream(Permission.values()).filter(p -> p.grantedTo(r)).collect(Collectors.toCollection(() -> EnumSet.noneOf(Permission.class)));
    }

    @Test
    void eachRoleIsOfferedWhatItsGroupRoleMayDo() {
        assertThat(of(AppRole.VIEWER)).isEmpty();
        assertThat(of(AppRole.EDITOR)).containsExactlyInAnyOrder(Permission.EDIT_METADATA, Permission.INGEST, Permission.TAKE_OFFLINE);
        assertThat(of(AppRole.CONTENT_MANAGER)).containsExactlyInAnyOrder(Permission.EDIT_METADATA, Permission.INGEST,
                Permission.TAKE_OFFLINE, Permission.APPROVE, Permission.ARCHIVE, Permission.RETRY_JOBS, Permission.READ_AUDIT);
        assertThat(of(AppRole.DEVELOPER)).containsExactly(Permission.RUN_JOBS);
        assertThat(of(AppRole.ADMIN)).containsExactlyInAnyOrder(Permission.values());
        assertThat(Permission.APPROVE.grantedTo(null)).as("a login with no Reelbase role").isFalse();
    }

    @Test
    void aRefusalSaysWhichRoleMay() {
        assertThat(Permission.APPROVE.needs()).isEqualTo("Approving or rejecting needs the Content manager role.");
        assertThat(Permission.MANAGE_PEOPLE.needs()).isEqualTo("Managing people needs the Admin role.");
        assertThat(new SignedIn("ann", "Ann Lee", AppRole.EDITOR).describe()).isEqualTo("Ann Lee (Editor)");
        assertThat(new SignedIn("x", null, null).describe()).isEqualTo("x (no Reelbase role)");
    }
}
