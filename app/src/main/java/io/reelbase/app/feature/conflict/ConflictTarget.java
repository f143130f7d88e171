package io.reelbase.app.feature.conflict;

import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetSnapshot;
import io.reelbase.core.edit.EditOutcome;

/**
 * Where the answers to a conflict go and what follows: an edit's conflict is saved through the edit pipeline and
 * the form takes the result; a sync's clash is saved on the working set's server and brought to this computer.
 */
public interface ConflictTarget {

    /** Saves the answer (off the FX thread); a new conflict where the asset changed again meanwhile. */
    EditOutcome save(EditOutcome.Conflict conflict, AssetSnapshot answer);

    /** On the FX thread, after a save. */
    void resolved(Asset asset);

    /** On the FX thread: the person left it unresolved. */
    void skipped(EditOutcome.Conflict conflict);

    /** What the screen says after a skip. */
    default String skippedNote(EditOutcome.Conflict conflict) {
        return "\u201c" + conflict.asset().title() + "\u201d was not saved; your changes are still in the form.";
    }
}
