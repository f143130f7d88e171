package io.reelbase.core.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssetRulesTest {

    @Test
    void titlesAreTrimmedRequiredAndBounded() {
        assertThat(NewAsset.of("  Dawn  ", AssetType.IMAGE).title()).isEqualTo("Dawn");
        assertThatThrownBy(() -> NewAsset.of("   ", AssetType.IMAGE)).hasMessageContaining("title is required");
        assertThatThrownBy(() -> AssetChanges.none().title("x".repeat(501))).hasMessageContaining("at most 500");
    }

    @Test
    void hashesAreSha256HexInLowerCase() {
        assertThat(NewAsset.of("a", AssetType.VIDEO).withFile("ABCDEF" + "0".repeat(58), 1, "a.mov", null).fileHash())
                .isEqualTo("abcdef" + "0".repeat(58));
        assertThatThrownBy(() -> NewAsset.of("a", AssetType.VIDEO).withFile("xyz", 1, "a.mov", null))
                .hasMessageContaining("SHA-256");
        assertThatThrownBy(() -> NewAsset.of("a", AssetType.VIDEO).withFile("0".repeat(64), -1, "a.mov", null))
                .hasMessageContaining("negative");
    }

    @Test
    void reviewMovesForwardThroughReviewAndBackToDraft() {
        assertThat(ReviewStatus.DRAFT.canMoveTo(ReviewStatus.PENDING_REVIEW)).isTrue();
        assertThat(ReviewStatus.DRAFT.canMoveTo(ReviewStatus.APPROVED)).isFalse();
        assertThat(ReviewStatus.PENDING_REVIEW.canMoveTo(ReviewStatus.APPROVED)).isTrue();
        assertThat(ReviewStatus.PENDING_REVIEW.canMoveTo(ReviewStatus.REJECTED)).isTrue();
        assertThat(ReviewStatus.REJECTED.canMoveTo(ReviewStatus.APPROVED)).isFalse();
        assertThat(ReviewStatus.APPROVED.canMoveTo(ReviewStatus.DRAFT)).isTrue();
        assertThat(ReviewStatus.APPROVED.canMoveTo(ReviewStatus.APPROVED)).as("staying is no move").isTrue();
    }

    @Test
    void customFieldsMayHoldNullsAndAreCopied() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("camera", null);
        fields.put("take", 3);
        AssetChanges changes = AssetChanges.none().customFields(fields);
        fields.put("take", 4);
        assertThat(changes.customFields()).containsEntry("camera", null).containsEntry("take", 3);
        assertThatThrownBy(() -> changes.customFields().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(AssetChanges.none().isEmpty()).isTrue();
        assertThat(changes.isEmpty()).isFalse();
    }
}
