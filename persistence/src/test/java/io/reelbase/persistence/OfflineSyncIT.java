package io.reelbase.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.core.Progress;
import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetChanges;
import io.reelbase.core.asset.AssetRepository;
import io.reelbase.core.asset.AssetStatus;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.NewAsset;
import io.reelbase.core.asset.VersionOrigin;
import io.reelbase.core.edit.AssetEdit;
import io.reelbase.core.edit.AssetEdits;
import io.reelbase.core.offline.OfflineAsset;
import io.reelbase.core.offline.SyncCheckpoint;
import io.reelbase.core.offline.WorkingSet;
import io.reelbase.core.offline.WorkingSetSync;
import io.reelbase.persistence.offline.OfflineCopy;
import io.reelbase.persistence.offline.OfflineSyncs;
import io.reelbase.persistence.offline.WorkingSets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Syncing a working set back, with a server and a laptop catalogue (two databases): every kind of change, and again. */
class OfflineSyncIT {
    private Database server;
    private Database laptop;
    private AssetRepository there;
    private AssetRepository here;
    private AssetEdits serverEdits;
    private AssetEdits laptopEdits;
    private WorkingSets sets;
    private WorkingSet set;

    @BeforeEach
    void open() {
        server = Database.open(TestDatabases.fresh());
        laptop = Database.open(TestDatabases.fresh());
        there = server.repositories().assets();
        here = laptop.repositories().assets();
        serverEdits = new AssetEdits(there, there, there);
        laptopEdits = new AssetEdits(here, here, here);
        sets = new WorkingSets(laptop.dataSource());
    }

    @AfterEach
    void close() {
        laptop.close();
        server.close();
    }

    private Asset make(String title, List<String> tags, String description) {
        Asset a = there.create(NewAsset.of(title, AssetType.IMAGE), "ann");
        return serverEdits.save(AssetEdit.of(a.id(), 1, AssetChanges.none().tags(tags).description(description)
                .customFields(Map.of("rights", "editorial")), VersionOrigin.EDIT), "ann").asset();
    }

    private void take(List<Asset> assets) {
        set = sets.create("Trip", server.settings().describe(), "ann", null);
        new OfflineCopy(server.dataSource(), laptop.dataSource()).take(set.id(), assets.stream().map(Asset::id).toList(), null, Progress.NONE);
    }

    private void editHere(Asset a, AssetChanges c) {
        Asset now = here.find(a.id()).orElseThrow();
        laptopEdits.save(AssetEdit.of(a.id(), now.version(), c, VersionOrigin.EDIT), "ann");
    }

    private void editThere(Asset a, AssetChanges c) {
        Asset now = there.find(a.id()).orElseThrow();
        serverEdits.save(AssetEdit.of(a.id(), now.version(), c, VersionOrigin.EDIT), "bob");
    }

    private WorkingSetSync.Report sync(WorkingSetSync.Resolve resolve) {
        return OfflineSyncs.between(server, laptop, SyncCheckpoint.NONE).sync(set.id(), resolve, "ann", Progress.NONE);
    }

