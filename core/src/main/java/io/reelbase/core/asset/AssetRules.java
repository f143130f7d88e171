package io.reelbase.core.asset;

import java.util.regex.Pattern;

/** The checks on asset values that the database also enforces, run early to give a clear message. */
public final class AssetRules {
    public static final int MAX_TITLE_LENGTH = 500;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private AssetRules() {
    }

    public static String requireTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A title is required.");
        }
        String trimmed = title.strip();
        if (trimmed.length() > MAX_TITLE_LENGTH) {
            throw new IllegalArgumentException(
                    "A title can be at most " + MAX_TITLE_LENGTH + " characters; this one has " + trimmed.length() + ".");
        }
        return trimmed;
    }

    public static String requireHash(String hash) {
        String lower = hash.toLowerCase(java.util.Locale.ROOT);
        if (!SHA256.matcher(lower).matches()) {
            throw new IllegalArgumentException("Not a SHA-256 hash (64 hex digits): " + hash);
        }
        return lower;
    }

    public static final int MAX_TAG_LENGTH = 300;

    /**
     * Keyword tags as kept: spaces collapsed, blank ones dropped, each once whatever its case (the first
     * spelling wins), in the order given. A tag longer than {@link #MAX_TAG_LENGTH} is refused.
     */
    public static java.util.List<String> tags(java.util.Collection<String> tags) {
        java.util.Map<String, String> kept = new java.util.LinkedHashMap<>();
        for (String t : tags) {
            if (t == null) {
                continue;
            }
            String clean = t.strip().replaceAll("\\s+", " ");
            if (clean.isEmpty()) {
                continue;
            }
            if (clean.length() > MAX_TAG_LENGTH) {
                throw new IllegalArgumentException("A tag can be at most " + MAX_TAG_LENGTH + " characters; \""
                        + clean.substring(0, 40) + "…\" has " + clean.length() + ".");
            }
            kept.putIfAbsent(clean.toLowerCase(java.util.Locale.ROOT), clean);
        }
        return java.util.List.copyOf(kept.values());
    }
}
