package io.reelbase.core.audit;

import java.util.List;

/**
 * The audit trail's hash chains checked: every row changed, removed or slipped in since it was written, by id,
 * and the head of each chain (to write down, so that a chain recomputed wholesale is caught against it too).
 */
public record AuditCheck(List<Problem> problems, List<Head> heads) {
    /** One break in a chain: the row and what happened to it. */
    public record Problem(long rowId, String what) {
    }

    /** A chain (one per partition of the trail): its rows and its last row's hash. */
    public record Head(String partition, long rows, long lastId, String lastHash) {
    }

    public AuditCheck {
        problems = List.copyOf(problems);
        heads = List.copyOf(heads);
    }

    public boolean intact() {
        return problems.isEmpty();
    }

    public long rows() {
        return heads.stream().mapToLong(Head::rows).sum();
    }
}
