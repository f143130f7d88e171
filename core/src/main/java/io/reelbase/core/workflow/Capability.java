package io.reelbase.core.workflow;

/** One processing step a workflow can run on an asset. */
public enum Capability {
    PROBE, HASH_VERIFY, THUMBNAIL, PREVIEW, FILMSTRIP, PROXY, WAVEFORM, LOUDNESS, SCENE_DETECT, BLACK_DETECT, SILENCE_DETECT;

    /** Whether this version of Reelbase can run the step; the others are recorded as skipped, with that reason. */
    public boolean isAvailable() {
        return ordinal() <= WAVEFORM.ordinal();
    }
}
