package io.reelbase.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.NewAsset;
import io.reelbase.core.workflow.Workflow;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A unit of work: the repositories' (Hibernate) and the queue's (plain SQL) writes inside it stand or fall together. */
class SharedTransactionsIT {
    private static Database db;
    private static Workflow stills;

    @BeforeAll
    static void open() {
        db = Database.open(TestDatabases.fresh());
        stills = db.repositories().workflows().findByName("Stills").orElseThrow();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static Asset queued(String title) {
        Asset a = db.repositories().assets().create(NewAsset.of(title, AssetType.IMAGE), "ann");
        db.jobs().enqueue(a.id(), stills, 100, 3, "ann");
        return a;
    }

    @Test
    void theWritesOfAUnitAreKeptTogetherOrNotAtAll() {
        long before = db.repositories().assets().count();
        assertThatThrownBy(() -> db.units().inOne(() -> {
            queued("harbour at dusk");
            throw new IllegalStateException("the disk is full");
        })).hasMessageContaining("the disk is full");
        assertThat(db.repositories().assets().count()).as("neither the asset nor its job").isEqualTo(before);

        Asset kept = db.units().inOne(() -> queued("harbour at dawn"));
        assertThat(db.repositories().assets().find(kept.id())).isPresent();
        assertThat(db.jobs().forAsset(kept.id())).hasSize(1);
    }

    @Test
    void aPartThatFailedKeepsNoneOfTheUnitEvenWhenItsErrorWasCaught() {
        long before = db.repositories().assets().count();
        assertThatThrownBy(() -> db.units().inOne(() -> {
            db.repositories().assets().create(NewAsset.of("pier", AssetType.IMAGE), "ann");
            try {
                db.jobs().enqueue(UUID.randomUUID(), stills, 100, 3, "ann"); // no such asset: refused by the database
            } catch (RuntimeException refused) {
                // carried on regardless
            }
            return null;
        })).hasMessageContaining("none of it was kept");
        assertThat(db.repositories().assets().count()).isEqualTo(before);
        assertThat(queued("pier again").id()).as("the pool's connections are fine afterwards").isNotNull();
    }
}
