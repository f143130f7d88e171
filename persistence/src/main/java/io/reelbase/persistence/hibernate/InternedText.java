package io.reelbase.persistence.hibernate;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One copy of the short texts that repeat across many assets (MIME types, tag names), so a list of a
 * million assets does not hold a million copies of "image/jpeg". Bounded: past the limit, texts are
 * simply not shared.
 */
final class InternedText {
    private static final int LIMIT = 50_000;
    private static final ConcurrentHashMap<String, String> TEXTS = new ConcurrentHashMap<>();

    private InternedText() {
    }

    static String text(String s) {
        if (s == null) {
            return null;
        }
        String known = TEXTS.get(s);
        if (known != null) {
            return known;
        }
        if (TEXTS.size() < LIMIT) {
            known = TEXTS.putIfAbsent(s, s);
            return known == null ? s : known;
        }
        return s;
    }
}
