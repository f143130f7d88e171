package io.reelbase.core.workflow;

/** One processing step a workflow can run on an asset. */
public enum Capability {
    PROBE, HASH_VERIFY, THUMBNAIL, PREVIEW, FILMSTRIP, PROXY, WAVEFORM, LOUDNESS, SCENE_DETECT, BLACK_DETECT, SILENCE_DETECT;

    /**
     * Whether an asset is usable without this step: a filmstrip, proxy, waveform or analysis that cannot finish
     * (a damaged file) leaves a warning, not a failed asset. Probe, hash check, thumbnail and preview are essential.
     */
    public boolean isOptional() {
        return this != PROBE && this != HASH_VERIFY && this != THUMBNAIL && this != PREVIEW;
    }

    /** Whether this version of Reelbase can run the step; the others are recorded as skipped, with that reason. */
    public boolean isAvailable() {
        return ordinal() <= WAVEFORM.ordinal();
    }
}
