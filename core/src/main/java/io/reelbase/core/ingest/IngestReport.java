package io.reelbase.core.ingest;

import java.util.List;

/** The outcome of every file an ingest met. */
public record IngestReport(List<IngestOutcome> outcomes, boolean cancelled) {
    public IngestReport {
        outcomes = List.copyOf(outcomes);
    }

    public long count(IngestOutcome.Kind kind) {
        return outcomes.stream().filter(o -> o.kind() == kind).count();
    }
}
