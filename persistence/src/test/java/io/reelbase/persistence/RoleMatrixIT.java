package io.reelbase.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelbase.core.ReelbaseException;
import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetChanges;
import io.reelbase.core.asset.ReviewStatus;
import io.reelbase.core.asset.VersionOrigin;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Who may do what, asked of PostgreSQL itself: for each of the five roles a person logged in with that role sends
 * each operation as plain SQL (what any client could send) and gets exactly the outcome the table of expectations
 * says. Each operation runs in its own transaction, rolled back, so they do not depend on one another. The matrix is
 * printed (role x operation, expected / actual).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixIT {
    private static final List<String> ROLES = List.of("viewer", "editor", "content_manager", "developer", "admin");

    /** Operation, then the roles it is allowed to (in ROLES' order: V E C D A). */
    private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("read assets", "VECDA");
        EXPECTED.put("edit a title", "-EC-A");
        EXPECTED.put("add a tag", "-EC-A");
        EXPECTED.put("submit for review", "-EC-A");
        EXPECTED.put("approve", "--C-A");
        EXPECTED.put("archive", "--C-A");
        EXPECTED.put("delete (mark deleted)", "----A");
        EXPECTED.put("delete (remove the row)", "----A");
        EXPECTED.put("place a legal hold", "--C-A");
        EXPECTED.put("archive an asset on legal hold", "-----");
        EXPECTED.put("delete an asset on legal hold", "-----");
        EXPECTED.put("ingest", "-EC-A");
        EXPECTED.put("claim a job", "---DA");
        EXPECTED.put("retry a job", "--CDA");
        EXPECTED.put("write a derivative", "-ECDA");
        EXPECTED.put("write technical metadata", "-ECDA");
        EXPECTED.put("record a job's outcome on the asset", "-ECDA");
        EXPECTED.put("change a workflow", "----A");
        EXPECTED.put("change a lifecycle rule", "----A");
        EXPECTED.put("add a watch folder", "----A");
        EXPECTED.put("create a person's profile", "----A");
        EXPECTED.put("add a person (login and profile)", "----A");
        EXPECTED.put("change a person's role", "----A");
        EXPECTED.put("read another person's collection", "VECDA");
        EXPECTED.put("change another person's collection", "--C-A");
        EXPECTED.put("add to another person's collection", "--C-A");
        EXPECTED.put("create a collection of one's own", "-EC-A");
        EXPECTED.put("read another person's saved search", "----A");
        EXPECTED.put("read other people's profiles", "----A");
        EXPECTED.put("read the audit trail", "--C-A");
        EXPECTED.put("write an audit row directly", "-----");
        EXPECTED.put("record an action, stamped with one's login", "-ECDA");
        EXPECTED.put("update an audit row", "-----");
        EXPECTED.put("delete an audit row", "-----");
        EXPECTED.put("truncate the audit trail", "-----");
        EXPECTED.put("disable a trigger", "-----");
        EXPECTED.put("alter a table", "-----");
        EXPECTED.put("create a table in the schema", "-----");
        EXPECTED.put("create a login role", "-----");
        EXPECTED.put("fool a definer function by search_path", "-----");
    }

    private DatabaseSettings settings;
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final UUID draft = UUID.randomUUID();
    private final UUID pending = UUID.randomUUID();
    private final UUID appPending = UUID.randomUUID();
    private final UUID held = UUID.randomUUID();
    private final UUID keyword = UUID.randomUUID();
    private final UUID job = UUID.randomUUID();
    private final UUID othersCollection = UUID.randomUUID();

    @BeforeAll
    void setUp() throws SQLException {
        settings = TestDatabases.fresh();
        try (Database db = Database.open(settings); Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
            for (String r : ROLES) {
                st.execute("create role " + login(r) + " login password 'pw' in role reelbase_" + r);
                st.execute("insert into app_user (login_role, display_name, app_role) values ('" + login(r) + "', '" + r + "', '"
                        + r.toUpperCase(Locale.ROOT) + "')");
            }
            st.execute("create role " + login("other") + " login in role reelbase_editor");
            st.execute("insert into app_user (id, login_role, display_name, app_role) values ('" + UUID.randomUUID() + "', '"
                    + login("other") + "', 'Other', 'EDITOR')");
            st.execute("insert into asset (id, title, asset_type) values ('" + draft + "', 'Draft', 'IMAGE')");
            st.execute("insert into asset (id, title, asset_type, review_status) values ('" + pending + "', 'Pending', 'IMAGE', 'PENDING_REVIEW')");
            st.execute("insert into asset (id, title, asset_type, review_status) values ('" + appPending + "', 'Pending', 'IMAGE', 'PENDING_REVIEW')");
            st.execute("insert into asset (id, title, asset_type, legal_hold) values ('" + held + "', 'Held', 'IMAGE', true)");
            st.execute("insert into graph_node (id, node_type, name) values ('" + keyword + "', 'KEYWORD', 'coast')");
            String other = "(select id from app_user where login_role = '" + login("other") + "')";
            st.execute("insert into collection (id, name, owner_id) values ('" + othersCollection + "', 'Theirs', " + other + ")");
            st.execute("insert into saved_search (name, owner_id) values ('Their search', " + other + ")");
            st.execute("insert into processing_job (id, asset_id, workflow_id, capabilities, status) select '" + job + "', '" + draft
                    + "', id, capabilities, 'FAILED' from workflow_definition limit 1");
            st.execute("insert into lifecycle_rule (name, archive_after_days) values ('Old', 365)");
        }
    }

    @AfterAll
    void tearDown() {
        TestDatabases.dropWhileInUse(settings);
        for (String r : List.of("viewer", "editor", "content_manager", "developer", "admin", "other")) {
            TestDatabases.dropRole(settings, login(r));
        }
    }

    private String login(String role) {
        return "rm_" + role + "_" + suffix;
    }

    private String sql(String operation) {
        return switch (operation) {
            case "read assets" -> "select 1 from asset";
            case "edit a title" -> "update asset set title = 'Changed' where id = '" + draft + "'";
            case "add a tag" -> "insert into asset_graph_node (asset_id, node_id) values ('" + draft + "', '" + keyword + "')";
            case "submit for review" -> "update asset set review_status = 'PENDING_REVIEW' where id = '" + draft + "'";
            case "approve" -> "update asset set review_status = 'APPROVED' where id = '" + pending + "'";
            case "archive" -> "update asset set status = 'ARCHIVED', archived_at = now() where id = '" + draft + "'";
            case "delete (mark deleted)" -> "update asset set status = 'DELETED', deleted_at = now() where id = '" + draft + "'";
            case "delete (remove the row)" -> "delete from asset where id = '" + draft + "'";
            case "place a legal hold" -> "update asset set legal_hold = true where id = '" + draft + "'";
            case "archive an asset on legal hold" -> "update asset set status = 'ARCHIVED', archived_at = now() where id = '" + held + "'";
            case "delete an asset on legal hold" -> "delete from asset where id = '" + held + "'";
            case "ingest" -> "insert into asset (title, asset_type) values ('New', 'VIDEO')";
            case "claim a job" -> "update processing_job set status = 'PROCESSING', locked_by = 'w1', lease_expires_at = now() where id = '" + job + "'";
            case "retry a job" -> "update processing_job set status = 'QUEUED', attempts = 0, locked_by = null where id = '" + job + "'";
            case "write a derivative" -> "insert into derivative (asset_id, kind, mime_type, width, height, content) values ('" + draft
                    + "', 'THUMBNAIL', 'image/jpeg', 1, 1, '\\x00')";
            case "write technical metadata" -> "insert into technical_metadata (asset_id) values ('" + draft + "')";
            case "record a job's outcome on the asset" -> "update asset set status = 'PROCESSED', mime_type = 'image/jpeg' where id = '" + draft + "'";
            case "change a workflow" -> "update workflow_definition set updated_at = now()";
            case "change a lifecycle rule" -> "update lifecycle_rule set archive_after_days = 1";
            case "add a watch folder" -> "insert into ingest_source (name, path) values ('Drop', '/tmp/drop')";
            case "create a person's profile" -> "insert into app_user (login_role, display_name) values ('mallory', 'Mallory')";
            case "add a person (login and profile)" -> "select reelbase_add_person('rm_new_" + suffix + "', 'New', 'VIEWER', '"
                    + org.postgresql.util.PasswordUtil.encodeScramSha256("pw".toCharArray()) + "')";
            case "change a person's role" -> "select reelbase_set_person_role('" + login("other") + "', 'ADMIN')";
            case "read another person's collection" -> "select 1 from collection where id = '" + othersCollection + "'";
            case "change another person's collection" -> "update collection set name = 'Mine now' where id = '" + othersCollection + "'";
            case "add to another person's collection" -> "insert into collection_asset (collection_id, asset_id) values ('" + othersCollection
                    + "', '" + draft + "')";
            case "create a collection of one's own" -> "insert into collection (name) values ('Mine')";
            case "read another person's saved search" -> "select 1 from saved_search where name = 'Their search'";
            case "read other people's profiles" -> "select 1 from app_user where login_role <> session_user";
            case "read the audit trail" -> "select 1 from action_record";
            case "write an audit row directly" -> "insert into action_record (action_type, actor) values ('SYNC', 'mallory')";
            case "record an action, stamped with one's login" -> "select 1 from reelbase_record_action('SYNC', null, null, 'mallory', null,"
                    + " 'test', null, null, null, null) where login = session_user and actor = 'mallory'";
            case "update an audit row" -> "update action_record set actor = 'nobody'";
            case "delete an audit row" -> "delete from action_record";
            case "truncate the audit trail" -> "truncate action_record";
            case "disable a trigger" -> "alter table asset disable trigger asset_audit";
            case "alter a table" -> "alter table asset add column hacked integer";
            case "create a table in the schema" -> "create table public.hacked (x integer)";
            case "create a login role" -> "create role mallory login";
            case "fool a definer function by search_path" -> "set local search_path = pg_temp, public;"
                    + " create temporary table app_user (id uuid, login_role text, active boolean);"
                    + " insert into pg_temp.app_user values ('00000000-0000-0000-0000-00000000bad0', session_user, true);"
                    + " select 1 where reelbase_current_user_id() = '00000000-0000-0000-0000-00000000bad0'";
            default -> throw new IllegalArgumentException(operation);
        };
    }

    private String personUrl() {
        // The test server's URL may name its superuser: the person's login must be the only user given.
        return TestDatabases.personUrl(settings);
    }

    /** True when the database let it through: the statement ran and touched (or, for a read, saw) at least one row. */
    private boolean allowed(String role, String operation) throws SQLException {
        try (Connection c = DriverManager.getConnection(personUrl(), login(role), "pw")) {
            assertThat(c.getMetaData().getUserName()).isEqualTo(login(role));
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                boolean rows = st.execute(sql(operation));
                boolean touched = false;
                while (true) {
                    if (rows) {
                        try (ResultSet rs = st.getResultSet()) {
                            touched = rs.next();
                        }
                    } else if (st.getUpdateCount() == -1) {
                        break;
                    } else {
                        touched = st.getUpdateCount() > 0 || operation.startsWith("truncate") || operation.startsWith("alter")
                                || operation.startsWith("disable") || operation.startsWith("create a table") || operation.startsWith("create a login");
                    }
                    rows = st.getMoreResults();
                }
                return touched;
            } catch (SQLException refused) {
                // 42501: the role may not; 55006: nobody may (a legal hold).
                if (!"42501".equals(refused.getSQLState()) && !"55006".equals(refused.getSQLState())) {
                    throw new AssertionError(role + " / " + operation + ": refused, but not as a permission (" + refused.getSQLState() + "): "
                            + refused.getMessage(), refused);
                }
                return false;
            } finally {
                c.rollback();
            }
        }
    }

    @Test
    void eachRoleMayDoExactlyWhatTheTableSays() throws SQLException {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-42s", "operation (expected/actual)"));
        ROLES.forEach(r -> table.append(String.format(Locale.ROOT, " %-16s", r)));
        table.append('\n');
        List<String> wrong = new ArrayList<>();
        for (var e : EXPECTED.entrySet()) {
            table.append(String.format(Locale.ROOT, "%-42s", e.getKey()));
            for (int i = 0; i < ROLES.size(); i++) {
                boolean expected = e.getValue().charAt(i) != '-';
                boolean actual = allowed(ROLES.get(i), e.getKey());
                table.append(String.format(Locale.ROOT, " %-16s", (expected ? "\u2713" : "\u2717") + "/" + (actual ? "\u2713" : "\u2717")
                        + (expected == actual ? "" : "  WRONG")));
                if (expected != actual) {
                    wrong.add(ROLES.get(i) + ": " + e.getKey() + " (expected " + (expected ? "allowed" : "refused") + ")");
                }
            }
            table.append('\n');
        }
        System.out.println("Role matrix (\u2713 allowed, \u2717 refused by PostgreSQL; expected/actual)\n" + table);
        assertThat(wrong).as("operations whose outcome differs from the table").isEmpty();
    }

    @Test
    void theAppsOwnWritesMeetTheSameRefusalsWithAMessageAPersonCanActOn() {
        try (Database viewer = Database.open(DatabaseSettings.server(personUrl(), login("viewer"), "pw"))) {
            Asset d = viewer.repositories().assets().find(draft).orElseThrow();
            assertThat(d.title()).as("a viewer reads the library").isEqualTo("Draft");
            assertThatThrownBy(() -> viewer.repositories().assets().update(draft, d.version(), AssetChanges.none().title("Mine"),
                    VersionOrigin.EDIT, null, "viewer"))
                    .isInstanceOf(ReelbaseException.class).hasMessage("Your role may not do that with assets; the database refused it.")
                    .satisfies(e -> assertThat(((ReelbaseException) e).advice()).startsWith("Ask an admin for a role that may"));
        }
        try (Database editor = Database.open(DatabaseSettings.server(personUrl(), login("editor"), "pw"))) {
            Asset p = editor.repositories().assets().find(appPending).orElseThrow();
            assertThatThrownBy(() -> editor.repositories().assets().update(appPending, p.version(),
                    AssetChanges.none().reviewStatus(ReviewStatus.APPROVED), VersionOrigin.EDIT, null, "editor"))
                    .isInstanceOf(ReelbaseException.class).hasMessage("Approving needs the Content manager role.")
                    .satisfies(e -> assertThat(((ReelbaseException) e).advice()).contains("Content manager role"));
            assertThat(editor.repositories().assets().find(appPending).orElseThrow().version()).as("nothing was written").isEqualTo(p.version());
            Asset edited = editor.repositories().assets().update(appPending, p.version(), AssetChanges.none().title("Pending, edited"),
                    VersionOrigin.EDIT, null, "editor");
            assertThat(edited.title()).as("an editor edits").isEqualTo("Pending, edited");
        }
        try (Database manager = Database.open(DatabaseSettings.server(personUrl(), login("content_manager"), "pw"))) {
            Asset p = manager.repositories().assets().find(appPending).orElseThrow();
            Asset approved = manager.repositories().assets().update(appPending, p.version(),
                    AssetChanges.none().reviewStatus(ReviewStatus.APPROVED), VersionOrigin.EDIT, null, "content_manager");
            assertThat(approved.reviewStatus()).isEqualTo(ReviewStatus.APPROVED);
            assertThat(manager.repositories().audit().forAsset(appPending, 20)).as("the editor's refused approval is on the record")
                    .anySatisfy(r -> {
                        assertThat(r.type()).isEqualTo(io.reelbase.core.audit.ActionType.ACCESS_DENIED);
                        assertThat(r.login()).isEqualTo(login("editor"));
                        assertThat(r.metadata()).containsEntry("denied", "Approving needs the Content manager role.");
                    })
                    .anySatisfy(r -> {
                        assertThat(r.type()).isEqualTo(io.reelbase.core.audit.ActionType.REVIEW_CHANGE);
                        assertThat(r.login()).as("the login, not a name the client gave").isEqualTo(login("content_manager"));
                    });
        }
    }

    @Test
    void theOwnerOwnsEverythingAndEveryFunctionPinsItsSearchPathAndIsClosedToPublic() throws SQLException {
        try (Database db = Database.open(settings); Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select p.oid::regprocedure::text, p.prosecdef, coalesce(array_to_string(p.proconfig, ','), ''),"
                     + " has_function_privilege('public', p.oid, 'EXECUTE'), pg_get_userbyid(p.proowner)"
                     + " from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'public'"
                     + " and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')")) {
            int definers = 0;
            while (rs.next()) {
                String fn = rs.getString(1);
                assertThat(rs.getString(3)).as(fn + " runs with a pinned search path, pg_temp last").isIn("search_path=public, pg_temp",
                        "search_path=pg_catalog, pg_temp");
                assertThat(rs.getBoolean(4)).as(fn + " is not executable by PUBLIC").isFalse();
                assertThat(rs.getString(5)).as(fn + " belongs to the schema's owner").isEqualTo("reelbase_owner");
                definers += rs.getBoolean(2) ? 1 : 0;
            }
            assertThat(definers).as("the SECURITY DEFINER functions checked").isGreaterThanOrEqualTo(8);
        }
        try (Database db = Database.open(settings); Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select c.relname || ' (' || pg_get_userbyid(c.relowner) || ')' from pg_class c"
                     + " join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S')"
                     + " and pg_get_userbyid(c.relowner) <> 'reelbase_owner'")) {
            List<String> others = new ArrayList<>();
            while (rs.next()) {
                others.add(rs.getString(1));
            }
            assertThat(others).as("tables, partitions and sequences not owned by reelbase_owner (no login may own one)").isEmpty();
        }
    }
}
