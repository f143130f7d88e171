package io.reelbase.core.ingest;

import io.reelbase.core.Progress;
import io.reelbase.core.ReelbaseException;
import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetRepository;
import io.reelbase.core.asset.AssetStatus;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.DuplicateAssetException;
import io.reelbase.core.asset.NewAsset;
import io.reelbase.core.asset.SourceSystem;
import io.reelbase.core.audit.ActionType;
import io.reelbase.core.audit.AuditTrail;
import io.reelbase.core.audit.Direction;
import io.reelbase.core.audit.NewActionRecord;
import io.reelbase.core.job.JobQueue;
import io.reelbase.core.job.JobRunner;
import io.reelbase.core.media.AssetMedia;
import io.reelbase.core.media.ContentHasher;
import io.reelbase.core.media.MediaException;
import io.reelbase.core.media.MediaProbe;
import io.reelbase.core.media.ProbeResult;
import io.reelbase.core.workflow.Capability;
import io.reelbase.core.workflow.RoutingFacts;
import io.reelbase.core.workflow.Workflow;
import io.reelbase.core.workflow.WorkflowRepository;
import io.reelbase.core.workflow.WorkflowRouter;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Brings files into the catalogue: finds media under the given paths (recognised by content), hashes
 * each file, records a known file's new place instead of adding it twice, otherwise creates the asset,
 * routes it to a workflow and queues its job. Every file ends with an outcome; none stops the rest.
 */
public final class Ingest {
    /** Extensions of media that may be damaged: still added, so its job can fail with the reason. */
    private static final Map<String, AssetType> MEDIA_EXTENSIONS = Map.ofEntries(
            Map.entry("mp4", AssetType.VIDEO), Map.entry("mov", AssetType.VIDEO), Map.entry("mxf", AssetType.VIDEO),
            Map.entry("mkv", AssetType.VIDEO), Map.entry("webm", AssetType.VIDEO), Map.entry("avi", AssetType.VIDEO),
            Map.entry("mts", AssetType.VIDEO), Map.entry("m2ts", AssetType.VIDEO), Map.entry("ts", AssetType.VIDEO),
            Map.entry("mpg", AssetType.VIDEO), Map.entry("flv", AssetType.VIDEO), Map.entry("3gp", AssetType.VIDEO),
            Map.entry("ogv", AssetType.VIDEO), Map.entry("m4v", AssetType.VIDEO),
            Map.entry("wav", AssetType.AUDIO), Map.entry("mp3", AssetType.AUDIO), Map.entry("flac", AssetType.AUDIO),
            Map.entry("aac", AssetType.AUDIO), Map.entry("m4a", AssetType.AUDIO), Map.entry("ogg", AssetType.AUDIO),
            Map.entry("opus", AssetType.AUDIO), Map.entry("aif", AssetType.AUDIO), Map.entry("aiff", AssetType.AUDIO),
            Map.entry("jpg", AssetType.IMAGE), Map.entry("jpeg", AssetType.IMAGE), Map.entry("png", AssetType.IMAGE),
            Map.entry("tif", AssetType.IMAGE), Map.entry("tiff", AssetType.IMAGE), Map.entry("webp", AssetType.IMAGE),
            Map.entry("heic", AssetType.IMAGE), Map.entry("avif", AssetType.IMAGE), Map.entry("gif", AssetType.IMAGE),
            Map.entry("dng", AssetType.IMAGE), Map.entry("cr2", AssetType.IMAGE), Map.entry("nef", AssetType.IMAGE));
    private static final Set<String> IGNORED_NAMES = Set.of("Thumbs.db", "desktop.ini");

    private final AssetRepository assets;
    private final AssetMedia files;
    private final WorkflowRepository workflows;
    private final JobQueue queue;
    private final ContentHasher hasher;
    private final MediaProbe probe;
    private final AuditTrail audit;
    private final String component;
    private final io.reelbase.core.UnitOfWork units;
    private OriginalCopier copier;

    /** After an original is recorded where it is, a copy of it is also kept elsewhere (a managed storage root). */
    public interface OriginalCopier {
        /** @return where the copy is; throws with what went wrong (the original stays where it is) */
        Path copy(java.util.UUID assetId, Path original, long size, String sha256);

        /** For messages: "the storage root “Vault”". */
        String where();
    }

    /** The same ingest that also copies every new original (and every known one found in a new place) with {@code copier}. */
    public Ingest copyingTo(OriginalCopier copier) {
        Ingest copying = new Ingest(assets, files, workflows, queue, hasher, probe, audit, component, units);
        copying.copier = copier;
        return copying;
    }

