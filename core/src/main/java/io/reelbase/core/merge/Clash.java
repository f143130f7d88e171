package io.reelbase.core.merge;

/**
 * A field both sides changed differently since the common base: the merge leaves the base value in place
 * until a person chooses. {@code key} names the tag, custom field or operational tag ("" for the others);
 * values are null where that side has none (a removed tag or key, an empty description).
 */
public record Clash(Field field, String key, Object base, Object mine, Object theirs) {

    /** The merged record's fields, as the conflict screen names them. */
    public enum Field {
        TITLE("title"), DESCRIPTION("description"), REVIEW_STATUS("review status"), TAG("tag"),
        CUSTOM_FIELD("custom field"), OPERATIONAL_TAG("operational tag");

        private final String label;

        Field(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The same clash seen from the other side. */
    public Clash swapped() {
        return new Clash(field, key, base, theirs, mine);
    }

    /** "title", "tag "sea"", "custom field "rights"". */
    public String describe() {
        return key.isEmpty() ? field.label() : field.label() + " \u201c" + key + "\u201d";
    }
}
