package io.reelbase.core.merge;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.core.asset.AssetSnapshot;
import io.reelbase.core.asset.AssetStatus;
import io.reelbase.core.asset.ReviewStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The merge rules, for all inputs: what neither side changed stays, a change made by one side is never lost. */
class AssetMergePropertiesTest {
    /** Small vocabularies, so that sides often change the same fields and tags. */
    private static final List<String> WORDS = List.of("harbour", "pier", "dawn", "night", "boats", "Sea", "sea", "wide");

    @Provide
    Arbitrary<AssetSnapshot> snapshots() {
        return snapshotsOf();
    }

    /** Records of an asset drawn from small vocabularies (for this and the other merge properties). */
    static Arbitrary<AssetSnapshot> snapshotsOf() {
        Arbitrary<String> title = Arbitraries.of("Harbour", "Pier", "Dunes", "Harbour at dawn");
        Arbitrary<String> description = Arbitraries.of(WORDS).list().ofMaxSize(6).map(w -> String.join(" ", w))
                .injectDuplicates(0.3);
        Arbitrary<ReviewStatus> review = Arbitraries.of(ReviewStatus.class);
        Arbitrary<List<String>> tags = Arbitraries.of(WORDS).list().ofMaxSize(4);
        Arbitrary<Map<String, Object>> fields = Arbitraries.maps(Arbitraries.of("rights", "take", "camera"),
                Arbitraries.of((Object) "editorial", 3, true, "Ann")).ofMaxSize(3);
        return Combinators.combine(title, description, review, tags, fields, fields).as((t, d, r, g, c, o) ->
                AssetMerge.normalised(new AssetSnapshot(t, d, AssetStatus.PROCESSED, r, c, o, g)));
    }

    @Property
    void withNoChangeOnTheirSideTheMergeIsMine(@ForAll("snapshots") AssetSnapshot base, @ForAll("snapshots") AssetSnapshot mine) {
        MergeResult r = AssetMerge.merge(base, mine, base);
        assertThat(r.clashes()).isEmpty();
        assertThat(r.merged()).isEqualTo(mine);
    }

    @Property
    void withNoChangeOnMySideTheMergeIsTheirs(@ForAll("snapshots") AssetSnapshot base, @ForAll("snapshots") AssetSnapshot theirs) {
        MergeResult r = AssetMerge.merge(base, base, theirs);
        assertThat(r.clashes()).isEmpty();
        assertThat(r.merged()).isEqualTo(theirs);
    }

    @Property
    void theSameEditOnBothSidesAgrees(@ForAll("snapshots") AssetSnapshot base, @ForAll("snapshots") AssetSnapshot both) {
        MergeResult r = AssetMerge.merge(base, both, both);
        assertThat(r.clashes()).isEmpty();
        assertThat(r.merged()).isEqualTo(both);
    }

    @Property
    void itDoesNotMatterWhichSideIsMine(@ForAll("snapshots") AssetSnapshot base, @ForAll("snapshots") AssetSnapshot mine,
                                         @ForAll("snapshots") AssetSnapshot theirs) {
        MergeResult one = AssetMerge.merge(base, mine, theirs);
        MergeResult other = AssetMerge.merge(base, theirs, mine);
        assertThat(other.merged()).isEqualTo(one.merged());
        assertThat(other.clashes()).isEqualTo(one.clashes().stream().map(Clash::swapped).toList());
    }

    @Property
    void aChangeMadeByOneSideOnlyIsNeverLost(@ForAll("snapshots") AssetSnapshot base, @ForAll("snapshots") AssetSnapshot mine,
                                             @ForAll("snapshots") AssetSnapshot theirs) {
        AssetSnapshot m = AssetMerge.merge(base, mine, theirs).merged();
        if (theirs.title().equals(base.title())) {
            assertThat(m.title()).isEqualTo(mine.title());
        }
        if (theirs.reviewStatus() == base.reviewStatus()) {
            assertThat(m.reviewStatus()).isEqualTo(mine.reviewStatus());
        }
        if (java.util.Objects.equals(theirs.description(), base.description())) {
            assertThat(m.description()).isEqualTo(mine.description());
        }
        for (String key : union(base.customFields(), mine.customFields())) {
            if (java.util.Objects.equals(theirs.customFields().get(key), base.customFields().get(key))
                    && theirs.customFields().containsKey(key) == base.customFields().containsKey(key)) {
                assertThat(m.customFields().get(key)).as(key).isEqualTo(mine.customFields().get(key));
                assertThat(m.customFields().containsKey(key)).isEqualTo(mine.customFields().containsKey(key));
            }
        }
        for (String tag : lower(mine.tags())) {
            boolean inBase = lower(base.tags()).contains(tag);
            boolean inTheirs = lower(theirs.tags()).contains(tag);
            if (!inBase && !inTheirs) {
                assertThat(lower(m.tags())).as("a tag only I added").contains(tag);
            }
        }
        for (String tag : lower(base.tags())) {
            if (!lower(mine.tags()).contains(tag) && spelling(theirs, tag).equals(spelling(base, tag))) {
                assertThat(lower(m.tags())).as("a tag only I removed").doesNotContain(tag);
            }
        }
    }

    @Property
    void changesToDifferentFieldsNeverClash(@ForAll("snapshots") AssetSnapshot base, @ForAll("snapshots") AssetSnapshot other) {
        // Mine changes the title and the tags, theirs the review status and the custom fields.
        AssetSnapshot mine = new AssetSnapshot(other.title(), base.description(), base.status(), base.reviewStatus(),
                base.customFields(), base.operationalTags(), other.tags());
        AssetSnapshot theirs = new AssetSnapshot(base.title(), base.description(), base.status(), other.reviewStatus(),
                other.customFields(), base.operationalTags(), base.tags());
        MergeResult r = AssetMerge.merge(base, mine, theirs);
        assertThat(r.clashes()).isEmpty();
        assertThat(r.merged()).isEqualTo(new AssetSnapshot(other.title(), base.description(), base.status(),
                other.reviewStatus(), other.customFields(), base.operationalTags(), other.tags()));
    }

    private static Set<String> union(Map<String, Object> a, Map<String, Object> b) {
        Set<String> s = new java.util.TreeSet<>(a.keySet());
        s.addAll(b.keySet());
        return s;
    }

    private static List<String> lower(List<String> tags) {
        List<String> out = new ArrayList<>();
        tags.forEach(t -> out.add(t.toLowerCase(java.util.Locale.ROOT)));
        return out;
    }

    private static String spelling(AssetSnapshot s, String lowerName) {
        return s.tags().stream().filter(t -> t.equalsIgnoreCase(lowerName)).findFirst().orElse("");
    }
}
