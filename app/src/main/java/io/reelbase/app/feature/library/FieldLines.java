package io.reelbase.app.feature.library;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Custom fields and operational tags as people type them: one "name: value" per line. */
final class FieldLines {
    static final int MAX_NAME = 100;

    private FieldLines() {
    }

    static String format(Map<String, Object> fields) {
        StringBuilder s = new StringBuilder();
        fields.forEach((k, v) -> s.append(k).append(": ").append(v == null ? "" : v).append('\n'));
        return s.toString().stripTrailing();
    }

    /**
     * Reads the lines back. A value that was a number or true/false and still reads as one keeps its
     * type; everything else is text. A line without a colon, an empty or overlong name, or a name given
     * twice is refused with a message naming the line.
     */
    static Map<String, Object> parse(String text, String what, Map<String, Object> before) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (text == null) {
            return fields;
        }
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("Line " + (i + 1) + " of the " + what + "s has no \u201cname: value\u201d: " + line);
            }
            String name = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            if (name.isEmpty()) {
                throw new IllegalArgumentException("Line " + (i + 1) + " of the " + what + "s has no name before the colon.");
            }
            if (name.length() > MAX_NAME) {
                throw new IllegalArgumentException("A " + what + " name can be at most " + MAX_NAME + " characters (line " + (i + 1) + ").");
            }
            if (fields.containsKey(name)) {
                throw new IllegalArgumentException("The " + what + " \u201c" + name + "\u201d is given twice.");
            }
            fields.put(name, typed(value, before.get(name)));
        }
        return fields;
    }

    private static Object typed(String value, Object was) {
        if (was != null && String.valueOf(was).equals(value)) {
            return was;
        }
        if (was instanceof Number) {
            try {
                return value.contains(".") ? Double.parseDouble(value) : Long.parseLong(value);
            } catch (NumberFormatException notANumber) {
                return value;
            }
        }
        if (was instanceof Boolean && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(value.toLowerCase(Locale.ROOT));
        }
        return value;
    }
}
