package io.reelbase.core.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelbase.core.asset.AssetSnapshot;
import io.reelbase.core.asset.AssetStatus;
import io.reelbase.core.asset.ReviewStatus;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Edits as scripts write them, and moments as people write them. */
class FieldAssignmentsTest {
    private final AssetSnapshot base = new AssetSnapshot("Harbour", "Old text", AssetStatus.PROCESSED, ReviewStatus.DRAFT,
            Map.of("rights", "unknown", "take", "3"), Map.of("lane", "fast"), List.of("sea", "Boats"));

    @Test
    void assignmentsAndTagsApplyToTheRecord() {
        AssetSnapshot s = FieldAssignments.apply(base, List.of("title=Harbour at dawn", "review=pending review", "custom.rights=CC-BY",
                "custom.take=", "ops.queue=night", "description="), List.of("gulls", "sea"), List.of("boats"));
        assertThat(s.title()).isEqualTo("Harbour at dawn");
        assertThat(s.reviewStatus()).isEqualTo(ReviewStatus.PENDING_REVIEW);
        assertThat(s.customFields()).containsExactly(Map.entry("rights", "CC-BY"));
        assertThat(s.operationalTags()).containsEntry("queue", "night").containsEntry("lane", "fast");
        assertThat(s.description()).isNull();
        assertThat(s.tags()).containsExactly("sea", "gulls");
    }

    @Test
    void anUnknownFieldAMissingEqualsSignOrABadReviewIsRefusedByName() {
        assertThatThrownBy(() -> FieldAssignments.apply(base, List.of("colour=red"), List.of(), List.of()))
                .hasMessageContaining("\u201ccolour\u201d is not a field that can be set");
        assertThatThrownBy(() -> FieldAssignments.apply(base, List.of("title"), List.of(), List.of()))
                .hasMessageContaining("is not FIELD=VALUE");
        assertThatThrownBy(() -> FieldAssignments.apply(base, List.of("review=done"), List.of(), List.of()))
                .hasMessageContaining("\u201cdone\u201d is not a review status");
        assertThatThrownBy(() -> FieldAssignments.apply(base, List.of("title= "), List.of(), List.of()))
                .hasMessage("A title is required.");
    }

    @Test
    void momentsWithAnOffsetLocalTimesAndDatesAreRead() {
        assertThat(MomentText.parse("2026-11-30T17:00:00Z", ZoneOffset.ofHours(1))).contains(Instant.parse("2026-11-30T17:00:00Z"));
        assertThat(MomentText.parse("2026-11-30 18:00", ZoneOffset.ofHours(1))).contains(Instant.parse("2026-11-30T17:00:00Z"));
        assertThat(MomentText.parse("2026-11-30", ZoneOffset.UTC)).contains(Instant.parse("2026-11-30T00:00:00Z"));
        assertThat(MomentText.parse("yesterday", ZoneOffset.UTC)).isEmpty();
    }
}
