-- Two changes to the kept search counts (docs/search-performance.md):
-- 1. A fourth relevance tier: title, then summary, then full presentation, then metadata only
--    (before, metadata counted with the summary). The tiers are told apart by the weights of the
--    terms (title A, summary B, full presentation C, metadata D): the summary tier from the small
--    lead_document kept in the row; the full document is read only for a row whose metadata holds
--    a word of the query, to learn whether its full presentation holds it too.
-- 2. The year entered joins every kept combination, so a search limited to years (od/do) reads
--    kept counts too instead of counting its matches; searches without years sum over years.
--    Each year's combinations are also kept as one text per index version (like
--    facet_total_text), so a range of years is read as a few texts.

-- The category ids and the title stay in the row: walks along the date index test the category
-- filter on every row they step over, and with toast_tuple_target = 256 these columns were
-- compressed or moved out of line (4 more buffer reads a row, a walk three times as slow).
-- Existing rows are rewritten with their values unchanged, so no trigger needs to follow them.
ALTER TABLE "practice_search" ALTER COLUMN "category_ids" SET STORAGE MAIN, ALTER COLUMN "title" SET STORAGE MAIN;
ALTER TABLE "practice_search" DISABLE TRIGGER USER;
UPDATE "practice_search" SET "title" = "title" || '',
  "category_ids" = CASE WHEN "category_ids" IS NULL THEN NULL ELSE array_cat("category_ids", '{}'::int[]) END;
ALTER TABLE "practice_search" ENABLE TRIGGER USER;

