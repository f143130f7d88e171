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
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The SQL behind the library's lists, searches and facet counts: one WHERE clause built from an
 * {@link AssetFilter}, with its parameters in order. Every condition can use an index; words are
 * matched through a union of indexed searches, so one slow branch never turns into a scan.
 */
final class AssetSql {
    /** The keyword tag named (whatever the case), as an array of its id for the asset row's tag_ids (null: no such tag). */
    private static final String TAG_NAMED = "array[(select n.id from graph_node n where n.node_type = 'KEYWORD'"
            + " and lower(n.name) = lower(?))]";
    /** The keyword tags whose names start with a text, as an array of ids (the subquery runs once, not per row). */
    private static final String TAGS_STARTING = "array(select n.id from graph_node n where n.node_type = 'KEYWORD'"
            + " and n.name ilike ? escape '!')";

    final StringBuilder where = new StringBuilder("true");
    /** Whether anything besides the words narrows the list (facets, dates, a collection). */
    private boolean narrowed;
    final List<Object> params = new ArrayList<>();

    private AssetSql() {
    }

    /** The conditions of {@code filter}, leaving out the value chosen for {@code except} (null: none). */
    static AssetSql where(AssetFilter filter, Facet except) {
        return where(filter, except, false);
    }

    /**
     * As above; words are matched exactly (full text by prefix, file name, tags) or, with {@code fuzzy},
     * loosely by trigram similarity of the title, for when nothing matches them exactly (typos).
     */
    static AssetSql where(AssetFilter filter, Facet except, boolean fuzzy) {
        AssetSql q = new AssetSql();
        filter.facets().forEach((facet, value) -> {
            if (facet != except) {
                q.facet(facet, value);
            }
        });
        if (filter.addedFrom() != null) {
            q.and("a.created_at >= ?", Timestamp.from(filter.addedFrom()));
        }
        if (filter.addedBefore() != null) {
            q.and("a.created_at < ?", Timestamp.from(filter.addedBefore()));
        }
        if (filter.folder() != null) {
            String prefix = filter.folder().replaceAll("/+$", "").replace("!", "!!").replace("%", "!%").replace("_", "!_");
            q.and("a.source_system = 'WATCH_FOLDER' and a.source_id like ? escape '!'", prefix + "/%");
        }
        if (filter.collection() != null) {
            q.and("a.id in (select c.asset_id from collection_asset c where c.collection_id = ?)", filter.collection());
        }
        if (filter.workingSet() != null) {
            q.and("a.id in (select w.asset_id from working_set_asset w where w.working_set_id = ?)", filter.workingSet());
        }
        q.narrowed = !q.params.isEmpty();
        // Deleted assets (soft-deleted by a lifecycle rule, restorable until purged) are out of every list but their own:
        // the status facet counts and shows them.
        if (filter.status().isEmpty() && except != Facet.STATUS) {
            q.and("a.status <> 'DELETED'");
        }
        if (filter.hasText()) {
            q.words(filter.text(), fuzzy);
        }
        return q;
    }

    private void facet(Facet facet, String value) {
        switch (facet) {
            case TYPE -> and("a.asset_type = ?", value);
            case STATUS -> and("a.status = ?", value);
            case REVIEW -> and("a.review_status = ?", value);
            case SOURCE -> and("a.source_system = ?", value);
            case CODEC -> and("a.codec = ?", value);
            case RESOLUTION -> and("a.resolution_category = ?", value);
            case TAG -> and("a.tag_ids @> " + TAG_NAMED, value);
            case CONDITION -> and("(a.damage is not null) = (? = 'DAMAGED')", value);
        }
    }

