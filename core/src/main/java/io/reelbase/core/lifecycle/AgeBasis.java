package io.reelbase.core.lifecycle;

/** What a rule's days count from: when the asset was ingested, when it last changed, or when it was last viewed. */
public enum AgeBasis {
    INGESTED("since ingest"), CHANGED("since the last change"), VIEWED("since last viewed");

    private final String words;

    AgeBasis(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
