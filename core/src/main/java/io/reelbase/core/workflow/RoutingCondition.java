package io.reelbase.core.workflow;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One test a file must pass to be routed to a workflow, such as
 * {@code asset_type equals IMAGE} or {@code filename matches (?i).*interview.*}.
 */
public record RoutingCondition(String field, Operator op, String value) {

    /** How a field is compared with the value. */
    public enum Operator {
        /** Case-insensitive equality. */
        EQUALS,
        /** Case-insensitive substring. */
        CONTAINS,
        /** A Java regular expression that must match the whole field. */
        MATCHES,
        /** The file name ends with one of the comma-separated extensions. */
        EXTENSION,
        /** The number (for example {@code size} in bytes) is at least the value. */
        AT_LEAST,
        /** The number is at most the value. */
        AT_MOST
    }

    public RoutingCondition {
        if (field == null || field.isBlank()) {
            throw new IllegalArgumentException("A routing condition needs a field.");
        }
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(value, "value");
        field = field.strip().toLowerCase(Locale.ROOT);
        if (op == Operator.MATCHES) {
            try {
                Pattern.compile(value);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("Not a valid pattern for '" + field + "': " + e.getDescription(), e);
            }
        }
        if (op == Operator.AT_LEAST || op == Operator.AT_MOST) {
            try {
                Long.parseLong(value.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + field + "' " + op + " needs a whole number, not '" + value + "'.", e);
            }
        }
    }

    /** Whether a file with these facts passes. A missing field never passes. */
    public boolean test(RoutingFacts facts) {
        String actual = facts.get(field);
        if (actual == null) {
            return false;
        }
        return switch (op) {
            case EQUALS -> actual.equalsIgnoreCase(value.strip());
            case CONTAINS -> actual.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT));
            case MATCHES -> Pattern.compile(value).matcher(actual).matches();
            case EXTENSION -> hasExtension(actual);
            case AT_LEAST -> number(actual) >= Long.parseLong(value.strip());
            case AT_MOST -> number(actual) <= Long.parseLong(value.strip());
        };
    }

    private boolean hasExtension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ext : value.split(",")) {
            String e = ext.strip().toLowerCase(Locale.ROOT);
            if (!e.isEmpty() && lower.endsWith(e.startsWith(".") ? e : "." + e)) {
                return true;
            }
        }
        return false;
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return Long.MIN_VALUE;
        }
    }
}
