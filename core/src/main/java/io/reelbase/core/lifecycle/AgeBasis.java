package io.reelbase.core.lifecycle;

/** What a rule's days count from: when the asset was ingested, or when it last changed. */
public enum AgeBasis {
    INGESTED("since ingest"), CHANGED("since the last change");

    private final String words;

    AgeBasis(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
