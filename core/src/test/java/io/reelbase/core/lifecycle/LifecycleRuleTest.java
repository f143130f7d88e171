package io.reelbase.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelbase.core.asset.StorageTier;
import org.junit.jupiter.api.Test;

class LifecycleRuleTest {

    private static LifecycleRule rule(Integer archive, Integer delete, StorageTier tier) {
        return new LifecycleRule(null, "Rule", null, null, null, null, null, archive, delete, tier, 1, true);
    }

    @Test
    void aRuleMustDoSomethingAndDeleteAfterItArchives() {
        assertThat(rule(30, 365, null).deleteAfterDays()).isEqualTo(365);
        assertThat(rule(null, null, StorageTier.COLD).moveToTier()).isEqualTo(StorageTier.COLD);
        assertThatThrownBy(() -> rule(null, null, null)).hasMessageContaining("does nothing");
        assertThatThrownBy(() -> rule(30, 30, null)).hasMessageContaining("must come later");
        assertThatThrownBy(() -> rule(0, null, null)).hasMessageContaining("at least one day");
    }
}
