-- The editors' admin: accounts, sessions, sign-in throttling, the audit log and practice versions.

-- CreateEnum
CREATE TYPE "user_role" AS ENUM ('redaktor', 'administrator');

-- CreateEnum
CREATE TYPE "audit_action" AS ENUM ('login-succeeded', 'login-failed', 'logout', 'password-changed', 'user-created', 'user-updated', 'practice-created', 'practice-updated', 'practice-published', 'practice-unpublished', 'practice-restored', 'practice-deleted', 'practice-undeleted', 'practice-purged', 'attachment-added', 'attachment-updated', 'attachment-removed', 'attachment-rejected');

-- CreateEnum
CREATE TYPE "practice_change" AS ENUM ('created', 'edited', 'published', 'unpublished', 'restored', 'deleted', 'undeleted');

-- AlterTable
ALTER TABLE "practice" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN "deleted_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "app_user" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "user_role" NOT NULL,
    "password_hash" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "last_login_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session" (
    "token_hash" CHAR(64) NOT NULL,
    "user_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "session_pkey" PRIMARY KEY ("token_hash")
);

-- CreateTable
CREATE TABLE "login_throttle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "last_failure_at" TIMESTAMPTZ(3) NOT NULL,
    "blocked_until" TIMESTAMPTZ(3),

    CONSTRAINT "login_throttle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "app_secret" (
    "name" TEXT NOT NULL,
    "value" BYTEA NOT NULL,

    CONSTRAINT "app_secret_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "action" "audit_action" NOT NULL,
    "actor_id" INTEGER,
    "actor_email" TEXT,
    "practice_id" INTEGER,
    "subject" TEXT NOT NULL DEFAULT '',
    "details" JSONB,
    "ip_hash" CHAR(64),

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "practice_version" (
    "id" SERIAL NOT NULL,
    "practice_id" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "change" "practice_change" NOT NULL,
    "restored_from" INTEGER,
    "author_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "snapshot" JSONB NOT NULL,

    CONSTRAINT "practice_version_pkey" PRIMARY KEY ("id")
);

-- CreateIndex (the admin list sorts by it; open data reads the newest changes by it: Last-Modified and feeds)
CREATE INDEX "practice_updated_at_idx" ON "practice"("updated_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"("email");

-- CreateIndex
CREATE INDEX "session_user_id_idx" ON "session"("user_id");

-- CreateIndex
CREATE INDEX "session_expires_at_idx" ON "session"("expires_at");

-- CreateIndex
CREATE INDEX "audit_event_at_idx" ON "audit_event"("at" DESC);

-- CreateIndex
CREATE INDEX "audit_event_action_at_idx" ON "audit_event"("action", "at" DESC);

-- CreateIndex
CREATE INDEX "audit_event_actor_id_at_idx" ON "audit_event"("actor_id", "at" DESC);

-- CreateIndex
CREATE INDEX "audit_event_practice_id_at_idx" ON "audit_event"("practice_id", "at" DESC);

-- CreateIndex
CREATE INDEX "practice_version_author_id_idx" ON "practice_version"("author_id");

-- CreateIndex
CREATE UNIQUE INDEX "practice_version_practice_id_number_key" ON "practice_version"("practice_id", "number");

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "practice_version" ADD CONSTRAINT "practice_version_practice_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "practice_version" ADD CONSTRAINT "practice_version_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The audit log is append-only for the application: rows cannot be changed or deleted.
-- (TRUNCATE stays possible for the database owner: the tests empty every table between files.)
CREATE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only';
END $$;

CREATE TRIGGER "audit_event_append_only"
BEFORE UPDATE OR DELETE ON "audit_event"
FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"();

-- Version 1 of every existing practice, in the snapshot form of features/practice/snapshot.ts
-- (enumerations by their Prisma names, dates as YYYY-MM-DD, the primary category first).
INSERT INTO "practice_version" ("practice_id", "number", "change", "snapshot", "created_at")
SELECT p."id", 1, 'created', jsonb_build_object(
    'title', p."title",
    'slug', p."slug",
    'summary', p."summary",
    'body', p."body",
    'status', upper(p."status"::text),
    'enteredOn', to_char(p."entered_on", 'YYYY-MM-DD'),
    'revisedOn', to_char(p."revised_on", 'YYYY-MM-DD'),
    'unitType', upper(replace(p."unit_type"::text, '-', '_')),
    'locality', p."locality",
    'voivodeship', upper(replace(p."voivodeship"::text, '-', '_')),
    'postalCode', p."postal_code",
    'postOffice', p."post_office",
    'implementingUnit', p."implementing_unit",
    'street', p."street",
    'website', p."website",
    'population', p."population",
    'categoryIds', jsonb_build_array(p."primary_category_id") || coalesce((
      SELECT jsonb_agg(pc."category_id" ORDER BY pc."category_id") FROM "practice_category" pc
      WHERE pc."practice_id" = p."id" AND pc."category_id" <> p."primary_category_id"), '[]'::jsonb),
    'contacts', coalesce((
      SELECT jsonb_agg(jsonb_build_object('name', c."name", 'role', c."role", 'phone', c."phone", 'email', c."email")
        ORDER BY c."position", c."id")
      FROM "contact_person" c WHERE c."practice_id" = p."id"), '[]'::jsonb)
  ), p."created_at"
FROM "practice" p;
