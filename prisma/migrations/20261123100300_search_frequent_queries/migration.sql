-- Facet counts of frequent text queries, kept exact by a trigger: a word found in thousands of
-- practices is counted once when it becomes frequent, not at every search (see
-- docs/search-performance.md). Each count is split by relevance tier (0 title, 1 summary or
-- metadata, 2 full presentation only), so a page of results can be read tier by tier. `combos`
-- holds them as the one text the app reads, valid while the index is at `combos_version`.

-- CreateTable
CREATE TABLE "search_frequent_query" (
    "id" SERIAL NOT NULL,
    "source" TEXT NOT NULL,
    "query" tsquery NOT NULL,
    "combos" TEXT,
    "combos_version" BIGINT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "search_frequent_query_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "search_frequent_combo" (
    "query_id" INTEGER NOT NULL,
    "facet_key" INTEGER NOT NULL,
    "category_key" TEXT NOT NULL,
    "tier" SMALLINT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "search_frequent_combo_pkey" PRIMARY KEY ("query_id","facet_key","category_key","tier")
);

-- CreateIndex
CREATE UNIQUE INDEX "search_frequent_query_source_key" ON "search_frequent_query"("source");

-- AddForeignKey
ALTER TABLE "search_frequent_combo" ADD CONSTRAINT "search_frequent_combo_query_id_fkey" FOREIGN KEY ("query_id") REFERENCES "search_frequent_query"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The relevance tier of a row for a query it matches.
CREATE FUNCTION "search_tier"(title_document tsvector, lead_document tsvector, query tsquery) RETURNS smallint
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN title_document @@ query THEN 0 WHEN lead_document @@ query THEN 1 ELSE 2 END::smallint
$$;

-- For each frequent query a changed row matched before or matches now: one less in its old
-- combination, one more in its new one.
CREATE FUNCTION "search_frequent_track"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  frequent RECORD;
BEGIN
  FOR frequent IN SELECT id, query FROM search_frequent_query LOOP
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.document @@ frequent.query THEN
      UPDATE search_frequent_combo SET count = count - 1
      WHERE query_id = frequent.id AND facet_key = OLD.facet_key
        AND category_key = array_to_string(OLD.category_ids, ',')
        AND tier = search_tier(OLD.title_document, OLD.lead_document, frequent.query);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.document @@ frequent.query THEN
      INSERT INTO search_frequent_combo (query_id, facet_key, category_key, tier, count)
      VALUES (frequent.id, NEW.facet_key, array_to_string(NEW.category_ids, ','), search_tier(NEW.title_document, NEW.lead_document, frequent.query), 1)
      ON CONFLICT (query_id, facet_key, category_key, tier) DO UPDATE SET count = search_frequent_combo.count + 1;
    END IF;
  END LOOP;
  RETURN NULL;
END $$;

CREATE TRIGGER "practice_search_frequent"
AFTER INSERT OR UPDATE OR DELETE ON "practice_search"
FOR EACH ROW EXECUTE FUNCTION "search_frequent_track"();

-- A reindex empties the table at once: so do the counts (the queries stay frequent).
CREATE FUNCTION "search_frequent_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM search_frequent_combo;
  RETURN NULL;
END $$;

CREATE TRIGGER "practice_search_frequent_truncate"
AFTER TRUNCATE ON "practice_search"
FOR EACH STATEMENT EXECUTE FUNCTION "search_frequent_truncate"();
