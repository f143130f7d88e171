package io.reelbase.core.asset;

import java.util.Locale;

/** A property the library can narrow by, with a count of assets for each value. */
public enum Facet {
    TYPE("Type"),
    STATUS("Status"),
    REVIEW("Review"),
    CODEC("Codec"),
    RESOLUTION("Resolution"),
    SOURCE("Source"),
    TAG("Tag"),
    CONDITION("Condition");

    private final String label;

    Facet(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The value as stored for enum-valued facets (upper case), else as given. */
    public String normalise(String value) {
        String v = value == null ? "" : value.strip();
        Class<? extends Enum<?>> values = switch (this) {
            case TYPE -> AssetType.class;
            case STATUS -> AssetStatus.class;
            case REVIEW -> ReviewStatus.class;
            case SOURCE -> SourceSystem.class;
            case CONDITION -> Condition.class;
            default -> null;
        };
        if (values == null) {
            return v;
        }
        String name = v.toUpperCase(Locale.ROOT).replace(' ', '_');
        for (Enum<?> e : values.getEnumConstants()) {
            if (e.name().equals(name)) {
                return name;
            }
        }
        throw new IllegalArgumentException("\"" + v + "\" is not a " + label.toLowerCase(Locale.ROOT) + "; use one of "
                + java.util.Arrays.toString(values.getEnumConstants()) + ".");
    }
}
