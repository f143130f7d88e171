package io.reelbase.persistence.hibernate;

import io.reelbase.core.asset.AssetCursor;
import io.reelbase.core.asset.AssetFilter;
import io.reelbase.core.asset.AssetSort;
import io.reelbase.core.asset.Facet;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The SQL behind the library's lists, searches and facet counts: one WHERE clause built from an
 * {@link AssetFilter}, with its parameters in order. Every condition can use an index; words are
 * matched through a union of indexed searches, so one slow branch never turns into a scan.
 */
final class AssetSql {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AssetSql.class);
    /**
     * The conditions, in two parts for the first try at a page of a word search: those an index in list order
     * can follow (type, status, codec, dates…), and the tags, which are tested on the rows walked. The whole
     * WHERE clause is the two together ({@link #where()}).
     */
    private final StringBuilder inOrder = new StringBuilder("true");
    private final List<Object> inOrderParams = new ArrayList<>();
    private final StringBuilder tagged = new StringBuilder("true");
    private final List<Object> taggedParams = new ArrayList<>();

    private AssetSql() {
    }

    /** The conditions of {@code filter}, leaving out the value chosen for {@code except} (null: none). */
    static AssetSql where(AssetFilter filter, Facet except, TagLookup tags) throws SQLException {
        return where(filter, except, false, tags);
    }

    /**
     * As above; words are matched exactly (full text by prefix, file name, tags) or, with {@code fuzzy},
     * loosely by trigram similarity of the title, for when nothing matches them exactly (typos).
     */
    static AssetSql where(AssetFilter filter, Facet except, boolean fuzzy, TagLookup tags) throws SQLException {
        AssetSql q = new AssetSql();
        for (Map.Entry<Facet, String> chosen : filter.facets().entrySet()) {
            if (chosen.getKey() != except) {
                q.facet(chosen.getKey(), chosen.getValue(), tags);
            }
        }
        if (filter.addedFrom() != null) {
            q.and("a.created_at >= ?", Timestamp.from(filter.addedFrom()));
        }
        if (filter.addedBefore() != null) {
            q.and("a.created_at < ?", Timestamp.from(filter.addedBefore()));
        }
        if (filter.folder() != null) {
            String prefix = likeLiteral(filter.folder().replaceAll("/+$", ""));
            q.and("a.source_system = 'WATCH_FOLDER' and a.source_id like ? escape '!'", prefix + "/%");
        }
        if (filter.collection() != null) {
            q.and("a.id in (select c.asset_id from collection_asset c where c.collection_id = ?)", filter.collection());
        }
        if (filter.workingSet() != null) {
            q.and("a.id in (select w.asset_id from working_set_asset w where w.working_set_id = ?)", filter.workingSet());
        }
        if (hidesDeleted(filter, except)) {
            q.and("a.status <> 'DELETED'");
        }
        if (filter.hasText()) {
            q.words(filter.text(), fuzzy, tags);
        }
        return q;
    }

    /** The text as a literal in a LIKE pattern with {@code escape '!'}: its own %, _ and ! stand for themselves. */
    static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /**
     * Deleted assets (soft-deleted by a lifecycle rule, restorable until purged) are out of every list but their
     * own, and out of every count but the status facet's, which shows them.
     */
    static boolean hidesDeleted(AssetFilter filter, Facet except) {
        return filter.status().isEmpty() && except != Facet.STATUS;
    }

    private void facet(Facet facet, String value, TagLookup tags) throws SQLException {
        switch (facet) {
            case TYPE -> and("a.asset_type = ?", value);
            case STATUS -> and("a.status = ?", value);
            case REVIEW -> and("a.review_status = ?", value);
            case SOURCE -> and("a.source_system = ?", value);
            case CODEC -> and("a.codec = ?", value);
            case RESOLUTION -> and("a.resolution_category = ?", value);
            case TAG -> {
                UUID[] tag = tags.named(value);
                if (tag.length == 0) {
                    andTag("false"); // no such tag: nothing has it
                } else {
                    andTag("a.tag_ids @> ?", (Object) tag);
                }
            }
            case CONDITION -> and("(a.damage is not null) = (? = 'DAMAGED')", value);
        }
    }

    /**
     * Exactly: full text over title, file name and description (every word as a prefix), the file name as
     * a literal substring, keyword tags starting with the words. Loosely: trigram similarity of the title,
     * whole or any part of it. Kept in two forms: a union of indexed searches (finds every match, cheap
     * when there are few) and a per-row test (cheap when only the first page in some order is wanted).
     */
    private void words(String text, boolean fuzzy, TagLookup tags) throws SQLException {
        branches = new ArrayList<>();
        branchParams = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        List<Object> rowParams = new ArrayList<>();
        if (fuzzy) {
            // Some word of the title is like the words (pg_trgm word similarity): typos in any part of it.
            branches.add("? <% a.title");
            branchParams.add(text);
            rows.add("? <% a.title");
            rowParams.add(text);
        } else {
            String prefixes = tsQuery(text, tags);
            String like = likeLiteral(text);
            if (!prefixes.isEmpty()) {
                branches.add("a.search_vector @@ to_tsquery('simple', ?)");
                branchParams.add(prefixes);
                rows.add("a.search_vector @@ to_tsquery('simple', ?)");
                rowParams.add(prefixes);
            }
            branches.add("a.original_filename ilike ? escape '!'");
            branchParams.add("%" + like + "%");
            rows.add("a.original_filename ilike ? escape '!'");
            rowParams.add("%" + like + "%");
            UUID[] tagged = tags.startingWith(text);
            if (tagged.length > 0) {
                branches.add("a.tag_ids && ?");
                branchParams.add(tagged);
                rows.add("a.tag_ids && ?");
                rowParams.add(tagged);
            }
        }
        textRow = "(" + String.join(" or ", rows) + ")";
        textRowParams = rowParams;
        scanAhead = fuzzy ? 8_000 : 4_000;
    }

    /**
     * The words as a full-text query: every word must be there, the last one as the start of a word (it may be
     * still being typed), the others whole. Whole words are found by intersecting the index's lists of rows at
     * once; a prefix must first gather every word it starts (four times slower), so a prefix that starts few words
     * of the catalogue is written as those words ({@code traffic & (lighthouse | lighthouses)}).
     */
    static String tsQuery(String text, TagLookup lookup) throws SQLException {
        List<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isBlank()).toList();
        if (words.isEmpty()) {
            return "";
        }
        String last = words.get(words.size() - 1);
        List<String> whole = lookup.wordsStarting(last, MOST_WORDS_FOR_A_PREFIX);
        String lastTerm = whole.isEmpty() ? last + ":*"
                : whole.size() == 1 ? whole.get(0) : "(" + String.join(" | ", whole) + ")";
        List<String> terms = new ArrayList<>(words.subList(0, words.size() - 1));
        terms.add(lastTerm);
        return String.join(" & ", terms);
    }

    /** Beyond this many words a prefix starts, the prefix itself is searched (as fast as so many words). */
    static final int MOST_WORDS_FOR_A_PREFIX = 32;

    /** The word conditions one by one (each can use its own index), with one parameter each. */
    private List<String> branches = List.of();
    private List<Object> branchParams = List.of();

    /** How many rows, in list order, the first attempt at a page of a word search tests one by one. */
    private int scanAhead;

    int scanAhead() {
        return scanAhead;
    }

    void scanAhead(int rows) {
        scanAhead = rows;
    }

    /** The word conditions as a per-row test (null without words); {@link #branches} holds them one by one. */
    private String textRow;
    private List<Object> textRowParams = List.of();

    /** The whole condition, words included as a test of each row (for counting: one pass over the rows). */
    String whereRow() {
        return textRow == null ? where() : where() + " and " + textRow;
    }

    List<Object> paramsRow() {
        List<Object> all = params();
        all.addAll(textRowParams);
        return all;
    }

    /** The conditions without the words. */
    private String where() {
        return inOrder + " and " + tagged;
    }

    /** Their values, in order (a new list). */
    private List<Object> params() {
        List<Object> all = new ArrayList<>(inOrderParams);
        all.addAll(taggedParams);
        return all;
    }

    boolean hasWords() {
        return textRow != null;
    }

    void and(String condition, Object... values) {
        inOrder.append(" and ").append(condition);
        inOrderParams.addAll(Arrays.asList(values));
    }

    private void andTag(String condition, Object... values) {
        tagged.append(" and ").append(condition);
        taggedParams.addAll(Arrays.asList(values));
    }

    /** The sort expression and direction of each order; the id breaks ties the same way. */
    static String expression(AssetSort sort) {
        return switch (sort) {
            case NEWEST, OLDEST -> "a.created_at";
            case TITLE, TITLE_DESC -> "lower(a.title)";
            case LARGEST -> "coalesce(a.file_size, -1)";
            case LONGEST -> "coalesce(a.duration_ms, -1)";
        };
    }

    static String sqlType(AssetSort sort) {
        return switch (sort) {
            case NEWEST, OLDEST -> "timestamptz";
            case TITLE, TITLE_DESC -> "text";
            case LARGEST, LONGEST -> "bigint";
        };
    }

    static boolean descending(AssetSort sort) {
        return sort != AssetSort.OLDEST && sort != AssetSort.TITLE;
    }

    /** How a page of a word search is found. */
    enum Strategy {
        /** Test the words row by row on the next rows of the list, in order: fast for common words; may fall short. */
        SCAN_AHEAD,
        /** Find every match through the indexes, then order them: fast for rare words. */
        UNION
    }

    /** Ids and sort keys of one page: {@code limit + 1} rows, so the caller can tell whether more follow. */
    PreparedStatement page(Connection c, AssetSort sort, Optional<AssetCursor> after, int limit, Strategy strategy)
            throws SQLException {
        String expr = expression(sort);
        String dir = descending(sort) ? "desc" : "asc";
        String order = " order by " + expr + " " + dir + ", a.id " + dir;
        StringBuilder keyset = new StringBuilder();
        List<Object> keysetParams = new ArrayList<>();
        if (after.isPresent()) {
            if (after.get().sort() != sort) {
                throw new IllegalArgumentException("The cursor belongs to the " + after.get().sort() + " order, not " + sort);
            }
            // A row comparison, which PostgreSQL turns into a range of the (key, id) index: a page deep
            // in the list costs what the first one does.
            String cmp = descending(sort) ? "<" : ">";
            keyset.append(" and (").append(expr).append(", a.id) ").append(cmp)
                    .append(" (cast(? as ").append(sqlType(sort)).append("), ?)");
            keysetParams.addAll(List.of(after.get().key(), after.get().id()));
        }
        List<Object> all = params();
        String select = "select a.id, (" + expr + ")::text from ";
        String sql;
        if (!hasWords()) {
            all.addAll(keysetParams);
            sql = select + "asset a where " + where() + keyset + order + " limit ?";
        } else if (strategy == Strategy.SCAN_AHEAD) {
            // The next rows of the list in this order as far as an index can follow it, and of those the ones
            // with the tags and the words: a bounded amount of work however rare the tag or the words are.
            all.clear();
            all.addAll(inOrderParams);
            all.addAll(keysetParams);
            all.add(scanAhead);
            all.addAll(taggedParams);
            all.addAll(textRowParams);
            sql = select + "(select a.* from asset a where " + inOrder + keyset + order + " limit ?) a where " + tagged
                    + " and " + textRow + order + " limit ?";
        } else {
            // Each way of matching finds its rows (and their sort keys) through its own index; only the
            // matches are then ordered, never the whole list.
            StringBuilder union = new StringBuilder();
            all.clear();
            for (int i = 0; i < branches.size(); i++) {
                union.append(i == 0 ? "" : " union ").append("select a.id, ").append(expr).append(" as k from asset a where ")
                        .append(where()).append(" and ").append(branches.get(i)).append(keyset);
                all.addAll(params());
                all.add(branchParams.get(i));
                all.addAll(keysetParams);
            }
            sql = "select id, k::text as sort_key from (" + union + ") a order by k " + dir + ", id " + dir + " limit ?";
        }
        all.add(limit + 1);
        return prepare(c, sql, all);
    }

    /** The statement with its values written in, for EXPLAIN (ANALYZE, BUFFERS) by hand (logger at TRACE). */
    static String withValues(String sql, List<Object> params) {
        String t = sql;
        for (Object p : params) {
            String value = p instanceof UUID[] ids
                    ? "array" + Arrays.stream(ids).map(id -> "'" + id + "'").toList() + "::uuid[]"
                    : p instanceof Number ? p.toString() : "'" + String.valueOf(p).replace("'", "''") + "'";
            t = t.replaceFirst("\\?(?![%|&])", java.util.regex.Matcher.quoteReplacement(value));
        }
        return t;
    }

    static PreparedStatement prepare(Connection c, String sql, List<Object> params) throws SQLException {
        PreparedStatement st = c.prepareStatement(sql);
        if (LOG.isTraceEnabled()) {
            LOG.trace("{}", withValues(sql, params));
        }
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            st.setObject(i + 1, p instanceof UUID[] ids ? c.createArrayOf("uuid", ids) : p);
        }
        return st;
    }
}
