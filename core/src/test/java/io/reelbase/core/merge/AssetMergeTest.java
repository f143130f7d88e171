package io.reelbase.core.merge;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.core.asset.AssetSnapshot;
import io.reelbase.core.asset.AssetStatus;
import io.reelbase.core.asset.ReviewStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The merge on the cases editors meet. */
class AssetMergeTest {
    private static AssetSnapshot s(String title, String description, ReviewStatus review, List<String> tags,
                                   Map<String, Object> fields) {
        return new AssetSnapshot(title, description, AssetStatus.PROCESSED, review, fields, Map.of(), tags);
    }

    private final AssetSnapshot base = s("Harbour", "Wide shot of the harbour at dawn.\nBoats leave.\nGulls.",
            ReviewStatus.DRAFT, List.of("sea", "boats"), Map.of("rights", "editorial", "take", 3));

    @Test
    void differentFieldsAndDifferentTagsMergeWithoutAsking() {
        AssetSnapshot mine = s("Harbour at dawn", base.description(), ReviewStatus.DRAFT, List.of("sea", "boats", "dawn"),
                Map.of("rights", "editorial", "take", 3));
        AssetSnapshot theirs = s("Harbour", base.description(), ReviewStatus.PENDING_REVIEW, List.of("sea"),
                Map.of("rights", "editorial", "take", 4, "camera", "FX6"));
        MergeResult r = AssetMerge.merge(base, mine, theirs);
        assertThat(r.clean()).isTrue();
        assertThat(r.merged().title()).isEqualTo("Harbour at dawn");
        assertThat(r.merged().reviewStatus()).isEqualTo(ReviewStatus.PENDING_REVIEW);
        assertThat(r.merged().tags()).as("mine added dawn, theirs removed boats: both").containsExactly("dawn", "sea");
        assertThat(r.merged().customFields()).containsEntry("take", 4).containsEntry("camera", "FX6").containsEntry("rights", "editorial");
    }

    @Test
    void theDescriptionMergesLineByLineWhereTheSidesTouchedDifferentLines() {
        AssetSnapshot mine = s("Harbour", "Wide shot of the harbour at first light.\nBoats leave.\nGulls.", ReviewStatus.DRAFT,
                base.tags(), base.customFields());
        AssetSnapshot theirs = s("Harbour", "Wide shot of the harbour at dawn.\nBoats leave.\nGulls circle overhead.",
                ReviewStatus.DRAFT, base.tags(), base.customFields());
        MergeResult r = AssetMerge.merge(base, mine, theirs);
        assertThat(r.clashes()).isEmpty();
        assertThat(r.merged().description()).isEqualTo("Wide shot of the harbour at first light.\nBoats leave.\nGulls circle overhead.");
    }

    @Test
    void oneLineMergesWordByWordAndTheSameWordChangedTwiceClashes() {
        AssetSnapshot b = s("A", "Ann films the pier at dawn", ReviewStatus.DRAFT, List.of(), Map.of());
        AssetSnapshot mine = s("A", "Bob films the pier at dawn", ReviewStatus.DRAFT, List.of(), Map.of());
        AssetSnapshot theirs = s("A", "Ann films the pier at dusk", ReviewStatus.DRAFT, List.of(), Map.of());
        assertThat(AssetMerge.merge(b, mine, theirs).merged().description()).isEqualTo("Bob films the pier at dusk");
        AssetSnapshot theirs2 = s("A", "Cleo films the pier at dawn", ReviewStatus.DRAFT, List.of(), Map.of());
        MergeResult r = AssetMerge.merge(b, mine, theirs2);
        assertThat(r.clashes()).containsExactly(new Clash(Clash.Field.DESCRIPTION, "", "Ann films the pier at dawn",
                "Bob films the pier at dawn", "Cleo films the pier at dawn"));
        assertThat(r.merged().description()).as("a clash keeps the base until someone chooses").isEqualTo("Ann films the pier at dawn");
    }

    @Test
    void theSameFieldChangedDifferentlyClashesAndSaysWhat() {
        AssetSnapshot mine = s("Harbour at dawn", base.description(), ReviewStatus.PENDING_REVIEW, List.of("boats"),
                Map.of("rights", "royalty-free", "take", 3));
        AssetSnapshot theirs = s("The harbour", base.description(), ReviewStatus.DRAFT, List.of("SEA", "boats"),
                Map.of("rights", "editorial only", "take", 3));
        MergeResult r = AssetMerge.merge(base, mine, theirs);
        assertThat(r.clashes()).extracting(Clash::describe)
                .containsExactly("title", "tag \u201csea\u201d", "custom field \u201crights\u201d");
        assertThat(r.clashes().get(1)).as("I removed sea, they respelled it").isEqualTo(new Clash(Clash.Field.TAG, "sea", "sea", null, "SEA"));
        assertThat(r.merged().reviewStatus()).as("only mine moved the review").isEqualTo(ReviewStatus.PENDING_REVIEW);
        assertThat(r.merged().title()).isEqualTo("Harbour");
    }

    @Test
    void reviewStatusMovedDifferentlyClashes() {
        AssetSnapshot b = s("A", null, ReviewStatus.PENDING_REVIEW, List.of(), Map.of());
        MergeResult r = AssetMerge.merge(b, s("A", null, ReviewStatus.APPROVED, List.of(), Map.of()),
                s("A", null, ReviewStatus.REJECTED, List.of(), Map.of()));
        assertThat(r.clashes()).containsExactly(new Clash(Clash.Field.REVIEW_STATUS, "", ReviewStatus.PENDING_REVIEW,
                ReviewStatus.APPROVED, ReviewStatus.REJECTED));
    }
}
