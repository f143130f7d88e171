package io.reelbase.core.lifecycle;

/** Why a rule that matched an asset and is due leaves it alone. (Assets not due yet are counted per rule.) */
public enum SpareReason {
    LEGAL_HOLD("on legal hold"),
    ALREADY_THERE("already there"),
    HIGHER_PRIORITY_RULE("a higher-priority rule acts first"),
    NO_ROOT_FOR_TIER("no storage root of that tier"),
    NO_ORIGINAL("no readable copy of the original");

    private final String words;

    SpareReason(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
