package io.reelbase.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.core.Page;
import io.reelbase.core.asset.Asset;
import io.reelbase.core.asset.AssetChanges;
import io.reelbase.core.asset.AssetCursor;
import io.reelbase.core.asset.AssetFilter;
import io.reelbase.core.asset.AssetRepository;
import io.reelbase.core.asset.AssetStatus;
import io.reelbase.core.asset.AssetType;
import io.reelbase.core.asset.NewAsset;
import io.reelbase.core.asset.VersionOrigin;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalogue's words (V29): kept by the database as assets are added and retitled, and a search whose last word
 * is written as the whole words it starts finds exactly what the prefix itself finds.
 */
class SearchWordsIT {
    private static final String[] VOCABULARY = {"light", "lighthouse", "lighthouses", "lightning", "harbour", "harbours",
        "harbourside", "market", "marketing", "traffic", "station", "storm", "stormy", "coverage", "festival", "night"};
    private static Database db;
    private static AssetRepository assets;

    @BeforeAll
    static void open() {
        db = Database.open(TestDatabases.fresh());
        assets = db.repositories().assets();
        Random random = new Random(29);
        for (int i = 0; i < 300; i++) {
            String title = word(random) + " " + word(random) + " " + (1000 + i);
            String file = word(random) + "_" + String.format(Locale.ROOT, "%07d", i * 7919) + (i % 2 == 0 ? ".MOV" : ".jpg");
            assets.create(NewAsset.of(title, i % 2 == 0 ? AssetType.VIDEO : AssetType.IMAGE)
                    .withFile(String.format(Locale.ROOT, "%064x", i + 1), 1_000 + i, file, "video/quicktime"), "t");
        }
    }

    private static String word(Random random) {
        return VOCABULARY[random.nextInt(VOCABULARY.length)];
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void theWordsOfNewAndRetitledAssetsAreKeptAndAFileNameIsSearchedAsItsWords() throws Exception {
        Asset a = assets.create(NewAsset.of("Quayside gulls", AssetType.IMAGE)
                .withFile("f".repeat(64), 10, "IMG_4711.JPG", "image/jpeg"), "t");
        assertThat(words("quaysid")).containsExactly("quayside");
        assertThat(words("img")).containsExactly("img");
        assertThat(words("4711")).containsExactly("4711");
        assertThat(words("pelic")).isEmpty();
        a = assets.update(a.id(), a.version(), AssetChanges.none().title("Quayside pelicans"), VersionOrigin.EDIT, "title", "ann");
        assertThat(words("pelic")).containsExactly("pelicans");
        assets.recordProcessing(a.id(), AssetStatus.PROCESSED, null, null, null, "probe", "worker");
        assertThat(titles(AssetFilter.ALL.withText("pelic"))).containsExactly("Quayside pelicans");
        // A word of the file name together with a word of the title (no file name holds "quayside 4711" as text);
        // a piece of the file name as text, as before; the old title's word, still in search_word, finds nothing.
        assertThat(titles(AssetFilter.ALL.withText("quayside 4711"))).containsExactly("Quayside pelicans");
        assertThat(titles(AssetFilter.ALL.withText("img_47"))).containsExactly("Quayside pelicans");
        assertThat(titles(AssetFilter.ALL.withText("gulls"))).isEmpty();
    }

    @Test
    void aSearchFindsWhatThePrefixItselfFinds() throws Exception {
        List<String> texts = new ArrayList<>(List.of("light", "lighth", "lighthouse", "harb", "harbour", "market", "mark",
                "storm", "traffic light", "night light", "harbour lighthouse", "station storm", "10", "102", "1023",
                "00", "mov", "harbour_00", "li", "festival cov", "coverage festival"));
        for (String w : VOCABULARY) {
            texts.add("traffic " + w.substring(0, 3));
        }
        int compared = 0;
        for (String text : texts) {
            List<UUID> before = prefixAnswer(text);
            if (!before.isEmpty()) { // (nothing found at all: the search looks for typos instead, not compared here)
                assertThat(allIds(AssetFilter.ALL.withText(text))).as(text).isEqualTo(before);
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(texts.size() * 3 / 4);
        // "10" starts more words than are written out (1000-1099, 1099 …): the prefix itself is searched then.
        assertThat(prefixAnswer("10")).hasSizeGreaterThan(32);
        assertThat(words("10")).hasSizeGreaterThan(32);
    }

    /** Every asset of the list, page by page, in its order. */
    private static List<UUID> allIds(AssetFilter filter) {
        List<UUID> ids = new ArrayList<>();
        Optional<AssetCursor> after = Optional.empty();
        do {
            Page<Asset, AssetCursor> page = assets.page(filter, after, 25);
            page.items().forEach(a -> ids.add(a.id()));
            after = page.next();
        } while (after.isPresent());
        return ids;
    }

    /** What the words find written as before V29's words: the last one a prefix; or the file name as a substring. */
    private static List<UUID> prefixAnswer(String text) throws Exception {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        String query = String.join(" & ", words) + ":*";
        List<UUID> ids = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement st = c.prepareStatement("select id from asset where status <> 'DELETED' and"
                     + " (search_vector @@ to_tsquery('simple', ?) or original_filename ilike ? escape '!') order by created_at desc, id desc")) {
            st.setString(1, query);
            st.setString(2, "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return ids;
    }

    private static Set<String> words(String prefix) throws Exception {
        Set<String> words = new HashSet<>();
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement st = c.prepareStatement("select word from search_word where starts_with(word, ?)")) {
            st.setString(1, prefix);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    words.add(rs.getString(1));
                }
            }
        }
        return words;
    }

    private static List<String> titles(AssetFilter filter) {
        return assets.page(filter, Optional.empty(), 100).items().stream().map(Asset::title).toList();
    }
}
