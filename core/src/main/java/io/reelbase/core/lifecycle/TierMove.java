package io.reelbase.core.lifecycle;

import io.reelbase.core.Bytes;
import io.reelbase.core.Progress;
import io.reelbase.core.ReelbaseException;
import io.reelbase.core.media.ContentHasher;
import io.reelbase.core.storage.ManagedCopy;
import io.reelbase.core.storage.StorageRoot;
import io.reelbase.core.storage.StorageRoots;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Moves an asset's original to a tier, carrying on from whatever step the item reached: copy into a root of the tier
 * (written whole, flushed, checksum compared, then named) → check the checksum again where it lies and record it →
 * make it the primary → remove the old copies that lie in managed roots. Copies outside every root stay where they
 * are, and the item says so.
 */
final class TierMove {
    private final LifecycleSteps steps;
    private final StorageRoots roots;
    private final ContentHasher hasher;
    private final ManagedCopy copier;
    private final StepWatch watch;
    private final String actor;

    TierMove(LifecycleSteps steps, StorageRoots roots, ContentHasher hasher, StepWatch watch, String actor) {
        this.steps = steps;
        this.roots = roots;
        this.hasher = hasher;
        this.copier = new ManagedCopy(roots, hasher);
        this.watch = watch;
        this.actor = actor;
    }

    /** Carries the move on from the item's state; {@code all} are the storage roots as the run began. */
    void carryOn(PlanItem item, List<StorageRoot> all) throws IOException {
        LifecycleSteps.Original o = steps.original(item.assetId()).orElseThrow(() -> new ReelbaseException(
                "\u201c" + item.assetTitle() + "\u201d is no longer in the catalogue.", "Nothing to do."));
        PlanItem at = item;
        // A copy written (or found whole) just now was hashed after it was flushed; one from a run that stopped is hashed again.
        boolean checkedNow = false;
        if (at.state() == ItemState.PLANNED) {
            LifecycleSteps.Copy source = o.copies().stream().filter(c -> Files.isRegularFile(c.path())).findFirst()
                    .orElseThrow(() -> new ReelbaseException("No copy of \u201c" + o.title() + "\u201d's original can be read ("
                            + (o.copies().isEmpty() ? "none is recorded" : o.copies().get(0).path() + " is gone") + "); nothing was moved.",
                            "Find the file, then 'reelbase ingest' it again or 'reelbase storage verify'."));
            Path target = ManagedCopy.target(choose(all, item, o.size()), item.assetId(), source.path());
            if (!(Files.isRegularFile(target) && o.sha256().equals(hasher.sha256(target, Progress.NONE)))) {
                try {
                    copier.write(source.path(), target, o.sha256());
                } catch (IOException e) {
                    throw new ReelbaseException("Could not copy \u201c" + o.title() + "\u201d from " + source.path() + " to " + target + ": "
                            + e.getMessage() + "; nothing was moved.", "The original is untouched. If it changed since it was ingested,"
                            + " look at it; if the root is full or unreachable, free space or fix it and run again.", e);
                }
            }
            steps.copied(at.id(), target);
            checkedNow = true;
            at = next(at, ItemState.COPIED, target.toString());
        }
        Path target = Path.of(at.targetPath());
        StorageRoot root = all.stream().filter(r -> r.holds(target)).findFirst().orElseThrow(() -> new ReelbaseException(
                "The new copy " + target + " is no longer inside a storage root (was the root removed?); nothing was switched.",
                "Add the root back with 'reelbase storage add', then run again."));
        if (at.state() == ItemState.COPIED) {
            String now = null;
            if (Files.isRegularFile(target)) {
                now = checkedNow ? o.sha256() : hasher.sha256(target, Progress.NONE);
            }
            if (!o.sha256().equals(now)) {
                Files.deleteIfExists(target);
                throw new ReelbaseException("The new copy " + target + (now == null ? " is gone" : " does not have the original's checksum")
                        + "; it was removed and the original stays the primary.", "Run again to copy it anew; check the root's disk.");
            }
            steps.verified(at.id(), at.assetId(), root, target, Files.size(target), o.sha256());
            at = next(at, ItemState.VERIFIED, at.targetPath());
        }
        if (at.state() == ItemState.VERIFIED) {
            steps.switched(at.id(), at.assetId(), target, at.targetTier());
            at = next(at, ItemState.SWITCHED, at.targetPath());
        }
        long freed = ManagedRemoval.remove(steps, all, steps.toRemove(at.assetId(), false), target);
        List<String> kept = o.copies().stream().filter(c -> !c.managed() && !c.path().equals(target)).map(c -> c.path().toString()).toList();
        String message = "now at " + target + (freed > 0 ? "; " + Bytes.human(freed) + " freed" : "")
                + (kept.isEmpty() ? "" : "; " + String.join(", ", kept) + " stays where it is (outside the storage roots)");
        steps.finish(at, freed, message, actor);
        watch.after(at.at(ItemState.DONE, at.targetPath(), freed, message), ItemState.DONE);
    }

    private PlanItem next(PlanItem at, ItemState state, String target) {
        PlanItem now = at.at(state, target, 0, null);
        watch.after(now, state);
        return now;
    }

    /** The root of the item's tier with the most room that is reachable and can take the file. */
    private StorageRoot choose(List<StorageRoot> all, PlanItem item, long size) {
        List<String> why = new ArrayList<>();
        List<StorageRoot> usable = new ArrayList<>();
        for (StorageRoot r : all) {
            if (r.tier() != item.targetTier()) {
                continue;
            }
            String problem = RootSpace.problem(r, size, r.capacityBytes() == null ? 0 : roots.usage(r.id()).bytes());
            if (problem == null) {
                usable.add(r);
            } else {
                why.add("\u201c" + r.name() + "\u201d " + problem);
            }
        }
        return usable.stream().max(Comparator.comparingLong(RootSpace::free)).orElseThrow(() -> new ReelbaseException(
                "No storage root of tier " + item.targetTier() + " can take \u201c" + item.assetTitle() + "\u201d (" + Bytes.human(size) + ")"
                        + (why.isEmpty() ? ": there is none" : ": " + String.join("; ", why)) + ". Nothing was moved.",
                "Free space, fix the root's folder or add a root with 'reelbase storage add NAME FOLDER --tier " + item.targetTier()
                        + "', then run again."));
    }
}
