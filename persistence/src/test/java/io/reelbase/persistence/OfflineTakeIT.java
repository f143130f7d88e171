package io.reelbase.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelbase.core.Progress;
import io.reelbase.core.ReelbaseException;
import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetChanges;
import io.reelbase.core.asset.AssetRepository;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.NewAsset;
import io.reelbase.core.asset.VersionOrigin;
import io.reelbase.core.audit.ActionType;
import io.reelbase.core.edit.AssetEdit;
import io.reelbase.core.edit.AssetEdits;
import io.reelbase.core.media.DerivativeKind;
import io.reelbase.core.media.Thumbnail;
import io.reelbase.core.offline.WorkingSet;
import io.reelbase.persistence.offline.OfflineCopy;
import io.reelbase.persistence.offline.WorkingSets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Taking 1,000 assets offline from a server's database into a laptop's catalogue (two databases, one test). */
class OfflineTakeIT {
    private static Database server;
    private static Database laptop;
    private static final List<UUID> ids = new ArrayList<>();

    @BeforeAll
    static void open() {
        server = Database.open(TestDatabases.fresh());
        laptop = Database.open(TestDatabases.fresh());
        AssetRepository assets = server.repositories().assets();
        AssetEdits edits = new AssetEdits(assets, assets, assets);
        for (int i = 0; i < 1000; i++) {
            Asset a = assets.create(NewAsset.of("Reel " + i, i % 4 == 0 ? AssetType.VIDEO : AssetType.IMAGE), "ann");
            ids.add(a.id());
            if (i % 10 == 0) {
                for (int v = 1; v <= 4; v++) {
                    edits.save(AssetEdit.of(a.id(), v, AssetChanges.none().description("Take " + v).tags(List.of("reel", "take" + v))
                            .customFields(Map.of("take", v)), VersionOrigin.EDIT), "ann");
                }
                server.repositories().media().saveDerivative(a.id(), DerivativeKind.THUMBNAIL, 0,
                        new Thumbnail(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) i, (byte) 0xD9}, 320, 180, null, "test"));
            }
        }
    }

    @AfterAll
    static void close() {
        laptop.close();
        server.close();
    }

    @Test
    void everyAssetComesWithItsTagsDerivativesAndNewestVersionsAndRemembersItsBase() {
        WorkingSets sets = new WorkingSets(laptop.dataSource());
        WorkingSet set = sets.create("Vault trip", server.settings().describe(), "ann", 3);
        List<UUID> wanted = new ArrayList<>(ids);
        UUID gone = UUID.randomUUID();
        wanted.add(gone);
        OfflineCopy.Result r = new OfflineCopy(server.dataSource(), laptop.dataSource()).take(set.id(), wanted, 3, Progress.NONE);

        assertThat(r.assets()).isEqualTo(1000);
        assertThat(r.missing()).containsExactly(gone);
        assertThat(r.derivatives()).isEqualTo(100);
        AssetRepository here = laptop.repositories().assets();
        assertThat(here.count()).isEqualTo(1000);
        Asset edited = server.repositories().assets().find(ids.get(10)).orElseThrow();
        Asset copy = here.find(edited.id()).orElseThrow();
        assertThat(copy.title()).isEqualTo(edited.title());
        assertThat(copy.version()).isEqualTo(edited.version()).isEqualTo(5);
        assertThat(copy.tags()).containsExactlyInAnyOrderElementsOf(edited.tags());
        assertThat(copy.customFields()).isEqualTo(edited.customFields());
        assertThat(here.versions(copy.id())).extracting(v -> v.version()).containsExactly(3L, 4L, 5L);
        assertThat(laptop.repositories().media().derivative(copy.id(), DerivativeKind.THUMBNAIL, 0)).isPresent();
        assertThat(here.page(io.reelbase.core.asset.AssetFilter.ALL.withText("Reel 10"), java.util.Optional.empty(), 50).items())
                .as("searchable on the laptop").extracting(Asset::id).contains(copy.id());
        assertThat(laptop.repositories().audit().forAsset(copy.id(), 20)).extracting(x -> x.type())
                .as("copying is not an edit").doesNotContain(ActionType.METADATA_UPDATE);

        WorkingSet listed = sets.find("vault trip").orElseThrow();
        assertThat(listed.assets()).isEqualTo(1000);
        assertThat(listed.localChanges()).isZero();
        // An edit on the laptop is a normal local version, and counts as a local change of the set.
        new AssetEdits(here, here, here).save(AssetEdit.of(copy.id(), 5, AssetChanges.none().title("Reel 10, seen in the vault"),
                VersionOrigin.EDIT), "ann");
        assertThat(sets.find("Vault trip").orElseThrow().localChanges()).isEqualTo(1);

        // Taking it again into the same set changes nothing; into another set is refused.
        new OfflineCopy(server.dataSource(), laptop.dataSource()).take(set.id(), List.of(copy.id()), 3, Progress.NONE);
        assertThat(here.find(copy.id()).orElseThrow().title()).isEqualTo("Reel 10, seen in the vault");
        WorkingSet other = sets.create("Train", server.settings().describe(), "ann", null);
        assertThatThrownBy(() -> new OfflineCopy(server.dataSource(), laptop.dataSource()).take(other.id(), List.of(copy.id()), null,
                Progress.NONE)).isInstanceOf(ReelbaseException.class).hasMessageContaining("is already offline in the working set");
        assertThatThrownBy(() -> sets.create("VAULT TRIP", "x", "ann", null)).hasMessageContaining("already a working set");
    }
}
