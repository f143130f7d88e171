package io.reelbase.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.NewAsset;
import io.reelbase.core.asset.StorageTier;
import io.reelbase.core.audit.ActionType;
import io.reelbase.core.audit.NewActionRecord;
import io.reelbase.core.collection.Collection;
import io.reelbase.core.ingest.IngestSource;
import io.reelbase.core.ingest.LoggingLevel;
import io.reelbase.core.user.AppRole;
import io.reelbase.core.user.AppUser;
import io.reelbase.core.workflow.Capability;
import io.reelbase.core.workflow.RoutingCondition;
import io.reelbase.core.workflow.RoutingCondition.Operator;
import io.reelbase.core.workflow.RoutingFacts;
import io.reelbase.core.workflow.Workflow;
import io.reelbase.core.workflow.WorkflowRouter;
import io.reelbase.persistence.hibernate.Repositories;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each repository besides assets, against a real migrated database. */
class CatalogRepositoriesIT {
    private static Database db;
    private static Repositories catalog;

    @BeforeAll
    static void open() {
        db = Database.open(TestDatabases.fresh());
        catalog = db.repositories();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void seededWorkflowsRouteStillsAndAudioAndFallBackToTheDefault() {
        List<Workflow> all = catalog.workflows().all();
        assertThat(all).extracting(Workflow::name).contains("Default", "Stills", "Audio");
        assertThat(catalog.workflows().defaultWorkflow()).map(Workflow::name).contains("Default");

        WorkflowRouter router = new WorkflowRouter(all);
        assertThat(router.route(new RoutingFacts().put("asset_type", "IMAGE"))).map(Workflow::name).contains("Stills");
        assertThat(router.route(new RoutingFacts().put("asset_type", "AUDIO"))).map(Workflow::name).contains("Audio");
        assertThat(router.route(new RoutingFacts().put("asset_type", "VIDEO"))).map(Workflow::name).contains("Default");
    }

    @Test
    void aWorkflowIsSavedEditedAndMadeTheDefault() {
        Workflow saved = catalog.workflows().save(Workflow.draft("Interviews",
                List.of(Capability.PROBE, Capability.THUMBNAIL, Capability.PROXY),
                List.of(new RoutingCondition("filename", Operator.MATCHES, "(?i).*interview.*")), 10));
        assertThat(saved.id()).isNotNull();
        Workflow read = catalog.workflows().findByName("interviews").orElseThrow();
        assertThat(read.capabilities()).containsExactly(Capability.PROBE, Capability.THUMBNAIL, Capability.PROXY);
        assertThat(read.routing()).singleElement().satisfies(c -> {
            assertThat(c.op()).isEqualTo(Operator.MATCHES);
            assertThat(c.test(new RoutingFacts().put("filename", "Mayor_Interview_take2.mov"))).isTrue();
        });

        catalog.workflows().makeDefault(saved.id());
        assertThat(catalog.workflows().defaultWorkflow()).map(Workflow::name).contains("Interviews");
        assertThat(catalog.workflows().all().stream().filter(Workflow::isDefault)).hasSize(1);
        catalog.workflows().makeDefault(catalog.workflows().findByName("Default").orElseThrow().id());

        assertThatThrownBy(() -> catalog.workflows().save(Workflow.draft("interviews", List.of(Capability.PROBE), List.of(), 5)))
                .as("names are unique regardless of case").isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duplicate");
    }

    @Test
    void usersAreSavedFoundByLoginRoleAndTheirLoginIsRecorded() {
        AppUser u = catalog.users().save(AppUser.draft("maria_k", "Maria K.", "maria@example.org", AppRole.EDITOR));
        assertThat(catalog.users().findByLoginRole("maria_k")).map(AppUser::displayName).contains("Maria K.");
        assertThat(u.lastLoginAt()).isNull();
        catalog.users().recordLogin(u.id());
        assertThat(catalog.users().find(u.id()).orElseThrow().lastLoginAt()).isCloseTo(Instant.now(), within());

        AppUser promoted = catalog.users().save(new AppUser(u.id(), u.loginRole(), u.displayName(), u.email(),
                AppRole.CONTENT_MANAGER, true, null, null));
        assertThat(promoted.role()).isEqualTo(AppRole.CONTENT_MANAGER);
        assertThatThrownBy(() -> catalog.users().save(AppUser.draft("other", "Other", "MARIA@example.org", AppRole.VIEWER)))
                .as("e-mail addresses are unique regardless of case").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AppUser.draft("Robert'); drop table asset;--", "x", null, AppRole.VIEWER))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void collectionsHoldAssetsInOrderWithoutDuplicates() {
        Asset a = catalog.assets().create(NewAsset.of("A", AssetType.IMAGE), "t");
        Asset b = catalog.assets().create(NewAsset.of("B", AssetType.IMAGE), "t");
        Asset c = catalog.assets().create(NewAsset.of("C", AssetType.VIDEO), "t");
        Collection reel = catalog.collections().create("Showreel 2026", "Best of", null);

        assertThat(catalog.collections().add(reel.id(), List.of(b.id(), a.id()), null)).isEqualTo(2);
        assertThat(catalog.collections().add(reel.id(), List.of(a.id(), c.id()), null)).as("a is already in").isEqualTo(1);
        assertThat(catalog.collections().assetIds(reel.id())).containsExactly(b.id(), a.id(), c.id());
        assertThat(catalog.collections().find(reel.id()).orElseThrow().assetCount()).isEqualTo(3);

        assertThat(catalog.collections().remove(reel.id(), List.of(a.id()))).isEqualTo(1);
        assertThat(catalog.collections().rename(reel.id(), "Showreel final").name()).isEqualTo("Showreel final");
        assertThatThrownBy(() -> catalog.collections().create("SHOWREEL FINAL", null, null))
                .isInstanceOf(IllegalArgumentException.class);
        catalog.collections().delete(reel.id());
        assertThat(catalog.collections().find(reel.id())).isEmpty();
        assertThat(catalog.assets().find(b.id())).as("deleting a collection keeps its assets").isPresent();
    }

    @Test
    void watchFoldersComeDueAfterTheirInterval() {
        IngestSource src = catalog.ingestSources().save(IngestSource.draft("Camera cards", "/media/cards"));
        assertThat(src.syncIntervalMinutes()).isEqualTo(15);
        assertThat(src.loggingLevel()).isEqualTo(LoggingLevel.INFO);
        Instant now = Instant.now();
        assertThat(catalog.ingestSources().due(now)).extracting(IngestSource::id).contains(src.id());

        catalog.ingestSources().recordSync(src.id(), now, "SUCCESS", "12 new files");
        assertThat(catalog.ingestSources().due(now.plus(5, ChronoUnit.MINUTES))).extracting(IngestSource::id)
                .doesNotContain(src.id());
        assertThat(catalog.ingestSources().due(now.plus(15, ChronoUnit.MINUTES))).extracting(IngestSource::id)
                .contains(src.id());
        IngestSource read = catalog.ingestSources().find(src.id()).orElseThrow();
        assertThat(read.lastSyncMessage()).isEqualTo("12 new files");

        assertThatThrownBy(() -> catalog.ingestSources().save(IngestSource.draft("Same path", "/media/cards")))
                .isInstanceOf(IllegalArgumentException.class);
        catalog.ingestSources().delete(src.id());
        assertThat(catalog.ingestSources().find(src.id())).isEmpty();
    }

    @Test
    void theAuditTrailRecordsWhoDidWhatAndCannotBeChanged() throws Exception {
        Asset a = catalog.assets().create(NewAsset.of("Audited", AssetType.VIDEO), "alice");
        var rec = catalog.audit().record(new NewActionRecord(ActionType.USER_UPLOAD, null, null, "alice", a.id(),
                "ingest", "0.1.0", Map.of("files", 1), null, Map.of("status", "STAGED")));
        assertThat(rec.id()).isPositive();
        assertThat(rec.actor()).isEqualTo("alice");
        assertThat(rec.occurredAt()).isCloseTo(Instant.now(), within());
        assertThat(catalog.audit().forAsset(a.id(), 10)).extracting(r -> r.type())
                .contains(ActionType.USER_UPLOAD, ActionType.ASSET_CREATED);
        assertThat(catalog.audit().recent(1)).singleElement().extracting(r -> r.id()).isEqualTo(rec.id());

        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.execute("update action_record set actor = 'mallory' where id = " + rec.id()))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> st.execute("delete from action_record where id = " + rec.id()))
                    .hasMessageContaining("append-only");
            var rs = st.executeQuery("select tableoid::regclass::text from action_record where id = " + rec.id());
            rs.next();
            assertThat(rs.getString(1)).as("lands in this month's partition")
                    .isEqualTo("action_record_" + java.time.YearMonth.now(java.time.ZoneOffset.UTC).toString().replace('-', '_'));
        }
    }

    private static org.assertj.core.data.TemporalUnitOffset within() {
        return org.assertj.core.api.Assertions.within(1, ChronoUnit.MINUTES);
    }
}
