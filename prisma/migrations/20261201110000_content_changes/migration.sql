-- When each part of the published content last changed, for Last-Modified, the ETags computed
-- before any search runs, and the sitemaps' dates. The newest practice.updated_at covers edits of
-- practices, but not what changes no practice row: a category written or deleted, the search
-- index rewritten (a practice unpublished, purged, a reindex), a publication or a link of
-- "Inne bazy danych" changed or removed. Triggers record those here, per part; each category also
-- keeps its own time (its page in the sitemap, its practices' records in the API).

-- AlterTable
ALTER TABLE "category" ADD COLUMN "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
-- Prisma sets it (@updatedAt); the default only dated the rows that already existed.
ALTER TABLE "category" ALTER COLUMN "updated_at" DROP DEFAULT;

-- CreateTable
CREATE TABLE "content_change" (
    "part" TEXT NOT NULL,
    "changed_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "content_change_pkey" PRIMARY KEY ("part")
);

INSERT INTO "content_change" ("part", "changed_at")
VALUES ('catalogue', CURRENT_TIMESTAMP), ('publications', CURRENT_TIMESTAMP), ('external-links', CURRENT_TIMESTAMP);

-- Once per statement; the part is the trigger's argument. The statement's clock, not the
-- transaction's start, so that a change is not dated before answers sent while it ran. An
-- upsert, so an emptied table (the tests' reset) fills again; never backwards.
CREATE FUNCTION "content_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO content_change (part, changed_at) VALUES (TG_ARGV[0], clock_timestamp())
  ON CONFLICT (part) DO UPDATE SET changed_at = greatest(content_change.changed_at, excluded.changed_at);
  RETURN NULL;
END $$;

CREATE TRIGGER "category_content_changed"
AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "category"
FOR EACH STATEMENT EXECUTE FUNCTION "content_changed"('catalogue');

-- practice_search holds exactly the published practices: a practice leaving it (unpublished,
-- moved to the bin, purged) or matching differently after a reindex changes the outputs.
CREATE TRIGGER "practice_search_content_changed"
AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "practice_search"
FOR EACH STATEMENT EXECUTE FUNCTION "content_changed"('catalogue');

-- Not download_count (nor the updated_at Prisma sets with it): a download changes no page.
CREATE TRIGGER "publication_content_changed"
AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE OF "title", "description", "published_on", "file_name", "mime_type", "byte_size", "sha256", "storage_key" ON "publication"
FOR EACH STATEMENT EXECUTE FUNCTION "content_changed"('publications');

CREATE TRIGGER "external_link_content_changed"
AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "external_link"
FOR EACH STATEMENT EXECUTE FUNCTION "content_changed"('external-links');