    @Test
    void everyKindOfChangeEndsTheSameOnBothSidesAndASecondSyncChangesNothing() {
        Asset onlyHere = make("Glacier", List.of("ice"), "Blue ice.");
        Asset onlyThere = make("Moraine", List.of("rock"), "Gravel.");
        Asset both = make("Fjord", List.of("water", "boat"), "Line one.\nLine two.\nLine three.\n");
        Asset clash = make("Summit", List.of("peak"), null);
        Asset archived = make("Camp", List.of(), null);
        Asset untouched = make("Tent", List.of(), null);
        take(List.of(onlyHere, onlyThere, both, clash, archived, untouched));

        editHere(onlyHere, AssetChanges.none().title("Glacier at noon").tags(List.of("ice", "sun")));
        editThere(onlyThere, AssetChanges.none().description("Gravel and sand."));
        editHere(both, AssetChanges.none().description("Line one, edited here.\nLine two.\nLine three.\n").tags(List.of("water", "boat", "gull")));
        editThere(both, AssetChanges.none().description("Line one.\nLine two.\nLine three, edited there.\n").tags(List.of("water")));
        editHere(clash, AssetChanges.none().title("Summit, my title"));
        editThere(clash, AssetChanges.none().title("Summit, their title"));
        Asset camp = there.find(archived.id()).orElseThrow();
        there.changeStatus(camp.id(), camp.version(), AssetStatus.ARCHIVED, "bob");

        WorkingSetSync.Report r = sync(WorkingSetSync.Resolve.ASK);
        assertThat(r.pushed()).isEqualTo(2);
        assertThat(r.pulled()).isEqualTo(1);
        assertThat(r.unchanged()).isEqualTo(1);
        assertThat(r.clashes()).singleElement().satisfies(c -> assertThat(c.conflict().asset().id()).isEqualTo(clash.id()));
        assertThat(r.notSynced()).singleElement().asString().contains("archived on the server");

        for (Asset a : List.of(onlyHere, onlyThere, both, untouched)) {
            Asset s = there.find(a.id()).orElseThrow();
            Asset l = here.find(a.id()).orElseThrow();
            assertThat(List.of(l.title(), String.valueOf(l.description()), l.customFields(), l.reviewStatus()))
                    .as(a.title()).isEqualTo(List.of(s.title(), String.valueOf(s.description()), s.customFields(), s.reviewStatus()));
            assertThat(l.tags()).as(a.title()).containsExactlyInAnyOrderElementsOf(s.tags());
        }
        assertThat(there.find(onlyHere.id()).orElseThrow().title()).isEqualTo("Glacier at noon");
        assertThat(there.versions(onlyHere.id())).last().satisfies(v -> assertThat(v.origin()).isEqualTo(VersionOrigin.SYNC));
        assertThat(here.find(onlyThere.id()).orElseThrow().description()).isEqualTo("Gravel and sand.");
        Asset fjord = there.find(both.id()).orElseThrow();
        assertThat(fjord.description()).isEqualTo("Line one, edited here.\nLine two.\nLine three, edited there.\n");
        assertThat(fjord.tags()).as("gull added here, boat removed there").containsExactlyInAnyOrder("water", "gull");
        assertThat(there.find(clash.id()).orElseThrow().title()).as("a clash writes nothing").isEqualTo("Summit, their title");
        assertThat(here.find(clash.id()).orElseThrow().title()).isEqualTo("Summit, my title");
        assertThat(sets.members(set.id())).filteredOn(m -> m.assetId().equals(archived.id()))
                .singleElement().satisfies(m -> assertThat(m.serverState()).isEqualTo(OfflineAsset.ServerState.ARCHIVED));

        // Again: nothing new anywhere, no version doubled.
        Map<UUID, Long> serverVersions = versions(there, List.of(onlyHere, onlyThere, both, untouched));
        Map<UUID, Long> laptopVersions = versions(here, List.of(onlyHere, onlyThere, both, untouched));
        WorkingSetSync.Report again = sync(WorkingSetSync.Resolve.ASK);
        assertThat(again.pushed() + again.pulled()).isZero();
        assertThat(versions(there, List.of(onlyHere, onlyThere, both, untouched))).isEqualTo(serverVersions);
        assertThat(versions(here, List.of(onlyHere, onlyThere, both, untouched))).isEqualTo(laptopVersions);

        // Keeping mine for the clash: saved on the server as a resolved conflict, and both sides agree.
        WorkingSetSync.Report resolved = sync(WorkingSetSync.Resolve.MINE);
        assertThat(resolved.clashes()).isEmpty();
        assertThat(there.find(clash.id()).orElseThrow().title()).isEqualTo("Summit, my title");
        assertThat(there.versions(clash.id())).last().satisfies(v -> assertThat(v.conflictResolved()).isTrue());
        assertThat(sets.find("Trip").orElseThrow().localChanges()).isZero();
    }

    @Test
    void aSyncThatStoppedAfterSendingRunsAgainWithoutSendingTwice() {
        Asset a = make("Harbour", List.of("sea"), null);
        take(List.of(a));
        editHere(a, AssetChanges.none().title("Harbour at dawn"));
        // The push reaches the server, then the sync stops before the laptop takes the result in: as if killed there.
        SyncCheckpoint dies = (step, asset) -> {
            if (step.equals("sent")) {
                throw new IllegalStateException("stopped");
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OfflineSyncs.between(server, laptop, dies)
                .sync(set.id(), WorkingSetSync.Resolve.ASK, "ann", Progress.NONE)).hasMessage("stopped");
        long serverVersion = there.find(a.id()).orElseThrow().version();
        assertThat(there.find(a.id()).orElseThrow().title()).isEqualTo("Harbour at dawn");

        WorkingSetSync.Report r = sync(WorkingSetSync.Resolve.ASK);
        assertThat(r.resumed()).isTrue();
        assertThat(r.clashes()).isEmpty();
        assertThat(there.find(a.id()).orElseThrow().version()).as("no version doubled").isEqualTo(serverVersion);
        assertThat(sets.find("Trip").orElseThrow().localChanges()).isZero();
        assertThat(sync(WorkingSetSync.Resolve.ASK).resumed()).isFalse();
    }

    private static Map<UUID, Long> versions(AssetRepository repo, List<Asset> assets) {
        Map<UUID, Long> out = new java.util.HashMap<>();
        assets.forEach(a -> out.put(a.id(), repo.find(a.id()).orElseThrow().version()));
        return out;
    }
}