    /** " and copied to …", or why not, for the outcome's message. */
    private String copied(java.util.UUID assetId, Path file, long size, String hash) {
        if (copier == null) {
            return "";
        }
        try {
            copier.copy(assetId, file, size, hash);
            return "; copied to " + copier.where();
        } catch (ReelbaseException e) {
            return "; NOT copied to " + copier.where() + ": " + e.getMessage();
        }
    }

    public Ingest(AssetRepository assets, AssetMedia files, WorkflowRepository workflows, JobQueue queue,
                  ContentHasher hasher, MediaProbe probe, AuditTrail audit, String component, io.reelbase.core.UnitOfWork units) {
        this.assets = assets;
        this.files = files;
        this.workflows = workflows;
        this.queue = queue;
        this.hasher = hasher;
        this.probe = probe;
        this.audit = audit;
        this.component = component;
        this.units = units;
    }

    /** Every regular file under the roots (following links, once), in a stable order, with walking problems as outcomes. */
    public List<Path> find(List<Path> roots, List<IngestOutcome> problems) {
        List<Path> found = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                problems.add(new IngestOutcome(root, IngestOutcome.Kind.SKIPPED, null, "not there (check the path)"));
                continue;
            }
            try {
                Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                        return name.startsWith(".") && !dir.equals(root) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        String name = file.getFileName().toString();
                        if (attrs.isRegularFile() && !name.startsWith(".") && !IGNORED_NAMES.contains(name)) {
                            found.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        String why = e instanceof FileSystemLoopException ? "a symbolic link loop (skipped)"
                                : e instanceof AccessDeniedException ? "permission denied"
                                : e instanceof NoSuchFileException ? "vanished while the folder was read" : e.toString();
                        problems.add(new IngestOutcome(file, IngestOutcome.Kind.SKIPPED, null, why));
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                problems.add(new IngestOutcome(root, IngestOutcome.Kind.SKIPPED, null, "cannot be read: " + e.getMessage()));
            }
        }
        found.sort(null);
        return found;
    }

    public IngestReport ingest(List<Path> roots, SourceSystem source, String actor, Progress progress) {
        return ingest(roots, source, actor, null, progress);
    }

    /**
     * @param workflowOverride the workflow every file gets (a watch folder's), or null to route each file
     */
    public IngestReport ingest(List<Path> roots, SourceSystem source, String actor, Workflow workflowOverride,
                               Progress progress) {
        List<IngestOutcome> outcomes = new ArrayList<>();
        progress.update(-1, "Looking for media");
        List<Path> candidates = find(roots, outcomes);
        WorkflowRouter router = new WorkflowRouter(workflows.all());
        for (int i = 0; i < candidates.size(); i++) {
            if (progress.isCancelled()) {
                return new IngestReport(outcomes, true);
            }
            Path file = candidates.get(i);
            progress.update(i / (double) candidates.size(), "Ingesting " + file.getFileName() + " (" + (i + 1) + " of "
                    + candidates.size() + ")");
            outcomes.add(one(file, source, actor, router, workflowOverride));
        }
        progress.update(1.0, "Ingested " + candidates.size() + " files");
        return new IngestReport(outcomes, false);
    }

    private IngestOutcome one(Path file, SourceSystem source, String actor, WorkflowRouter router, Workflow override) {
        String name = file.getFileName().toString();
        if (source == SourceSystem.WATCH_FOLDER) {
            try {
                var attrs = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
                if (files.isKnownUnchanged(file, attrs.size(), attrs.lastModifiedTime().toInstant())) {
                    return new IngestOutcome(file, IngestOutcome.Kind.DUPLICATE, null, "unchanged since the last sync");
                }
            } catch (IOException e) {
                return new IngestOutcome(file, IngestOutcome.Kind.SKIPPED, null, "vanished before it could be read");
            }
        }
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        Optional<ProbeResult> probed;
        long probeStarted = System.nanoTime();
        try {
            probed = Optional.of(probe.probe(file));
        } catch (MediaException e) {
            if (!MEDIA_EXTENSIONS.containsKey(ext)) {
                String why = e.getMessage().startsWith(name + ": not a media file") ? e.getMessage().substring(name.length() + 2)
                        : "not a media file";
                return new IngestOutcome(file, IngestOutcome.Kind.SKIPPED, null, why);
            }
            probed = Optional.empty(); // looks like media but cannot be read: its job will say why
        }
        long probeMs = (System.nanoTime() - probeStarted) / 1_000_000;
        try {
            long size = Files.size(file);
            String hash = hasher.sha256(file, Progress.NONE);
            Optional<Asset> known = assets.findByHash(hash);
            if (known.isPresent()) {
                return knownAgain(file, known.get().id(), size, hash, actor);
            }
            AssetType type = probed.map(p -> p.summary().assetType()).orElse(MEDIA_EXTENSIONS.get(ext));
            String mimeType = probed.map(p -> p.summary().mimeType()).orElse(null);
            RoutingFacts facts = new RoutingFacts().put("asset_type", type).put("filename", name).put("extension", ext)
                    .put("size", size).put("mime_type", mimeType).put("source", source);
            Workflow workflow = override != null ? override : router.route(facts).orElseThrow(() -> new ReelbaseException(
                    "No workflow takes " + name + " and there is no default workflow.",
                    "Make one workflow the default in the workflow settings; nothing of this file was added."));
            String title = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
            NewAsset n = NewAsset.of(title.isBlank() ? name : title, type)
                    .withFile(hash, size, name, mimeType)
                    .withSource(source, file.toAbsolutePath().toString());
            Asset asset;
            try {
                Optional<ProbeResult> read = probed;
                asset = units.inOne(() -> add(n, file, read, probeMs, workflow, actor));
            } catch (DuplicateAssetException raced) {
                // Another ingest added the same content a moment ago; nothing of this one was kept.
                return knownAgain(file, raced.existingId(), size, hash, actor);
            }
            return new IngestOutcome(file, IngestOutcome.Kind.ADDED, asset.id(),
                    "added as " + type.name().toLowerCase(Locale.ROOT) + ", workflow " + workflow.name()
                            + (probed.isEmpty() ? " (cannot be read yet: its job will say why)" : "") + copied(asset.id(), file, size, hash));
        } catch (NoSuchFileException e) {
            return new IngestOutcome(file, IngestOutcome.Kind.SKIPPED, null, "vanished before it could be read");
        } catch (ReelbaseException e) {
            return new IngestOutcome(file, IngestOutcome.Kind.FAILED, null, e.getMessage());
        } catch (IOException | RuntimeException e) {
            return new IngestOutcome(file, IngestOutcome.Kind.FAILED, null, e.getMessage());
        }
    }

    /**
     * A new file's records, all in one transaction: the asset, its place, its technical metadata, its QUEUED status
     * (before the job exists, so that a worker taking the job at once never has its status put back), the job and the
     * audit record. A crash or an error in between leaves none of them (not an asset that no job will ever process).
     */
    private Asset add(NewAsset n, Path file, Optional<ProbeResult> probed, long probeMs, Workflow workflow, String actor) {
        Asset asset = assets.create(n, actor);
        files.addLocation(asset.id(), "ORIGINAL", file, n.fileSize(), n.fileHash(), true);
        // The probe made here is the job's: its metadata is kept now and its step is not done again.
        Map<Capability, Long> done = Map.of();
        if (probed.isPresent()) {
            files.saveTechnicalMetadata(asset.id(), probed.get().summary(), probed.get().raw(), JobRunner.ANALYZER);
            done = Map.of(Capability.PROBE, probeMs);
        }
        assets.recordProcessing(asset.id(), AssetStatus.QUEUED, null, null, null, "Queued for " + workflow.name(), actor);
        queue.enqueue(asset.id(), workflow, workflow.priority(), 3, actor, done);
        SourceSystem source = n.sourceSystem();
        audit.record(new NewActionRecord(source == SourceSystem.WATCH_FOLDER ? ActionType.WATCH_FOLDER_INGEST
                : source == SourceSystem.API_SUBMISSION ? ActionType.API_SUBMISSION : ActionType.USER_UPLOAD,
                Direction.INBOUND, null, actor, asset.id(), component, null,
                Map.of("path", file.toString(), "size", n.fileSize(), "workflow", workflow.name()), null, Map.of("status", "QUEUED")));
        return asset;
    }

    /** Content already in the catalogue: this place of it is recorded (with its audit record, together). */
    private IngestOutcome knownAgain(Path file, java.util.UUID id, long size, String hash, String actor) {
        boolean added = units.inOne(() -> {
            boolean newPlace = files.addLocation(id, "ORIGINAL", file, size, hash, true);
            audit.record(new NewActionRecord(ActionType.DUPLICATE_FOUND, Direction.INBOUND, null, actor, id,
                    component, null, Map.of("path", file.toString(), "new_location", newPlace), null, null));
            return newPlace;
        });
        return new IngestOutcome(file, IngestOutcome.Kind.DUPLICATE, id,
                (added ? "already in the catalogue; this location was added" : "already in the catalogue at this location")
                        + copied(id, file, size, hash));
    }
}
