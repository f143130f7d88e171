package io.reelbase.core.storage;

import io.reelbase.core.ReelbaseException;
import io.reelbase.core.ingest.Ingest;
import io.reelbase.core.media.ContentHasher;
import java.nio.file.Path;
import java.util.UUID;

/** Ingest's copier into one storage root: each original is kept there as a checked copy (see {@link ManagedCopy}). */
public final class RootCopier implements Ingest.OriginalCopier {
    private final StorageRoot root;
    private final ManagedCopy copy;

    private RootCopier(StorageRoot root, ManagedCopy copy) {
        this.root = root;
        this.copy = copy;
    }

    /** A copier into {@code root}; a root whose folder is missing or read-only is refused now, with what to do. */
    public static RootCopier into(StorageRoots roots, StorageRoot root, ContentHasher hasher) {
        String wrong = root.problem();
        if (wrong != null) {
            throw new ReelbaseException("The storage root \u201c" + root.name() + "\u201d (" + root.path() + ") is " + wrong + ".",
                    "Mount or fix its folder, or take --copy-to away. Nothing was ingested.");
        }
        return new RootCopier(root, new ManagedCopy(roots, hasher));
    }

    /** Copiers into the roots by id, for watch folders that keep copies (empty: no such root any more). */
    public static java.util.function.Function<UUID, java.util.Optional<Ingest.OriginalCopier>> byId(StorageRoots roots, ContentHasher hasher) {
        return id -> roots.all().stream().filter(r -> r.id().equals(id)).findFirst().map(r -> into(roots, r, hasher));
    }

    @Override
    public Path copy(UUID assetId, Path original, long size, String sha256) {
        return copy.copy(root, assetId, original, size, sha256);
    }

    @Override
    public String where() {
        return "the storage root \u201c" + root.name() + "\u201d";
    }
}
