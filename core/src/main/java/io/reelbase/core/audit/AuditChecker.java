package io.reelbase.core.audit;

/** Checks the audit trail's hash chains where they are kept (the database does the work). */
public interface AuditChecker {
    AuditCheck verify();
}
