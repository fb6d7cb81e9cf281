-- Polish full-text search: terms are computed by the app (Polish stemmer + diacritic folding,
-- src/features/search/analyze.ts) and stored as tsvectors with the 'simple' configuration.
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- AlterTable
ALTER TABLE "practice"
  ADD COLUMN "search_document" tsvector NOT NULL DEFAULT ''::tsvector,
  ADD COLUMN "search_rank_document" tsvector NOT NULL DEFAULT ''::tsvector,
  ADD COLUMN "category_ids" INTEGER[] DEFAULT ARRAY[]::INTEGER[];

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
CREATE INDEX "practice_search_document_idx" ON "practice" USING GIN ("search_document");

-- CreateIndex
CREATE INDEX "practice_category_ids_idx" ON "practice" USING GIN ("category_ids");

-- CreateIndex
CREATE INDEX "search_term_term_trgm_idx" ON "search_term" USING GIN ("term" gin_trgm_ops);
