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
    void aPartThatFailsIsUndoneAloneAndTheCallerMayGoOn() {
        long before = db.repositories().assets().count();
        Asset kept = db.units().inOne(() -> {
            Asset pier = db.repositories().assets().create(NewAsset.of("pier", AssetType.IMAGE), "ann");
            assertThatThrownBy(() -> db.jobs().enqueue(UUID.randomUUID(), stills, 100, 3, "ann"))
                    .as("no such asset: refused by the database");
            db.jobs().enqueue(pier.id(), stills, 100, 3, "ann");
            return pier;
        });
        assertThat(db.repositories().assets().count()).isEqualTo(before + 1);
        assertThat(db.jobs().forAsset(kept.id())).as("written after the refused part").hasSize(1);
    }

    @Test
    void aStatementThatFailsOutsideAnyPartKeepsNoneOfTheUnit() throws Exception {
        try (java.sql.Connection c = db.dataSource().getConnection(); java.sql.Statement st = c.createStatement()) {
            st.execute("create table unit_note (note text)");
        }
        SharedTransactions units = new SharedTransactions(db.dataSource());
        assertThatThrownBy(() -> units.inOne(() -> {
            try (java.sql.Connection c = units.getConnection(); java.sql.Statement st = c.createStatement()) {
                st.execute("insert into unit_note values ('written first')");
                try {
                    st.execute("select 1 / 0"); // in no part of its own: the whole transaction is broken
                } catch (java.sql.SQLException handled) {
                    // carried on regardless
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        })).hasMessageContaining("none of it was kept");
        try (java.sql.Connection c = db.dataSource().getConnection(); java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("select count(*) from unit_note")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }
}
