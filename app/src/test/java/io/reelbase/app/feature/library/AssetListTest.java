package io.reelbase.app.feature.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.app.ui.ManualTasks;
import io.reelbase.core.asset.AssetFilter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The list on screen and its counts, without a database, with answers arriving in any order. */
class AssetListTest {
    private final ManualTasks tasks = new ManualTasks();
    private final AssetList list = new AssetList(TestAssets.search(List.of(TestAssets.asset("Harbour at dawn", 1),
            TestAssets.asset("Pier", 1), TestAssets.asset("Harbour wall", 1))), tasks);

    private List<String> titles() {
        return list.rows().stream().map(AssetRow::title).toList();
    }

    @Test
    void anOlderAnswerNeverReplacesANewerOne() {
        List<String> firstPages = new ArrayList<>();
        list.load(AssetFilter.ALL.withText("harb"), "assets", rows -> firstPages.add("harb"));
        list.load(AssetFilter.ALL.withText("pier"), "assets", rows -> firstPages.add("pier"));
        assertThat(tasks.pending()).hasSize(2);
        tasks.pending().get(1).finish();
        assertThat(titles()).containsExactly("Pier");
        tasks.finishOldest();
        assertThat(titles()).as("the answer for \"harb\" came late and was dropped").containsExactly("Pier");
        assertThat(firstPages).containsExactly("pier");
        assertThat(list.loadingProperty().get()).isFalse();
    }

    @Test
    void theRowsStayOnScreenUntilTheFreshPageReplacesThem() {
        list.load(AssetFilter.ALL, "assets", rows -> { });
        tasks.finishAll();
        assertThat(titles()).hasSize(3);
        list.load(AssetFilter.ALL.withText("wall"), "assets", rows -> { });
        assertThat(titles()).as("no flicker while loading").hasSize(3);
        assertThat(list.loadingProperty().get()).isTrue();
        tasks.finishAll();
        assertThat(titles()).containsExactly("Harbour wall");
    }

    @Test
    void aFailedLoadSaysWhatHappened() {
        AssetList broken = new AssetList(new io.reelbase.core.asset.AssetSearch() {
            @Override
            public io.reelbase.core.Page<io.reelbase.core.asset.Asset, io.reelbase.core.asset.AssetCursor> page(
                    AssetFilter filter, java.util.Optional<io.reelbase.core.asset.AssetCursor> after, int limit) {
                throw new io.reelbase.core.ReelbaseException("The catalogue server cannot be reached.", "Check the network.");
            }

            @Override
            public java.util.Map<io.reelbase.core.asset.Facet, List<io.reelbase.core.asset.FacetCount>> facets(
                    AssetFilter filter, int perFacet, java.util.Set<io.reelbase.core.asset.Facet> which) {
                return java.util.Map.of();
            }

            @Override
            public List<String> suggestTags(String prefix, int limit) {
                return List.of();
            }
        }, tasks);
        broken.load(AssetFilter.ALL, "assets", rows -> { });
        tasks.finishAll();
        assertThat(broken.problemProperty().get()).contains("cannot be reached").contains("Check the network");
        assertThat(broken.loadingProperty().get()).isFalse();
    }

    @Test
    void facetCountsShowOnlyTheLatestList() {
        FacetCounts counts = new FacetCounts(TestAssets.search(List.of(TestAssets.asset("Harbour at dawn", 1),
                TestAssets.asset("Pier", 1))), tasks);
        counts.count(AssetFilter.ALL);
        counts.count(AssetFilter.ALL.withText("pier"));
        tasks.finishAll();
        assertThat(counts.matchingProperty().get()).isEqualTo(1);
    }
}
