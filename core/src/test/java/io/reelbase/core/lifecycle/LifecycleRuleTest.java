package io.reelbase.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.ReviewStatus;
import io.reelbase.core.asset.SourceSystem;
import io.reelbase.core.asset.StorageTier;
import org.junit.jupiter.api.Test;

class LifecycleRuleTest {

    private static LifecycleRule rule(Integer archive, Integer delete, StorageTier tier) {
        return new LifecycleRule(null, "Rule", null, null, null, tier, null, archive, delete, 1, true);
    }

    @Test
    void aRuleMustDoSomethingAndDeleteAfterItArchives() {
        assertThat(rule(30, 365, null).deleteAfterDays()).isEqualTo(365);
        assertThat(rule(null, null, StorageTier.COLD).moveToTier()).isEqualTo(StorageTier.COLD);
        assertThat(rule(null, null, StorageTier.COLD).moveAfterDays()).as("a move with no days moves at once").isZero();
        assertThatThrownBy(() -> rule(null, null, null)).hasMessageContaining("does nothing");
        assertThatThrownBy(() -> rule(30, 30, null)).hasMessageContaining("must come later");
        assertThatThrownBy(() -> rule(0, null, null)).hasMessageContaining("at least 1 day");
        assertThatThrownBy(() -> new LifecycleRule(null, "Where to?", null, null, null, null, 30, null, null, 1, true))
                .hasMessageContaining("to which tier");
        assertThatThrownBy(() -> new LifecycleRule(null, " ", null, null, null, StorageTier.COLD, 1, null, null, 1, true))
                .hasMessageContaining("needs a name");
        assertThatThrownBy(() -> new LifecycleRule(null, "Rule", null, null, null, StorageTier.COLD, 1, null, null, -1, true))
                .hasMessageContaining("priority");
    }

    @Test
    void aRuleSaysWhatItDoesInPlainWords() {
        LifecycleRule cold = LifecycleRule.of("Cold rushes", RuleFilter.ANY.withType(AssetType.VIDEO).withSource(SourceSystem.WATCH_FOLDER),
                LifecycleAction.MOVE, StorageTier.COLD, 30, 100);
        assertThat(cold.describe()).isEqualTo("Videos, from watch folders: move to COLD after 30 days since ingest");
        LifecycleRule rejects = LifecycleRule.of("Rejects", RuleFilter.ANY.withReview(ReviewStatus.REJECTED).withTag("blurry"),
                LifecycleAction.DELETE, null, 90, 10);
        assertThat(rejects.describe()).isEqualTo("All assets, rejected, tagged \u2018blurry\u2019: delete after 90 days since ingest");
        assertThat(RuleFilter.ANY.describe()).isEqualTo("all assets");
        assertThatThrownBy(() -> LifecycleRule.of("P", RuleFilter.ANY, LifecycleAction.PURGE, null, 1, 1)).hasMessageContaining("grace period");
    }
}
