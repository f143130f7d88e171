package io.reelbase.core.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelbase.core.asset.AssetChanges;
import io.reelbase.core.asset.AssetSnapshot;
import io.reelbase.core.asset.AssetStatus;
import io.reelbase.core.asset.AssetVersion;
import io.reelbase.core.asset.ReviewStatus;
import io.reelbase.core.asset.VersionOrigin;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UndoPlanTest {
    private static final UUID ID = UUID.randomUUID();

    private static AssetVersion v(long n, VersionOrigin origin, Long base, AssetSnapshot s) {
        return new AssetVersion(ID, n, UUID.randomUUID(), s, origin, base, "", false, "ann", Instant.EPOCH);
    }

    private static AssetSnapshot s(String title, String description, AssetStatus status, ReviewStatus review, List<String> tags) {
        return new AssetSnapshot(title, description, status, review, Map.of(), Map.of(), tags);
    }

    @Test
    void undoesOnlyTheFieldsTheNewestEditChangedAgainstItsBase() {
        List<AssetVersion> history = List.of(
                v(1, VersionOrigin.CREATE, null, s("Pier", null, AssetStatus.STAGED, ReviewStatus.DRAFT, List.of())),
                v(2, VersionOrigin.EDIT, 1L, s("Pier at night", null, AssetStatus.STAGED, ReviewStatus.DRAFT, List.of("night"))),
                v(3, VersionOrigin.JOB, 2L, s("Pier at night", null, AssetStatus.PROCESSED, ReviewStatus.DRAFT, List.of("night"))));
        UndoPlan plan = UndoPlan.from(history);
        assertThat(plan.undoneVersion()).isEqualTo(2);
        assertThat(plan.changes()).isEqualTo(AssetChanges.none().title("Pier").tags(List.of()));
        assertThat(plan.summary()).isEqualTo("Undid the edit of version 2");
    }

    @Test
    void aClearedDescriptionComesBackAndAnAddedOneIsCleared() {
        List<AssetVersion> history = List.of(
                v(1, VersionOrigin.CREATE, null, s("A", "Wide shot", null, ReviewStatus.DRAFT, List.of())),
                v(2, VersionOrigin.BATCH_EDIT, 1L, s("A", null, null, ReviewStatus.PENDING_REVIEW, List.of())));
        assertThat(UndoPlan.from(history).changes())
                .isEqualTo(AssetChanges.none().description("Wide shot").reviewStatus(ReviewStatus.DRAFT));
    }

    @Test
    void nothingToUndoIsSaid() {
        List<AssetVersion> history = List.of(v(1, VersionOrigin.CREATE, null, s("A", null, null, ReviewStatus.DRAFT, List.of())));
        assertThatThrownBy(() -> UndoPlan.from(history)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no edit to undo");
    }

    @Test
    void theSummarySaysWhatChanged() {
        AssetSnapshot before = s("A", "x", null, ReviewStatus.DRAFT, List.of("sea", "dawn"));
        assertThat(ChangeSummary.of(before, AssetChanges.none().title("B").tags(List.of("Sea", "boats", "pier"))))
                .isEqualTo("title, 2 tags added, 1 tag removed");
        assertThat(ChangeSummary.of(before, AssetChanges.none().description("x").tags(List.of("Dawn", "sea")))).as("same text, tags respelled").isEqualTo("no change");
    }
}
