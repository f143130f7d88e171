package io.reelbase.core.merge;

import io.reelbase.core.asset.AssetRules;
import io.reelbase.core.asset.ReviewStatus;
import java.util.Objects;

/**
 * A person's answer to one clash: keep their own value, keep the other side's, or a value they typed. For a
 * tag, the value is the tag's spelling or nothing (the tag goes); for a custom field or operational tag, its
 * value or nothing (the key goes).
 */
public record ClashAnswer(Clash clash, Choice choice, String typed) {

    public enum Choice { MINE, THEIRS, TYPED }

    public ClashAnswer {
        Objects.requireNonNull(clash, "clash");
        Objects.requireNonNull(choice, "choice");
    }

    public static ClashAnswer mine(Clash clash) {
        return new ClashAnswer(clash, Choice.MINE, null);
    }

    public static ClashAnswer theirs(Clash clash) {
        return new ClashAnswer(clash, Choice.THEIRS, null);
    }

    public static ClashAnswer typed(Clash clash, String text) {
        return new ClashAnswer(clash, Choice.TYPED, text == null ? "" : text);
    }

    /**
     * The value this answer gives the field (null: none — no description, the tag or key removed). Throws
     * {@link IllegalArgumentException} for typed text the field cannot take (a blank title, an unknown review status).
     */
    public Object value() {
        Object v = switch (choice) {
            case MINE -> clash.mine();
            case THEIRS -> clash.theirs();
            case TYPED -> parse(typed.strip());
        };
        return v == AssetMerge.ABSENT_NULL ? null : v;
    }

    private Object parse(String text) {
        return switch (clash.field()) {
            case TITLE -> AssetRules.requireTitle(text);
            case REVIEW_STATUS -> ReviewStatus.parse(text);
            case TAG -> text.isEmpty() ? null : AssetRules.tags(java.util.List.of(text)).get(0);
            case DESCRIPTION, CUSTOM_FIELD, OPERATIONAL_TAG -> text.isEmpty() ? null : text;
        };
    }
}