    /**
     * Exactly: full text over title, file name and description (every word as a prefix), the file name as
     * a literal substring, keyword tags starting with the words. Loosely: trigram similarity of the title,
     * whole or any part of it. Kept in two forms: a union of indexed searches (finds every match, cheap
     * when there are few) and a per-row test (cheap when only the first page in some order is wanted).
     */
    private void words(String text, boolean fuzzy) {
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
            String prefixes = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                    .filter(w -> !w.isBlank()).map(w -> w + ":*").collect(Collectors.joining(" & "));
            String like = text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
            if (!prefixes.isEmpty()) {
                branches.add("a.search_vector @@ to_tsquery('simple', ?)");
                branchParams.add(prefixes);
                rows.add("a.search_vector @@ to_tsquery('simple', ?)");
                rowParams.add(prefixes);
            }
            branches.add("a.original_filename ilike ? escape '!'");
            branches.add("a.tag_ids && " + TAGS_STARTING);
            branchParams.addAll(List.of("%" + like + "%", like + "%"));
            rows.add("a.original_filename ilike ? escape '!'");
            rows.add("a.tag_ids && " + TAGS_STARTING);
            rowParams.addAll(List.of("%" + like + "%", like + "%"));
        }
        StringBuilder union = new StringBuilder("a.id in (");
        for (int i = 0; i < branches.size(); i++) {
            union.append(i == 0 ? "" : " union ").append("select a.id from asset a where ").append(branches.get(i));
        }
        textUnion = union.append(')').toString();
        textUnionParams = branchParams;
        textRow = "(" + String.join(" or ", rows) + ")";
        textRowParams = rowParams;
        scanAhead = fuzzy ? 8_000 : 4_000;
    }

    /** The word conditions one by one (each can use its own index), with one parameter each. */
    private List<String> branches = List.of();
    private List<Object> branchParams = List.of();

    /** How many rows, in list order, the first attempt at a page of a word search tests one by one. */
    private int scanAhead;

    /** The word conditions (null without words): as a union of indexed searches, and as a per-row test. */
    private String textUnion;
    private List<Object> textUnionParams = List.of();
    private String textRow;
    private List<Object> textRowParams = List.of();

    /** The whole condition, words included as the union (for counting: every match is needed). */
    String whereAll() {
        return textUnion == null ? where.toString() : where + " and " + textUnion;
    }

    List<Object> paramsAll() {
        List<Object> all = new ArrayList<>(params);
        all.addAll(textUnionParams);
        return all;
    }

    boolean hasWords() {
        return textUnion != null;
    }

    void and(String condition, Object... values) {
        where.append(" and ").append(condition);
        params.addAll(Arrays.asList(values));
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
        /** Test the words row by row on everything else the filter lets through: for lists narrowed by facets. */
        SCAN_ALL,
        /** Find every match through the indexes, then order them: fast for rare words. */
        UNION
    }

    /** The complete strategy for a page after {@link Strategy#SCAN_AHEAD} fell short. */
    Strategy exhaustive() {
        return narrowed ? Strategy.SCAN_ALL : Strategy.UNION;
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
        List<Object> all = new ArrayList<>(params);
        String select = "select a.id, (" + expr + ")::text from ";
        String sql;
        if (!hasWords()) {
            all.addAll(keysetParams);
            sql = select + "asset a where " + where + keyset + order + " limit ?";
        } else if (strategy == Strategy.SCAN_AHEAD) {
            all.addAll(keysetParams);
            all.add(scanAhead);
            all.addAll(textRowParams);
            sql = select + "(select a.* from asset a where " + where + keyset + order + " limit ?) a where " + textRow
                    + order + " limit ?";
        } else if (strategy == Strategy.SCAN_ALL) {
            // "offset 0" keeps PostgreSQL from walking the whole order index testing the words on every row:
            // the narrowed rows are found first (by their own indexes), then tested, then ordered.
            all.addAll(textRowParams);
            all.addAll(keysetParams);
            sql = "select id, k::text as sort_key from (select a.id, " + expr + " as k from asset a where " + where + " and " + textRow
                    + keyset + " offset 0) a order by k " + dir + ", id " + dir + " limit ?";
        } else {
            // Each way of matching finds its rows (and their sort keys) through its own index; only the
            // matches are then ordered, never the whole list.
            StringBuilder union = new StringBuilder();
            all.clear();
            for (int i = 0; i < branches.size(); i++) {
                union.append(i == 0 ? "" : " union ").append("select a.id, ").append(expr).append(" as k from asset a where ")
                        .append(where).append(" and ").append(branches.get(i)).append(keyset);
                all.addAll(params);
                all.add(branchParams.get(i));
                all.addAll(keysetParams);
            }
            sql = "select id, k::text as sort_key from (" + union + ") a order by k " + dir + ", id " + dir + " limit ?";
        }
        all.add(limit + 1);
        return prepare(c, sql, all);
    }

    static PreparedStatement prepare(Connection c, String sql, List<Object> params) throws SQLException {
        PreparedStatement st = c.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            st.setObject(i + 1, params.get(i));
        }
        return st;
    }
}
