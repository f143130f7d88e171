package io.reelbase.app.feature.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.core.asset.AssetChangeNotice;
import io.reelbase.core.asset.VersionOrigin;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The live banner's rules, without a database: which notices make it, what it says, what takes it away. */
class LiveChangesTest {
    private final UUID open = UUID.randomUUID();
    private final List<List<UUID>> reread = new ArrayList<>();
    private UUID inspected = open;
    private final LiveChanges live = new LiveChanges(c -> () -> { }, reread::add, () -> inspected);

    private AssetChangeNotice notice(UUID id, long version, VersionOrigin origin, String summary) {
        return new AssetChangeNotice(id, version, origin, "bob", summary);
    }

    @Test
    void aVersionOfTheOpenAssetSaysWhoChangedWhatAndTheOthersAreOnlyReadAgain() {
        UUID other = UUID.randomUUID();
        live.arrived(List.of(notice(other, 4, VersionOrigin.EDIT, "title")));
        assertThat(live.bannerProperty().get()).isEmpty();
        live.arrived(List.of(notice(open, 5, VersionOrigin.EDIT, "title, 2 tags added")));
        assertThat(live.bannerProperty().get()).isEqualTo("bob changed this asset just now (version 5): title, 2 tags added.");
        assertThat(live.changedSince()).contains(4L);
        live.arrived(List.of(notice(open, 6, VersionOrigin.ROLLBACK, "Restored version 2")));
        assertThat(live.bannerProperty().get()).startsWith("bob brought back earlier values just now (version 6)");
        assertThat(live.changedSince()).as("still from before the first change announced").contains(4L);
        assertThat(reread).containsExactly(List.of(other), List.of(open), List.of(open));
    }

    @Test
    void savingAVersionThatIncludesTheirsOrLookingElsewhereTakesTheBannerAway() {
        live.arrived(List.of(notice(open, 5, VersionOrigin.EDIT, "title")));
        live.savedHere(List.of(TestAssets.asset(open, "Harbour", 5, List.of())));
        assertThat(live.bannerProperty().get()).as("a version from before theirs").isNotEmpty();
        live.savedHere(List.of(TestAssets.asset(open, "Harbour", 6, List.of())));
        assertThat(live.bannerProperty().get()).isEmpty();
        live.arrived(List.of(notice(open, 7, VersionOrigin.BATCH_EDIT, "1 tag added")));
        assertThat(live.bannerProperty().get()).isEqualTo("bob changed this asset just now (version 7): 1 tag added, with other assets.");
        inspected = UUID.randomUUID();
        live.inspecting(inspected);
        assertThat(live.bannerProperty().get()).isEmpty();
        assertThat(live.changedSince()).isEmpty();
    }
}
