package io.reelbase.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.core.Progress;
import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetChanges;
import io.reelbase.core.asset.AssetRepository;
import io.reelbase.core.asset.AssetSnapshot;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.NewAsset;
import io.reelbase.core.asset.VersionOrigin;
import io.reelbase.core.edit.AssetEdit;
import io.reelbase.core.edit.AssetEdits;
import io.reelbase.core.merge.AssetMerge;
import io.reelbase.core.merge.ClashAnswer;
import io.reelbase.core.merge.ConflictResolution;
import io.reelbase.core.merge.MergeResult;
import io.reelbase.core.offline.SyncCheckpoint;
import io.reelbase.core.offline.WorkingSet;
import io.reelbase.core.offline.WorkingSetSync;
import io.reelbase.persistence.offline.OfflineCopy;
import io.reelbase.persistence.offline.OfflineSyncs;
import io.reelbase.persistence.offline.WorkingSets;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * For any interleaving of edits on the laptop and on the server, with syncs in between, then a last sync keeping
 * mine: no change that only one side made is lost, both sides end with the same record, and a clash writes nothing.
 * On real PostgreSQL: a server and a laptop catalogue, one asset per try.
 */
class OfflineSyncPropertiesIT {
    private static Database server;
    private static Database laptop;

    enum Side { HERE, THERE, SYNC }

    enum Field { TITLE, DESCRIPTION, TAG }

    record Step(Side side, Field field, int value) {
    }

    private static final List<String> TITLES = List.of("Glacier", "Glacier at noon", "Ice field");
    private static final List<String> DESCRIPTIONS = List.of("Blue ice.", "Blue ice.\nA crevasse.\n", "Grey snow.\nA crevasse.\n");
    private static final List<String> TAGS = List.of("ice", "sun", "rock");

    @BeforeContainer
    static void open() {
        server = Database.open(TestDatabases.fresh());
        laptop = Database.open(TestDatabases.fresh());
    }

    @AfterContainer
    static void close() {
        laptop.close();
        server.close();
    }

    @Provide
    Arbitrary<List<Step>> interleavings() {
        Arbitrary<Side> side = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(Side.HERE)),
                Tuple.of(4, Arbitraries.just(Side.THERE)), Tuple.of(1, Arbitraries.just(Side.SYNC)));
        return Combinators.combine(side, Arbitraries.of(Field.class), Arbitraries.integers().between(0, 2))
                .as(Step::new).list().ofMinSize(2).ofMaxSize(12);
    }

    @Property(tries = 40, shrinking = ShrinkingMode.BOUNDED)
    void noChangeOnlyOneSideMadeIsLost(@ForAll("interleavings") List<Step> steps) {
        AssetRepository there = server.repositories().assets();
        AssetRepository here = laptop.repositories().assets();
        Asset a = there.create(NewAsset.of("Glacier", AssetType.IMAGE), "ann");
        WorkingSets sets = new WorkingSets(laptop.dataSource());
        WorkingSet set = sets.create("Try " + UUID.randomUUID(), "server", "ann", null);
        new OfflineCopy(server.dataSource(), laptop.dataSource()).take(set.id(), List.of(a.id()), null, Progress.NONE);
        AssetSnapshot base = snapshot(there, a.id());
        for (Step s : steps) {
            if (s.side() == Side.SYNC) {
                base = syncAndCheck(set, a.id(), base, WorkingSetSync.Resolve.ASK);
            } else {
                edit(s.side() == Side.HERE ? here : there, a.id(), s);
            }
        }
        syncAndCheck(set, a.id(), base, WorkingSetSync.Resolve.MINE);
        assertThat(sets.find(set.name()).orElseThrow().localChanges()).isZero();
    }

    /** One sync, checked against the changes each side made since {@code base}; the new base. */
    private static AssetSnapshot syncAndCheck(WorkingSet set, UUID id, AssetSnapshot base, WorkingSetSync.Resolve resolve) {
        AssetRepository there = server.repositories().assets();
        AssetRepository here = laptop.repositories().assets();
        AssetSnapshot mine = snapshot(here, id);
        AssetSnapshot theirs = snapshot(there, id);
        MergeResult merge = AssetMerge.merge(base, mine, theirs);
        boolean clash = !merge.clashes().isEmpty();
        WorkingSetSync.Report r = OfflineSyncs.between(server, laptop, SyncCheckpoint.NONE).sync(set.id(), resolve, "ann", Progress.NONE);
        AssetSnapshot s = snapshot(there, id);
        AssetSnapshot l = snapshot(here, id);
        if (clash && resolve == WorkingSetSync.Resolve.ASK) {
            assertThat(r.clashes()).hasSize(1);
            assertThat(s).as("a clash writes nothing on the server").isEqualTo(theirs);
            assertThat(l).as("nor here").isEqualTo(mine);
            return base;
        }
        assertThat(r.clashes()).isEmpty();
        assertThat(l).as("both sides hold the same record").isEqualTo(s);
        oneSided(base.title(), mine.title(), theirs.title(), s.title(), "title");
        oneSided(base.descriptionText(), mine.descriptionText(), theirs.descriptionText(), s.descriptionText(), "description");
        for (String tag : TAGS) {
            oneSided(base.tags().contains(tag), mine.tags().contains(tag), theirs.tags().contains(tag), s.tags().contains(tag), "tag " + tag);
        }
        assertThat(s).as("the three-way merge of both sides' changes, clashes answered mine")
                .isEqualTo(ConflictResolution.apply(merge, merge.clashes().stream().map(ClashAnswer::mine).toList()));
        return s;
    }

    private static void oneSided(Object base, Object mine, Object theirs, Object result, String what) {
        if (base.equals(theirs)) {
            assertThat(result).as(what + " changed only here").isEqualTo(mine);
        } else if (base.equals(mine)) {
            assertThat(result).as(what + " changed only on the server").isEqualTo(theirs);
        }
    }

    private static void edit(AssetRepository repo, UUID id, Step s) {
        Asset now = repo.find(id).orElseThrow();
        AssetChanges c = switch (s.field()) {
            case TITLE -> AssetChanges.none().title(TITLES.get(s.value()));
            case DESCRIPTION -> AssetChanges.none().description(DESCRIPTIONS.get(s.value()));
            case TAG -> {
                TreeSet<String> tags = new TreeSet<>(now.tags());
                String tag = TAGS.get(s.value());
                if (!tags.remove(tag)) {
                    tags.add(tag);
                }
                yield AssetChanges.none().tags(List.copyOf(tags));
            }
        };
        new AssetEdits(repo, repo, repo).save(AssetEdit.of(id, now.version(), c, VersionOrigin.EDIT), "ann");
    }

    private static AssetSnapshot snapshot(AssetRepository repo, UUID id) {
        return AssetMerge.normalised(AssetSnapshot.of(repo.find(id).orElseThrow()));
    }
}
