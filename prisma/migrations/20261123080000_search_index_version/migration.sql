-- A version number of the search index, raised in the same transaction as every change to
-- practice_search: the app caches facet counts per (version, query) and a cached entry can never
-- outlive the index it was counted from, whichever app instance made the change.

-- CreateTable
CREATE TABLE "search_index_state" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "search_index_state_pkey" PRIMARY KEY ("id")
);

INSERT INTO "search_index_state" ("id", "version") VALUES (1, 0);

-- Once per statement, not per row: a reindex of 100,000 rows raises the version a few hundred times, not 100,000.
CREATE FUNCTION "search_index_version_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE search_index_state SET version = version + 1 WHERE id = 1;
  RETURN NULL;
END $$;

CREATE TRIGGER "practice_search_version"
AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "practice_search"
FOR EACH STATEMENT EXECUTE FUNCTION "search_index_version_bump"();

-- Browsing with facet filters and no words: newest first within the matching facet keys.
-- CreateIndex
CREATE INDEX "practice_search_facet_key_entered_on_idx" ON "practice_search"("facet_key", "entered_on" DESC);