-- A query restricted to terms of some weights: every lexeme 'x' or 'x':* becomes 'x':W or
-- 'x':*W. The app's lexemes hold only letters and digits (features/search/query.ts), never a quote.
CREATE FUNCTION "search_in_weights"(query tsquery, weights text) RETURNS tsquery
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT regexp_replace(query::text, '''([^'']+)''(?::(\*))?', '''\1'':\2' || weights, 'g')::tsquery
$$;

-- Any one word of a query: its operators (& and phrase distances) become |.
CREATE FUNCTION "search_any_word"(query tsquery) RETURNS tsquery
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT regexp_replace(query::text, '&|<(-|[0-9]+)>', '|', 'g')::tsquery
$$;

-- The relevance tier of a row for a query it matches: 0 title, 1 summary, 2 full presentation,
-- 3 metadata only. lead_document holds title, summary and metadata (A, B, D), in the row.
CREATE FUNCTION "search_tier"(document tsvector, title_document tsvector, lead_document tsvector, query tsquery) RETURNS smallint
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN title_document @@ query THEN 0
    WHEN lead_document @@ search_in_weights(query, 'AB') THEN 1
    -- No word of the query in the metadata: the match is in the full presentation.
    WHEN NOT lead_document @@ search_in_weights(search_any_word(query), 'D') THEN 2
    WHEN document @@ search_in_weights(query, 'ABC') THEN 2
    ELSE 3
  END::smallint
$$;

-- facet_total by year entered.
DROP TRIGGER "practice_search_facet_total" ON "practice_search";
DROP TABLE "facet_total";

-- CreateTable
CREATE TABLE "facet_total" (
    "year" SMALLINT NOT NULL,
    "facet_key" INTEGER NOT NULL,
    "category_key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "facet_total_pkey" PRIMARY KEY ("year","facet_key","category_key")
);

INSERT INTO "facet_total" ("year", "facet_key", "category_key", "count")
SELECT extract(year FROM entered_on)::smallint, facet_key, array_to_string(category_ids, ','), count(*)::int
FROM "practice_search" GROUP BY 1, 2, 3;

CREATE OR REPLACE FUNCTION "facet_total_track"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM facet_total
    WHERE year = extract(year FROM OLD.entered_on)::smallint AND facet_key = OLD.facet_key
      AND category_key = array_to_string(OLD.category_ids, ',') AND count = 1;
    UPDATE facet_total SET count = count - 1
    WHERE year = extract(year FROM OLD.entered_on)::smallint AND facet_key = OLD.facet_key
      AND category_key = array_to_string(OLD.category_ids, ',');
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    INSERT INTO facet_total (year, facet_key, category_key, count)
    VALUES (extract(year FROM NEW.entered_on)::smallint, NEW.facet_key, array_to_string(NEW.category_ids, ','), 1)
    ON CONFLICT (year, facet_key, category_key) DO UPDATE SET count = facet_total.count + 1;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "practice_search_facet_total"
AFTER INSERT OR UPDATE OF facet_key, category_ids, entered_on OR DELETE ON "practice_search"
FOR EACH ROW EXECUTE FUNCTION "facet_total_track"();

-- The kept text was made from the old facet_total.
DELETE FROM "facet_total_text";

-- CreateTable
CREATE TABLE "facet_total_year_text" (
    "year" SMALLINT NOT NULL,
    "version" BIGINT NOT NULL,
    "combos" TEXT,

    CONSTRAINT "facet_total_year_text_pkey" PRIMARY KEY ("year")
);

-- Frequent queries: counts by year and by the four tiers, and the day each was last searched,
-- so that the least used one can make room for a new one.
ALTER TABLE "search_frequent_query" ADD COLUMN "last_used_on" DATE NOT NULL DEFAULT CURRENT_DATE;
UPDATE "search_frequent_query" SET "combos" = NULL, "combos_version" = NULL;

DROP TABLE "search_frequent_combo";

-- CreateTable
CREATE TABLE "search_frequent_combo" (
    "query_id" INTEGER NOT NULL,
    "year" SMALLINT NOT NULL,
    "facet_key" INTEGER NOT NULL,
    "category_key" TEXT NOT NULL,
    "tier" SMALLINT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "search_frequent_combo_pkey" PRIMARY KEY ("query_id","year","facet_key","category_key","tier")
);

-- AddForeignKey
ALTER TABLE "search_frequent_combo" ADD CONSTRAINT "search_frequent_combo_query_id_fkey" FOREIGN KEY ("query_id") REFERENCES "search_frequent_query"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "search_frequent_year_text" (
    "query_id" INTEGER NOT NULL,
    "year" SMALLINT NOT NULL,
    "version" BIGINT NOT NULL,
    "combos" TEXT,

    CONSTRAINT "search_frequent_year_text_pkey" PRIMARY KEY ("query_id","year")
);

-- AddForeignKey
ALTER TABLE "search_frequent_year_text" ADD CONSTRAINT "search_frequent_year_text_query_id_fkey" FOREIGN KEY ("query_id") REFERENCES "search_frequent_query"("id") ON DELETE CASCADE ON UPDATE CASCADE;

INSERT INTO "search_frequent_combo" ("query_id", "year", "facet_key", "category_key", "tier", "count")
SELECT frequent.id, extract(year FROM s.entered_on)::smallint, s.facet_key, array_to_string(s.category_ids, ','),
  search_tier(s.document, s.title_document, s.lead_document, frequent.query), count(*)::int
FROM "search_frequent_query" frequent JOIN "practice_search" s ON s.document @@ frequent.query
GROUP BY 1, 2, 3, 4, 5;

CREATE OR REPLACE FUNCTION "search_frequent_track"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  frequent RECORD;
BEGIN
  FOR frequent IN SELECT id, query FROM search_frequent_query LOOP
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.document @@ frequent.query THEN
      UPDATE search_frequent_combo SET count = count - 1
      WHERE query_id = frequent.id AND year = extract(year FROM OLD.entered_on)::smallint AND facet_key = OLD.facet_key
        AND category_key = array_to_string(OLD.category_ids, ',')
        AND tier = search_tier(OLD.document, OLD.title_document, OLD.lead_document, frequent.query);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.document @@ frequent.query THEN
      INSERT INTO search_frequent_combo (query_id, year, facet_key, category_key, tier, count)
      VALUES (frequent.id, extract(year FROM NEW.entered_on)::smallint, NEW.facet_key, array_to_string(NEW.category_ids, ','),
        search_tier(NEW.document, NEW.title_document, NEW.lead_document, frequent.query), 1)
      ON CONFLICT (query_id, year, facet_key, category_key, tier) DO UPDATE SET count = search_frequent_combo.count + 1;
    END IF;
  END LOOP;
  RETURN NULL;
END $$;

DROP FUNCTION "search_tier"(tsvector, tsvector, tsquery);

-- Searches read kept counts in the same statement as the index version: publish the changes.
UPDATE "search_index_state" SET "version" = "version" + 1 WHERE "id" = 1;
