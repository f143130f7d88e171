package io.reelbase.core.workflow;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** What routing knows about a file: field name (lower case) to value, e.g. asset_type, filename, size, mime_type. */
public final class RoutingFacts {
    private final Map<String, String> values = new HashMap<>();

    public RoutingFacts put(String field, Object value) {
        if (value != null) {
            values.put(field.toLowerCase(Locale.ROOT), String.valueOf(value));
        }
        return this;
    }

    public String get(String field) {
        return values.get(field.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
