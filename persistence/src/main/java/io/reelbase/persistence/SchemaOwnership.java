package io.reelbase.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Who owns the schema and who the embedded catalogue's person is. Run by the login that migrates (a server's
 * admin or the embedded server's superuser), right after the migrations: every table, sequence, view and function
 * of ours belongs to {@code reelbase_owner}, whichever login created it, so that no person's login owns a table
 * (an owner is not bound by its own table's privileges, nor, without FORCE, by its row-level security).
 */
final class SchemaOwnership {
    private SchemaOwnership() {
    }

    private static final String SETTLE = """
            DO $$
            DECLARE
                o record;
            BEGIN
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'reelbase_owner') THEN
                    RETURN;
                END IF;
                FOR o IN
                    SELECT CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                                ELSE 'TABLE' END AS kind, c.oid::regclass::text AS name
                    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                      AND pg_get_userbyid(c.relowner) <> 'reelbase_owner'
                      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                                      AND (d.deptype = 'e' OR (c.relkind = 'S' AND d.deptype IN ('a', 'i'))))
                    UNION ALL
                    SELECT 'FUNCTION', p.oid::regprocedure::text
                    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                    WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> 'reelbase_owner'
                      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                                      AND d.deptype = 'e')
                LOOP
                    EXECUTE format('ALTER %s %s OWNER TO reelbase_owner', o.kind, o.name);
                END LOOP;
            END
            $$""";

    /** Gives every object of ours to {@code reelbase_owner} (nothing to do once they are; before V13 there is no owner). */
    static void settle(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(SETTLE);
        }
    }

    /**
     * The embedded catalogue's person: their login holds the Admin role and has a profile, so the app works as a
     * person the permissions apply to (not as the superuser, whom they do not bind).
     */
    static void admitLocalPerson(Connection c, String role) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("grant reelbase_admin to \"" + role + "\"");
        }
        try (PreparedStatement st = c.prepareStatement("""
                insert into app_user (login_role, display_name, app_role) values (?, ?, 'ADMIN')
                on conflict (login_role) do update set app_role = 'ADMIN', active = true""")) {
            st.setString(1, role);
            st.setString(2, role);
            st.executeUpdate();
        }
    }
}
