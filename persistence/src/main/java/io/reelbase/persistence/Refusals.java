package io.reelbase.persistence;

import io.reelbase.core.ReelbaseException;
import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * What the database refused for want of a role (SQLSTATE 42501), in words a person can act on. Reelbase's own
 * guards (V13) already say which role is needed, with advice; a refused GRANT or a row-level security policy
 * names a table, which is turned into what it holds.
 */
final class Refusals {
    private static final Pattern NO_GRANT = Pattern.compile("permission denied for (?:table|relation|sequence|view|function) (\\w+)");
    private static final Pattern NO_ROW = Pattern.compile("row-level security policy for table \"?(\\w+)\"?");
    private static final String ASK = "Ask an admin for a role that may (the README lists what each role may do).";
    private static final Map<String, String> HOLDS = Map.ofEntries(
            Map.entry("asset", "assets"), Map.entry("asset_version", "assets' versions"),
            Map.entry("graph_node", "tags"), Map.entry("asset_graph_node", "tags"),
            Map.entry("graph_relationship", "related assets"), Map.entry("collection", "collections"),
            Map.entry("collection_asset", "collections"), Map.entry("saved_search", "saved searches"),
            Map.entry("workflow_definition", "workflows"), Map.entry("ingest_source", "watch folders"),
            Map.entry("processing_job", "jobs"), Map.entry("job_event", "jobs"), Map.entry("lifecycle_rule", "lifecycle rules"),
            Map.entry("lifecycle_run", "lifecycle runs"), Map.entry("app_user", "people"),
            Map.entry("action_record", "the audit trail"), Map.entry("derivative", "thumbnails and previews"),
            Map.entry("technical_metadata", "technical metadata"), Map.entry("storage_location", "file locations"),
            Map.entry("working_set", "working sets"), Map.entry("working_set_asset", "working sets"),
            Map.entry("reelbase_audit_problems", "the audit trail"), Map.entry("reelbase_audit_heads", "the audit trail"),
            Map.entry("reelbase_people", "people"), Map.entry("storage_root", "storage roots"),
            Map.entry("lifecycle_plan_item", "lifecycle runs"), Map.entry("lifecycle_run_rule", "lifecycle runs"),
            Map.entry("lifecycle_run_overlap", "lifecycle runs"), Map.entry("lifecycle_setting", "lifecycle settings"),
            Map.entry("asset_view", "assets"));

    private Refusals() {
    }

    static ReelbaseException describe(SQLException refused, Throwable error) {
        ServerErrorMessage server = refused instanceof PSQLException p ? p.getServerErrorMessage() : null;
        String message = server != null && server.getMessage() != null ? server.getMessage() : String.valueOf(refused.getMessage());
        String hint = server == null ? null : server.getHint();
        if (hint != null) {
            return new ReelbaseException(message, hint, error);
        }
        Matcher grant = NO_GRANT.matcher(message);
        if (grant.find()) {
            return new ReelbaseException("Your role may not do that with " + holds(grant.group(1)) + "; the database refused it.", ASK, error);
        }
        Matcher row = NO_ROW.matcher(message);
        if (row.find()) {
            return new ReelbaseException("Your role may change only your own " + holds(row.group(1))
                    + "; this one is someone else's, and the database refused it.", ASK, error);
        }
        return new ReelbaseException("The database refused that: " + message, ASK, error);
    }

    private static String holds(String table) {
        return HOLDS.getOrDefault(table, table.replace('_', ' '));
    }
}
