package io.reelbase.core.merge;

/** One field that differs between two versions: a tag or key added or removed, or a value changed. */
public record FieldChange(Clash.Field field, String key, Object before, Object after) {

    public enum Kind { ADDED, REMOVED, CHANGED }

    public Kind kind() {
        return before == null ? Kind.ADDED : after == null ? Kind.REMOVED : Kind.CHANGED;
    }

    /** "title", "tag “sea”", "custom field “rights”". */
    public String describe() {
        return key.isEmpty() ? field.label() : field.label() + " \u201c" + key + "\u201d";
    }
}
