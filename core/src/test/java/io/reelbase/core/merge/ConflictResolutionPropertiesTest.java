package io.reelbase.core.merge;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.core.asset.AssetSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A person's answers to the clashes, for all inputs: each field takes the side chosen, the rest stays merged. */
class ConflictResolutionPropertiesTest {

    @Provide
    Arbitrary<AssetSnapshot> snapshots() {
        return AssetMergePropertiesTest.snapshotsOf();
    }

    @Provide
    Arbitrary<List<Boolean>> choices() {
        return Arbitraries.of(true, false).list().ofSize(30);
    }

    @Property
    void everyClashTakesTheSideChosenAndNothingElseChanges(@ForAll("snapshots") AssetSnapshot base, @ForAll("snapshots") AssetSnapshot mine,
                                                          @ForAll("snapshots") AssetSnapshot theirs, @ForAll("choices") List<Boolean> mineChosen) {
        MergeResult r = AssetMerge.merge(base, mine, theirs);
        List<ClashAnswer> answers = new ArrayList<>();
        for (int i = 0; i < r.clashes().size(); i++) {
            Clash c = r.clashes().get(i);
            answers.add(mineChosen.get(i % mineChosen.size()) ? ClashAnswer.mine(c) : ClashAnswer.theirs(c));
        }
        AssetSnapshot resolved = ConflictResolution.apply(r, answers);
        for (ClashAnswer a : answers) {
            Object chosen = a.choice() == ClashAnswer.Choice.MINE ? a.clash().mine() : a.clash().theirs();
            assertThat(valueIn(resolved, a.clash())).as(a.clash().describe()).isEqualTo(chosen == AssetMerge.ABSENT_NULL ? "null" : chosen);
        }
        // A field nobody clashed on is as the merge made it.
        if (r.clashes().stream().noneMatch(c -> c.field() == Clash.Field.TITLE)) {
            assertThat(resolved.title()).isEqualTo(r.merged().title());
        }
        if (r.clashes().stream().noneMatch(c -> c.field() == Clash.Field.TAG)) {
            assertThat(resolved.tags()).containsExactlyInAnyOrderElementsOf(r.merged().tags());
        }
    }

    @Property
    void choosingMineOnOneSideIsChoosingTheirsWithTheSidesSwapped(@ForAll("snapshots") AssetSnapshot base,
                                                                 @ForAll("snapshots") AssetSnapshot mine, @ForAll("snapshots") AssetSnapshot theirs) {
        MergeResult one = AssetMerge.merge(base, mine, theirs);
        MergeResult other = AssetMerge.merge(base, theirs, mine);
        AssetSnapshot a = ConflictResolution.apply(one, one.clashes().stream().map(ClashAnswer::mine).toList());
        AssetSnapshot b = ConflictResolution.apply(other, other.clashes().stream().map(ClashAnswer::theirs).toList());
        assertThat(AssetMerge.normalised(a)).isEqualTo(AssetMerge.normalised(b));
    }

    /** The value {@code clash}'s field or key has in {@code s}; null where the tag or key is not there; "null" for a key with no value. */
    private static Object valueIn(AssetSnapshot s, Clash clash) {
        return switch (clash.field()) {
            case TITLE -> s.title();
            case DESCRIPTION -> s.description();
            case REVIEW_STATUS -> s.reviewStatus();
            case TAG -> s.tags().stream().filter(t -> t.toLowerCase(Locale.ROOT).equals(clash.key())).findFirst().orElse(null);
            case CUSTOM_FIELD -> key(s.customFields(), clash.key());
            case OPERATIONAL_TAG -> key(s.operationalTags(), clash.key());
        };
    }

    private static Object key(Map<String, Object> m, String k) {
        return !m.containsKey(k) ? null : m.get(k) == null ? "null" : m.get(k);
    }
}
