-- The last word of a search is the start of a word (it may be still being typed): 'lighthouse:*'. GIN answers a
-- prefix by gathering the rows of every word it starts into a bitmap before intersecting, four times slower than
-- whole words, which it intersects directly. So the words of the catalogue are kept in search_word, and a prefix
-- that starts a few of them is searched as those whole words ('lighthouse | lighthouses').
--
-- For that, a file name is indexed as its words: the text search parser took 'traffic_0506857.mov' or
-- 'IMG_1234.JPG' as one word, so the start of any word was also the start of thousands of file names. Split into
-- words ('traffic', '0506857', 'mov'), a file name matches what it matched before and more (any of its words with
-- the other words of a search); the file name as a literal substring is still searched as it was.
ALTER TABLE asset DROP COLUMN search_vector,
    ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('simple', regexp_replace(coalesce(original_filename, ''), '[^[:alnum:]]+', ' ', 'g')), 'B') ||
        setweight(to_tsvector('simple', coalesce(description, '')), 'C')
    ) STORED;
CREATE INDEX asset_search_idx ON asset USING gin (search_vector);

-- Every word in some asset's search vector (a word no asset has any more stays: it only adds a whole word that
-- matches nothing). Not unique, so that two writers adding the same new word never wait for each other; readers
-- take distinct words.
CREATE TABLE search_word (
    word text COLLATE "C" NOT NULL
);
INSERT INTO search_word (word)
SELECT DISTINCT w FROM asset, unnest(tsvector_to_array(search_vector)) w;
CREATE INDEX search_word_idx ON search_word (word);
GRANT SELECT ON search_word TO reelbase_viewer;

-- Kept in the transaction of the change: an insert statement's new rows at once, an update row by row and only
-- when the searched text changed (status changes and the like cost nothing here).
CREATE FUNCTION reelbase_search_words_follow() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_LEVEL = 'ROW' THEN
        INSERT INTO search_word (word)
        SELECT DISTINCT w FROM unnest(tsvector_to_array(NEW.search_vector)) w
        WHERE NOT EXISTS (SELECT 1 FROM search_word s WHERE s.word = w COLLATE "C");
    ELSE
        INSERT INTO search_word (word)
        SELECT DISTINCT w FROM new_rows r, unnest(tsvector_to_array(r.search_vector)) w
        WHERE NOT EXISTS (SELECT 1 FROM search_word s WHERE s.word = w COLLATE "C");
    END IF;
    RETURN NULL;
END
$$;
REVOKE EXECUTE ON FUNCTION reelbase_search_words_follow() FROM PUBLIC;
CREATE TRIGGER asset_search_words_added AFTER INSERT ON asset REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION reelbase_search_words_follow();
CREATE TRIGGER asset_search_words_changed AFTER UPDATE OF title, original_filename, description ON asset
    FOR EACH ROW WHEN (OLD.search_vector IS DISTINCT FROM NEW.search_vector)
    EXECUTE FUNCTION reelbase_search_words_follow();

-- The rewritten column has no statistics yet; the planner needs them for the next search.
ANALYZE asset;
