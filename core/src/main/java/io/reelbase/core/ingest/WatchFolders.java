package io.reelbase.core.ingest;

import io.reelbase.core.Progress;
import io.reelbase.core.asset.SourceSystem;
import io.reelbase.core.workflow.Workflow;
import io.reelbase.core.workflow.WorkflowRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import io.reelbase.core.ReelbaseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Syncs watch folders whose interval has passed: new files are ingested (with the folder's workflow,
 * if it names one), files known unchanged are passed over without hashing, and each sync's outcome is
 * recorded on the folder (SUCCESS, PARTIAL with the count of problems, or FAILED with the reason).
 */
public final class WatchFolders {
    private static final Logger LOG = LoggerFactory.getLogger(WatchFolders.class);
    private final IngestSourceRepository sources;
    private final WorkflowRepository workflows;
    private final Ingest ingest;
    private final String actor;
    private final Function<UUID, Optional<Ingest.OriginalCopier>> copiers;

    public WatchFolders(IngestSourceRepository sources, WorkflowRepository workflows, Ingest ingest, String actor) {
        this(sources, workflows, ingest, actor, id -> Optional.empty());
    }

    /** @param copiers the copier into a storage root by its id, for folders that keep a copy of each original there */
    public WatchFolders(IngestSourceRepository sources, WorkflowRepository workflows, Ingest ingest, String actor,
                        Function<UUID, Optional<Ingest.OriginalCopier>> copiers) {
        this.copiers = copiers;
        this.sources = sources;
        this.workflows = workflows;
        this.ingest = ingest;
        this.actor = actor;
    }

    /** Syncs every due folder; returns what each sync did. */
    public List<IngestReport> syncDue(Instant now, Progress progress) {
        List<IngestReport> reports = new ArrayList<>();
        for (IngestSource s : sources.due(now)) {
            if (progress.isCancelled()) {
                break;
            }
            reports.add(sync(s, progress));
        }
        return reports;
    }

    /** Syncs one folder now, due or not. */
    public IngestReport sync(IngestSource source, Progress progress) {
        Path dir = Path.of(source.path());
        if (!Files.isDirectory(dir)) {
            String why = Files.exists(dir) ? "is not a folder" : "is not there (is the drive or share connected?)";
            sources.recordSync(source.id(), Instant.now(), "FAILED", source.path() + " " + why);
            LOG.warn("Watch folder {}: {} {}", source.name(), source.path(), why);
            return new IngestReport(List.of(new IngestOutcome(dir, IngestOutcome.Kind.FAILED, null, why)), false);
        }
        Workflow workflow = source.workflowId() == null ? null : workflows.find(source.workflowId()).orElse(null);
        Ingest ingest = this.ingest;
        if (source.copyToRootId() != null) {
            String why;
            try {
                Optional<Ingest.OriginalCopier> copier = copiers.apply(source.copyToRootId());
                why = copier.isPresent() ? null : "its storage root is gone; choose another or none";
                ingest = copier.map(ingest::copyingTo).orElse(ingest);
            } catch (ReelbaseException e) {
                why = e.getMessage();
            }
            if (why != null) {
                sources.recordSync(source.id(), Instant.now(), "FAILED", "Nothing was ingested: " + why);
                LOG.warn("Watch folder {}: nothing ingested: {}", source.name(), why);
                return new IngestReport(List.of(new IngestOutcome(dir, IngestOutcome.Kind.FAILED, null, why)), false);
            }
        }
        IngestReport report = ingest.ingest(List.of(dir), SourceSystem.WATCH_FOLDER, actor, workflow, progress);
        long added = report.count(IngestOutcome.Kind.ADDED);
        long problems = report.count(IngestOutcome.Kind.FAILED) + report.outcomes().stream()
                .filter(o -> o.kind() == IngestOutcome.Kind.SKIPPED && !o.message().equals("not a media file")).count();
        String message = String.format(Locale.ROOT, "%d new, %d known, %d problem(s)", added,
                report.count(IngestOutcome.Kind.DUPLICATE), problems);
        sources.recordSync(source.id(), Instant.now(), problems == 0 ? "SUCCESS" : "PARTIAL", message);
        if (source.loggingLevel().ordinal() >= LoggingLevel.INFO.ordinal()) {
            LOG.info("Watch folder {}: {}", source.name(), message);
        }
        return report;
    }
}
