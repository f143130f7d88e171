package io.reelbase.core.asset;

/** The orders the library can list assets in; every one is paged by keyset, never by offset. */
public enum AssetSort {
    NEWEST("Newest first"),
    OLDEST("Oldest first"),
    TITLE("Title A\u2013Z"),
    TITLE_DESC("Title Z\u2013A"),
    LARGEST("Largest first"),
    LONGEST("Longest first");

    private final String label;

    AssetSort(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
