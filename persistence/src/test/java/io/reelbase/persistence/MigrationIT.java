package io.reelbase.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every migration applies to an empty database, Hibernate validates the result, and the schema holds its rules. */
class MigrationIT {

    @Test
    void allMigrationsApplyToAnEmptyDatabaseAndHibernateValidates() throws SQLException {
        try (Database db = Database.connect(TestDatabases.fresh())) {
            DatabaseInfo before = db.info();
            assertThat(before.applied()).isZero();
            assertThat(before.pending()).isGreaterThanOrEqualTo(7);

            int applied = db.migrate();
            assertThat(applied).isEqualTo(before.pending());
            assertThat(db.info().pending()).isZero();
            assertThat(db.migrate()).as("a second migrate has nothing to do").isZero();

            // Hibernate in validate mode: throws if any mapped table or column is missing or mistyped.
            assertThat(db.repositories()).isNotNull();

            List<String> tables = new ArrayList<>();
            try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                         + "where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertThat(tables).contains("asset", "asset_version", "technical_metadata", "storage_location",
                    "derivative", "graph_node", "asset_graph_node", "graph_relationship", "collection",
                    "collection_asset", "saved_search", "processing_job", "job_event", "workflow_definition",
                    "ingest_source", "lifecycle_rule", "lifecycle_run", "action_record", "app_user");
        }
    }

    @Test
    void aPersonsLoginDoesNotMigrateTheServerButSaysWhoMust() throws SQLException {
        DatabaseSettings admin = TestDatabases.fresh();
        org.flywaydb.core.Flyway.configure().dataSource(admin.jdbcUrl(), admin.user(), admin.password())
                .locations("classpath:db/migration").target("14").load().migrate();
        String login = "mig_" + java.util.UUID.randomUUID().toString().substring(0, 6);
        TestDatabases.execute(admin.jdbcUrl(), admin.user(), admin.password(), "create role " + login + " login in role reelbase_admin");
        String url = TestDatabases.personUrl(admin);
        assertThatThrownBy(() -> Database.open(DatabaseSettings.server(url, login, null)))
                .isInstanceOf(io.reelbase.core.ReelbaseException.class)
                .hasMessageContaining("needs its schema brought up to version ").hasMessageContaining("only the server's admin may do that")
                .satisfies(e -> assertThat(((io.reelbase.core.ReelbaseException) e).advice()).contains("db migrate", "Nothing was changed"));
        try (Database db = Database.connect(admin)) {
            assertThat(db.info().pending()).as("nothing was migrated by the person").isPositive();
            db.migrate();
        }
        try (Database asPerson = Database.open(DatabaseSettings.server(url, login, null))) {
            assertThat(asPerson.info().pending()).as("once the admin migrated, the person opens it").isZero();
        }
        TestDatabases.dropWhileInUse(admin);
        TestDatabases.dropRole(admin, login);
    }

    @Test
    void checkConstraintsRejectValuesOutsideTheirEnumsAndRanges() throws SQLException {
        try (Database db = Database.open(TestDatabases.fresh());
             Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.execute("insert into asset (title, asset_type) values ('x', 'HOLOGRAM')"))
                    .hasMessageContaining("asset_type_ck");
            assertThatThrownBy(() -> st.execute("insert into asset (title, asset_type, status) values ('x', 'VIDEO', 'LOST')"))
                    .hasMessageContaining("asset_status_ck");
            assertThatThrownBy(() -> st.execute("insert into asset (title, asset_type) values ('   ', 'VIDEO')"))
                    .hasMessageContaining("asset_title_ck");
            assertThatThrownBy(() -> st.execute("insert into asset (title, asset_type, file_hash) values ('x', 'VIDEO', 'abc')"))
                    .hasMessageContaining("asset_file_hash_ck");
            assertThatThrownBy(() -> st.execute("insert into asset (title, asset_type, status) values ('x', 'VIDEO', 'ARCHIVED')"))
                    .as("an archived asset needs archived_at").hasMessageContaining("asset_archived_at_ck");
            assertThatThrownBy(() -> st.execute("insert into graph_node (node_type, name) values ('KEYWORD', 'a'), ('KEYWORD', 'A')"))
                    .as("tags are unique regardless of case").hasMessageContaining("graph_node_type_name_uq");
            assertThatThrownBy(() -> st.execute("insert into workflow_definition (name, capabilities) values ('w', '[\"TELEPORT\"]')"))
                    .hasMessageContaining("wf_capabilities_ck");
            assertThatThrownBy(() -> st.execute("insert into lifecycle_rule (name, archive_after_days, delete_after_days) values ('r', 30, 10)"))
                    .as("delete must come after archive").hasMessageContaining("lr_order_ck");
            st.execute("insert into asset (id, title, asset_type) values ('00000000-0000-0000-0000-0000000000b1', 'x', 'VIDEO')");
            assertThatThrownBy(() -> st.execute("insert into technical_metadata (asset_id, rotation) "
                    + "values ('00000000-0000-0000-0000-0000000000b1', 45)"))
                    .as("rotation is a quarter turn").hasMessageContaining("tm_rotation_ck");
            assertThatThrownBy(() -> st.execute("insert into technical_metadata (asset_id, gps_latitude) "
                    + "values ('00000000-0000-0000-0000-0000000000b1', 91)"))
                    .hasMessageContaining("tm_gps_ck");
        }
    }

    @Test
    void deletingAnAssetCascadesToItsVersionsMetadataAndMembershipsButNotTheAuditTrail() throws SQLException {
        try (Database db = Database.open(TestDatabases.fresh());
             Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute("insert into asset (id, title, asset_type) values ('00000000-0000-0000-0000-0000000000a1', 'clip', 'VIDEO')");
            st.execute("insert into technical_metadata (asset_id, width, height) values ('00000000-0000-0000-0000-0000000000a1', 1920, 1080)");
            st.execute("insert into derivative (asset_id, kind, mime_type, width, height, content) "
                    + "values ('00000000-0000-0000-0000-0000000000a1', 'THUMBNAIL', 'image/jpeg', 320, 180, '\\x01'::bytea)");
            st.execute("insert into collection (id, name) values ('00000000-0000-0000-0000-0000000000c1', 'Reel')");
            st.execute("insert into collection_asset (collection_id, asset_id) values "
                    + "('00000000-0000-0000-0000-0000000000c1', '00000000-0000-0000-0000-0000000000a1')");
            st.execute("delete from asset where id = '00000000-0000-0000-0000-0000000000a1'");
            assertThat(count(st, "select count(*) from technical_metadata")).isZero();
            assertThat(count(st, "select count(*) from derivative")).isZero();
            assertThat(count(st, "select count(*) from collection_asset")).isZero();
            assertThat(count(st, "select count(*) from collection")).as("the collection itself stays").isEqualTo(1);
            assertThat(count(st, "select count(*) from action_record where asset_id = '00000000-0000-0000-0000-0000000000a1' "
                    + "and action_type in ('ASSET_CREATED', 'ASSET_DELETED')")).isEqualTo(2);
        }
    }

    @Test
    void onlyOneWorkflowCanBeTheDefault() throws SQLException {
        try (Database db = Database.open(TestDatabases.fresh());
             Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
            assertThat(count(st, "select count(*) from workflow_definition where is_default")).isEqualTo(1);
            assertThatThrownBy(() -> st.execute("update workflow_definition set is_default = true where name = 'Stills'"))
                    .hasMessageContaining("wf_one_default_uq");
        }
    }

    @Test
    void updatedAtFollowsEveryUpdate() throws Exception {
        try (Database db = Database.open(TestDatabases.fresh());
             Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute("insert into collection (id, name, updated_at) values "
                    + "('00000000-0000-0000-0000-0000000000c2', 'Old', now() - interval '1 day')");
            st.execute("update collection set name = 'New' where id = '00000000-0000-0000-0000-0000000000c2'");
            assertThat(count(st, "select count(*) from collection where updated_at > now() - interval '1 minute'")).isEqualTo(1);
        }
    }

    static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
