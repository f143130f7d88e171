package io.reelbase.persistence.hibernate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Keyword tags by name, looked up before a list's query is written, so the query holds the tags' ids as
 * values: PostgreSQL then knows from its statistics how common each tag is and plans for it, and a word no
 * tag starts with adds no condition at all. Likewise the catalogue's words that a search's last word starts
 * ({@link #wordsStarting}), so that it is searched as those whole words. One lookup serves one read: a page, its
 * typo check and the facet counts' several WHERE clauses ask the same questions, answered once.
 */
final class TagLookup {
    private final Connection c;
    private final Map<String, UUID[]> tags = new HashMap<>();
    private final Map<String, List<String>> words = new HashMap<>();

    TagLookup(Connection c) {
        this.c = c;
    }

    /** The tag with this name, whatever the case (empty array: no such tag). */
    UUID[] named(String name) throws SQLException {
        return ids("select id from graph_node where node_type = 'KEYWORD' and lower(name) = lower(?)", name);
    }

    /** The tags whose names start with this text, whatever the case. */
    UUID[] startingWith(String text) throws SQLException {
        String like = AssetSql.likeLiteral(text) + "%";
        return ids("select id from graph_node where node_type = 'KEYWORD' and name ilike ? escape '!'", like);
    }

    /**
     * The words of the catalogue's search vectors that start with {@code prefix} (lower case, letters and digits),
     * if there are at most {@code most} and each is letters and digits only; otherwise none, and the caller
     * searches by the prefix itself. The prefix must be what PostgreSQL makes of it too (its own lower case).
     */
    List<String> wordsStarting(String prefix, int most) throws SQLException {
        String key = most + " " + prefix;
        List<String> known = words.get(key);
        if (known == null) {
            known = wholeWordsStarting(prefix, most);
            words.put(key, known);
        }
        return known;
    }

    private List<String> wholeWordsStarting(String prefix, int most) throws SQLException {
        int last = prefix.codePointBefore(prefix.length());
        if (last == Character.MAX_CODE_POINT) {
            return List.of();
        }
        int next = last + 1 == Character.MIN_SURROGATE ? Character.MAX_SURROGATE + 1 : last + 1;
        String upTo = prefix.substring(0, prefix.length() - Character.charCount(last)) + Character.toString(next);
        List<String> found = new ArrayList<>();
        try (PreparedStatement st = AssetSql.prepare(c, "select distinct word from search_word"
                + " where word >= (? collate \"C\") and word < (? collate \"C\") and lower(cast(? as text)) = cast(? as text)"
                + " order by word limit ?", List.of(prefix, upTo, prefix, prefix, most + 1));
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                found.add(rs.getString(1));
            }
        }
        boolean plain = found.stream().allMatch(w -> PLAIN.matcher(w).matches());
        return found.size() <= most && plain ? found : List.of();
    }

    private static final java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+");

    private UUID[] ids(String sql, String value) throws SQLException {
        String key = sql + '\u0000' + value;
        UUID[] known = tags.get(key);
        if (known != null) {
            return known;
        }
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, value);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
        }
        UUID[] found = ids.toArray(UUID[]::new);
        tags.put(key, found);
        return found;
    }
}
