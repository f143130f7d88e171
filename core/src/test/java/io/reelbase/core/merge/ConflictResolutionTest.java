package io.reelbase.core.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelbase.core.asset.AssetSnapshot;
import io.reelbase.core.asset.AssetStatus;
import io.reelbase.core.asset.ReviewStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Answers as the conflict screen gives them: mine, theirs, typed; bad typing refused with a reason. */
class ConflictResolutionTest {
    private static AssetSnapshot record(String title, ReviewStatus review, List<String> tags, Map<String, Object> custom) {
        return new AssetSnapshot(title, null, AssetStatus.PROCESSED, review, custom, Map.of(), tags);
    }

    private final AssetSnapshot base = record("Harbour", ReviewStatus.PENDING_REVIEW, List.of("sea"), Map.of("rights", "unknown"));
    private final AssetSnapshot mine = record("Harbour, mine", ReviewStatus.APPROVED, List.of("sea", "gulls"), Map.of("rights", "CC-BY"));
    private final AssetSnapshot theirs = record("Harbour, theirs", ReviewStatus.REJECTED, List.of("Gulls"), Map.of());
    private final MergeResult merge = AssetMerge.merge(base, mine, theirs);

    private Clash clash(Clash.Field f) {
        return merge.clashes().stream().filter(c -> c.field() == f).findFirst().orElseThrow();
    }

    @Test
    void typedValuesMineAndTheirsMakeTheRecord() {
        assertThat(merge.clashes()).extracting(Clash::field).containsExactly(Clash.Field.TITLE, Clash.Field.REVIEW_STATUS,
                Clash.Field.TAG, Clash.Field.CUSTOM_FIELD);
        AssetSnapshot r = ConflictResolution.apply(merge, List.of(ClashAnswer.typed(clash(Clash.Field.TITLE), "  Harbour, ours "),
                ClashAnswer.typed(clash(Clash.Field.REVIEW_STATUS), "pending review"), ClashAnswer.theirs(clash(Clash.Field.TAG)),
                ClashAnswer.theirs(clash(Clash.Field.CUSTOM_FIELD))));
        assertThat(r.title()).isEqualTo("Harbour, ours");
        assertThat(r.reviewStatus()).isEqualTo(ReviewStatus.PENDING_REVIEW);
        assertThat(r.tags()).as("sea was removed by theirs only: removed").containsExactly("Gulls");
        assertThat(r.customFields()).as("theirs removed the key").isEmpty();
    }

    @Test
    void keepingMineKeepsAKeyTheyRemoved() {
        AssetSnapshot r = ConflictResolution.apply(merge, List.of(ClashAnswer.mine(clash(Clash.Field.CUSTOM_FIELD))));
        assertThat(r.customFields()).containsExactly(Map.entry("rights", "CC-BY"));
        assertThat(r.title()).as("an unanswered clash keeps the base").isEqualTo("Harbour");
    }

    @Test
    void aBlankTitleOrAnUnknownReviewStatusIsRefusedWithTheReason() {
        assertThatThrownBy(() -> ConflictResolution.apply(merge, List.of(ClashAnswer.typed(clash(Clash.Field.TITLE), " "))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A title is required.");
        assertThatThrownBy(() -> ConflictResolution.apply(merge, List.of(ClashAnswer.typed(clash(Clash.Field.REVIEW_STATUS), "done"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\u201cdone\u201d is not a review status");
    }

    @Test
    void anEmptyTypedTagRemovesIt() {
        AssetSnapshot r = ConflictResolution.apply(merge, List.of(ClashAnswer.typed(clash(Clash.Field.TAG), "")));
        assertThat(r.tags()).isEmpty();
    }
}
