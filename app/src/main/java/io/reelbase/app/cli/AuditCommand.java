package io.reelbase.app.cli;

import io.reelbase.core.audit.AuditCheck;
import io.reelbase.persistence.Database;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code reelbase audit verify}: is the audit trail as it was written? */
@Command(name = "audit", description = "The audit trail.", subcommands = AuditCommand.Verify.class)
final class AuditCommand {
    @ParentCommand
    ReelbaseCommand root;

    @Command(name = "verify", description = "Check the audit trail's hash chains: every row changed, removed or inserted out of"
            + " order since it was written is named by its id (exit status 1).")
    static final class Verify implements Callable<Integer> {
        @ParentCommand
        AuditCommand audit;

        @Override
        public Integer call() {
            Printer p = audit.root.printer();
            try (Database db = Database.open(audit.root.settings())) {
                AuditCheck check = db.auditChains().verify();
                for (AuditCheck.Problem x : check.problems()) {
                    p.line("row %d: %s", x.rowId(), x.what());
                }
                if (check.intact()) {
                    p.line("The audit trail is intact: %,d rows in %d chain(s).", check.rows(), check.heads().size());
                } else {
                    p.line("The audit trail was tampered with: %,d problem(s) above, in %,d rows.", check.problems().size(), check.rows());
                }
                p.line("Heads (write them down to check later that nothing before them was rewritten):");
                check.heads().forEach(h -> p.line("  %-28s %,9d rows  last row %-8d %s", h.partition(), h.rows(), h.lastId(), h.lastHash()));
                return check.intact() ? 0 : 1;
            }
        }
    }
}
