package io.reelbase.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Immutable copies of JSON-like maps, which (unlike {@link Map#copyOf}) may hold null values. */
public final class Maps {
    private Maps() {
    }

    public static Map<String, Object> frozen(Map<String, Object> map) {
        // Most assets have no custom fields or tags: share one empty map instead of a copy each.
        return map == null || map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    public static Map<String, Object> frozenOrNull(Map<String, Object> map) {
        return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
