package io.reelbase.core.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** An audit record's state before and after, as the lines a person reads: "status: STAGED \u2192 ARCHIVED". */
public final class StateDiff {
    private StateDiff() {
    }

    public static List<String> lines(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> b = before == null ? Map.of() : before;
        Map<String, Object> a = after == null ? Map.of() : after;
        List<String> out = new ArrayList<>();
        for (String key : new TreeSet<>(union(b, a))) {
            Object was = b.get(key);
            Object now = a.get(key);
            if (!Objects.equals(was, now)) {
                out.add(key + ": " + (was == null ? "\u2014" : was) + " \u2192 " + (now == null ? "\u2014" : now));
            }
        }
        return out;
    }

    private static java.util.Set<String> union(Map<String, Object> a, Map<String, Object> b) {
        java.util.Set<String> keys = new java.util.HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }
}
