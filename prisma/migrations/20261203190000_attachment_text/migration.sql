-- Search inside attachments (docs/decisions/013-attachment-text.md). The text of each attachment
-- is extracted after upload by a background job (features/attachments/text-job.ts), which takes
-- the pending rows with FOR UPDATE SKIP LOCKED; existing attachments start pending too.

-- CreateEnum
CREATE TYPE "attachment_text_status" AS ENUM ('oczekuje', 'wyodrebniony', 'brak-tekstu', 'nieobslugiwany', 'blad');

-- AlterTable
ALTER TABLE "attachment" ADD COLUMN "text_status" "attachment_text_status" NOT NULL DEFAULT 'oczekuje',
ADD COLUMN "text" TEXT,
ADD COLUMN "text_extracted_at" TIMESTAMPTZ(3),
ADD COLUMN "text_error" TEXT;

-- CreateIndex
CREATE INDEX "attachment_text_status_idx" ON "attachment"("text_status");

-- The relevance tier with attachments: their terms are in `document` at weight D, like the
-- metadata, and a practice with attachment text carries the marker lexeme '#zalaczniki' in
-- lead_document (no query can make it: queries are letters and digits). The shortcut of tier 2
-- (no word of the query in the metadata) holds only without that marker; otherwise the full
-- document is read. A match only in the metadata or only in attachments is tier 3.
CREATE OR REPLACE FUNCTION "search_tier"(document tsvector, title_document tsvector, lead_document tsvector, query tsquery) RETURNS smallint
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN title_document @@ query THEN 0
    WHEN lead_document @@ search_in_weights(query, 'AB') THEN 1
    WHEN NOT lead_document @@ search_in_weights(search_any_word(query), 'D') AND NOT lead_document @@ $q$'#zalaczniki'$q$::tsquery THEN 2
    WHEN document @@ search_in_weights(query, 'ABC') THEN 2
    ELSE 3
  END::smallint
$$;
