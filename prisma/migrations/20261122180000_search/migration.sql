-- Polish full-text search: terms are computed by the app (Polish stemmer + diacritic folding,
-- src/features/search/analyze.ts) and stored as tsvectors with the 'simple' configuration.
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateTable
CREATE TABLE "practice_search" (
    "practice_id" INTEGER NOT NULL,
    "document" tsvector NOT NULL DEFAULT ''::tsvector,
    "title_document" tsvector NOT NULL DEFAULT ''::tsvector,
    "lead_document" tsvector NOT NULL DEFAULT ''::tsvector,
    "facet_key" INTEGER NOT NULL,
    "category_ids" INTEGER[],
    "entered_on" DATE NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "practice_search_pkey" PRIMARY KEY ("practice_id")
);

-- Keep rows narrow: the full document lives out of line and is only read to recheck phrases.
ALTER TABLE "practice_search" SET (toast_tuple_target = 256);
ALTER TABLE "practice_search" ALTER COLUMN "document" SET STORAGE EXTERNAL;
-- The small ranking vectors stay in the row (compressed if need be): ranking reads them for every match.
ALTER TABLE "practice_search" ALTER COLUMN "title_document" SET STORAGE MAIN;
ALTER TABLE "practice_search" ALTER COLUMN "lead_document" SET STORAGE MAIN;

-- CreateTable
CREATE TABLE "facet_total" (
    "facet_key" INTEGER NOT NULL,
    "category_key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "facet_total_pkey" PRIMARY KEY ("facet_key","category_key")
);

-- CreateTable
CREATE TABLE "search_term" (
    "term" TEXT NOT NULL,
    "word" TEXT NOT NULL,
    "is_locality" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "search_term_pkey" PRIMARY KEY ("term")
);

-- CreateIndex
CREATE INDEX "practice_locality_idx" ON "practice"("locality");

-- CreateIndex
CREATE INDEX "practice_search_document_idx" ON "practice_search" USING GIN ("document");

-- CreateIndex
CREATE INDEX "practice_search_category_ids_idx" ON "practice_search" USING GIN ("category_ids");

-- CreateIndex
CREATE INDEX "practice_search_entered_on_idx" ON "practice_search"("entered_on" DESC);

-- CreateIndex
CREATE INDEX "practice_search_title_idx" ON "practice_search"("title");

-- CreateIndex
CREATE INDEX "search_term_term_trgm_idx" ON "search_term" USING GIN ("term" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "practice_search" ADD CONSTRAINT "practice_search_practice_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- facet_total follows practice_search row by row, in the same transaction.
CREATE FUNCTION "facet_total_track"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM facet_total
    WHERE facet_key = OLD.facet_key AND category_key = array_to_string(OLD.category_ids, ',') AND count = 1;
    UPDATE facet_total SET count = count - 1
    WHERE facet_key = OLD.facet_key AND category_key = array_to_string(OLD.category_ids, ',');
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    INSERT INTO facet_total (facet_key, category_key, count)
    VALUES (NEW.facet_key, array_to_string(NEW.category_ids, ','), 1)
    ON CONFLICT (facet_key, category_key) DO UPDATE SET count = facet_total.count + 1;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "practice_search_facet_total"
AFTER INSERT OR UPDATE OF facet_key, category_ids OR DELETE ON "practice_search"
FOR EACH ROW EXECUTE FUNCTION "facet_total_track"();
