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
    /** Keyword tags: graph nodes of type KEYWORD linked to the asset. */
    static final String KEYWORDS = "select g.asset_id from asset_graph_node g join graph_node n on n.id = g.node_id"
            + " where n.node_type = 'KEYWORD'";

    final StringBuilder where = new StringBuilder("true");
    final List<Object> params = new ArrayList<>();

    private AssetSql() {
    }

    /** The conditions of {@code filter}, leaving out the value chosen for {@code except} (null: none). */
    static AssetSql where(AssetFilter filter, Facet except) {
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
        if (filter.collection() != null) {
            q.and("a.id in (select c.asset_id from collection_asset c where c.collection_id = ?)", filter.collection());
        }
        if (filter.hasText()) {
            q.words(filter.text());
        }
        return q;
    }

    private void facet(Facet facet, String value) {
        switch (facet) {
            case TYPE -> and("a.asset_type = ?", value);
            case STATUS -> and("a.status = ?", value);
            case REVIEW -> and("a.review_status = ?", value);
            case SOURCE -> and("a.source_system = ?", value);
            case CODEC -> and("a.id in (select t.asset_id from technical_metadata t"
                    + " where coalesce(t.video_codec, t.audio_codec) = ?)", value);
            case RESOLUTION -> and("a.id in (select t.asset_id from technical_metadata t where t.resolution_category = ?)", value);
            case TAG -> and("a.id in (" + KEYWORDS + " and lower(n.name) = lower(?))", value);
        }
    }

    /**
     * Full text over title, file name and description (every word as a prefix), trigram similarity of
     * the title for typos (whole title and any part of it), the file name as a literal substring, and
     * keyword tags starting with the words.
     */
    private void words(String text) {
        String prefixes = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isBlank()).map(w -> w + ":*").collect(Collectors.joining(" & "));
        String like = text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        StringBuilder any = new StringBuilder("a.id in (");
        List<Object> anyParams = new ArrayList<>();
        if (!prefixes.isEmpty()) {
            any.append("select id from asset where search_vector @@ to_tsquery('simple', ?) union ");
            anyParams.add(prefixes);
        }
        any.append("select id from asset where title % ? union select id from asset where ? <% title")
                .append(" union select id from asset where original_filename ilike ? escape '!'")
                .append(" union ").append(KEYWORDS).append(" and lower(n.name) like lower(?) escape '!')");
        anyParams.addAll(List.of(text, text, "%" + like + "%", like + "%"));
        and(any.toString(), anyParams.toArray());
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

    /** Ids and sort keys of one page: {@code limit + 1} rows, so the caller can tell whether more follow. */
    PreparedStatement page(Connection c, AssetSort sort, Optional<AssetCursor> after, int limit) throws SQLException {
        String expr = expression(sort);
        String dir = descending(sort) ? "desc" : "asc";
        StringBuilder sql = new StringBuilder("select a.id, (").append(expr).append(")::text from asset a where ").append(where);
        List<Object> all = new ArrayList<>(params);
        if (after.isPresent()) {
            if (after.get().sort() != sort) {
                throw new IllegalArgumentException("The cursor belongs to the " + after.get().sort() + " order, not " + sort);
            }
            String cmp = descending(sort) ? "<" : ">";
            String key = "cast(? as " + sqlType(sort) + ")";
            sql.append(" and (").append(expr).append(' ').append(cmp).append(' ').append(key)
                    .append(" or (").append(expr).append(" = ").append(key).append(" and a.id ").append(cmp).append(" ?))");
            all.addAll(List.of(after.get().key(), after.get().key(), after.get().id()));
        }
        sql.append(" order by ").append(expr).append(' ').append(dir).append(", a.id ").append(dir).append(" limit ?");
        all.add(limit + 1);
        return prepare(c, sql.toString(), all);
    }

    static PreparedStatement prepare(Connection c, String sql, List<Object> params) throws SQLException {
        PreparedStatement st = c.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            st.setObject(i + 1, params.get(i));
        }
        return st;
    }

    /** What a facet's values are, as SQL over {@code asset a}, and what must be joined for it. */
    static String facetValue(Facet facet) {
        return switch (facet) {
            case TYPE -> "a.asset_type";
            case STATUS -> "a.status";
            case REVIEW -> "a.review_status";
            case SOURCE -> "a.source_system";
            case CODEC -> "coalesce(t.video_codec, t.audio_codec)";
            case RESOLUTION -> "t.resolution_category";
            case TAG -> "n.name";
        };
    }

    static String facetJoin(Facet facet) {
        return switch (facet) {
            case CODEC, RESOLUTION -> " join technical_metadata t on t.asset_id = a.id";
            case TAG -> " join asset_graph_node g on g.asset_id = a.id join graph_node n on n.id = g.node_id and n.node_type = 'KEYWORD'";
            default -> "";
        };
    }
}
