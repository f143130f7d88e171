package io.reelbase.persistence;

import io.reelbase.core.audit.AuditCheck;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Checks the audit trail's hash chains (V16) in the database: who may read the trail may check it. */
public final class AuditChains implements io.reelbase.core.audit.AuditChecker {
    private final DataSource db;

    public AuditChains(DataSource db) {
        this.db = db;
    }

    @Override
    public AuditCheck verify() {
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            List<AuditCheck.Problem> problems = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("select row_id, problem from reelbase_audit_problems()")) {
                while (rs.next()) {
                    problems.add(new AuditCheck.Problem(rs.getLong(1), rs.getString(2)));
                }
            }
            List<AuditCheck.Head> heads = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("select partition, rows, last_id, last_hash from reelbase_audit_heads()")) {
                while (rs.next()) {
                    heads.add(new AuditCheck.Head(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4)));
                }
            }
            return new AuditCheck(problems, heads);
        } catch (SQLException e) {
            throw DatabaseErrors.translate(new IllegalStateException(e));
        }
    }
}
