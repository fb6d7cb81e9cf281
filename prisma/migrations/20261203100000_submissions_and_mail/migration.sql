-- Submissions from units, their review, messages to authors, adoption reports and the mail outbox;
-- the practice record's new structured fields (period, results, cost and funding, partners,
-- potential for transfer, SDG goals, verified contacts). Existing records keep them empty.

-- CreateEnum
CREATE TYPE "funding_source" AS ENUM ('budzet-jst', 'efs', 'efrr', 'nmf-eog', 'budzet-panstwa', 'inne');

-- CreateEnum
CREATE TYPE "submission_status" AS ENUM ('szkic', 'nowe', 'w-ocenie', 'do-poprawy', 'przyjete', 'odrzucone');

-- CreateEnum
CREATE TYPE "email_token_purpose" AS ENUM ('potwierdzenie-zgloszenia', 'potwierdzenie-wdrozenia');

-- CreateEnum
CREATE TYPE "adoption_status" AS ENUM ('niepotwierdzone', 'oczekuje', 'zatwierdzone', 'odrzucone');

-- CreateEnum
CREATE TYPE "mail_status" AS ENUM ('oczekuje', 'wyslana', 'nieudana');

-- AlterEnum
ALTER TYPE "audit_action" ADD VALUE 'submission-taken';
ALTER TYPE "audit_action" ADD VALUE 'submission-returned';
ALTER TYPE "audit_action" ADD VALUE 'submission-accepted';
ALTER TYPE "audit_action" ADD VALUE 'submission-rejected';
ALTER TYPE "audit_action" ADD VALUE 'contacts-verified';
ALTER TYPE "audit_action" ADD VALUE 'adoption-approved';
ALTER TYPE "audit_action" ADD VALUE 'adoption-rejected';

-- AlterTable
ALTER TABLE "practice" ADD COLUMN "period_start" DATE,
ADD COLUMN "period_end" DATE,
ADD COLUMN "ongoing" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "results" TEXT NOT NULL DEFAULT '',
ADD COLUMN "result_figures" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN "total_cost_pln" INTEGER,
ADD COLUMN "funding_sources" "funding_source"[],
ADD COLUMN "funding_programme" TEXT,
ADD COLUMN "partners" TEXT NOT NULL DEFAULT '',
ADD COLUMN "transfer_potential" TEXT NOT NULL DEFAULT '',
ADD COLUMN "sdg_goals" INTEGER[],
ADD COLUMN "contacts_verified_on" DATE;

-- AlterTable
ALTER TABLE "contact_person" ADD COLUMN "email_public" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "submission" (
    "id" SERIAL NOT NULL,
    "access_token_hash" CHAR(64) NOT NULL,
    "status" "submission_status" NOT NULL DEFAULT 'szkic',
    "submitter_name" TEXT NOT NULL,
    "submitter_email" TEXT NOT NULL,
    "email_confirmed_at" TIMESTAMPTZ(3),
    "fields" JSONB NOT NULL DEFAULT '{}',
    "voivodeship" "voivodeship",
    "title" TEXT NOT NULL DEFAULT '',
    "submitted_at" TIMESTAMPTZ(3),
    "practice_id" INTEGER,
    "ip_hash" CHAR(64),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "submission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "submission_attachment" (
    "id" SERIAL NOT NULL,
    "submission_id" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "mime_type" TEXT NOT NULL,
    "byte_size" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "storage_key" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "submission_attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "submission_event" (
    "id" SERIAL NOT NULL,
    "submission_id" INTEGER NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" "submission_status" NOT NULL,
    "message" TEXT NOT NULL DEFAULT '',
    "actor_id" INTEGER,

    CONSTRAINT "submission_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "email_token" (
    "token_hash" CHAR(64) NOT NULL,
    "purpose" "email_token_purpose" NOT NULL,
    "subject_id" INTEGER NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "email_token_pkey" PRIMARY KEY ("token_hash")
);

-- CreateTable
CREATE TABLE "adoption_report" (
    "id" SERIAL NOT NULL,
    "practice_id" INTEGER NOT NULL,
    "unit_name" TEXT NOT NULL,
    "unit_type" "unit_type" NOT NULL,
    "voivodeship" "voivodeship" NOT NULL,
    "year" SMALLINT NOT NULL,
    "changes" TEXT NOT NULL DEFAULT '',
    "contact_name" TEXT NOT NULL,
    "contact_email" TEXT NOT NULL,
    "status" "adoption_status" NOT NULL DEFAULT 'niepotwierdzone',
    "confirmed_at" TIMESTAMPTZ(3),
    "reviewed_at" TIMESTAMPTZ(3),
    "reviewer_id" INTEGER,
    "ip_hash" CHAR(64),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "adoption_report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit" (
    "key" TEXT NOT NULL,
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "hits" INTEGER NOT NULL,

    CONSTRAINT "rate_limit_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "outbox_mail" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "reply_to" TEXT,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "headers" JSONB NOT NULL DEFAULT '{}',
    "status" "mail_status" NOT NULL DEFAULT 'oczekuje',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),

    CONSTRAINT "outbox_mail_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "submission_access_token_hash_key" ON "submission"("access_token_hash");

-- CreateIndex
CREATE UNIQUE INDEX "submission_practice_id_key" ON "submission"("practice_id");

-- CreateIndex
CREATE INDEX "submission_status_submitted_at_idx" ON "submission"("status", "submitted_at");

-- CreateIndex
CREATE INDEX "submission_voivodeship_idx" ON "submission"("voivodeship");

-- CreateIndex
CREATE UNIQUE INDEX "submission_attachment_storage_key_key" ON "submission_attachment"("storage_key");

-- CreateIndex
CREATE INDEX "submission_attachment_submission_id_position_idx" ON "submission_attachment"("submission_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "submission_attachment_submission_id_sha256_key" ON "submission_attachment"("submission_id", "sha256");

-- CreateIndex
CREATE INDEX "submission_event_submission_id_at_idx" ON "submission_event"("submission_id", "at");

-- CreateIndex
CREATE INDEX "email_token_purpose_subject_id_idx" ON "email_token"("purpose", "subject_id");

-- CreateIndex
CREATE INDEX "email_token_expires_at_idx" ON "email_token"("expires_at");

-- CreateIndex
CREATE INDEX "adoption_report_practice_id_status_idx" ON "adoption_report"("practice_id", "status");

-- CreateIndex
CREATE INDEX "adoption_report_status_created_at_idx" ON "adoption_report"("status", "created_at");

-- CreateIndex
CREATE INDEX "rate_limit_window_start_idx" ON "rate_limit"("window_start");

-- CreateIndex
CREATE INDEX "outbox_mail_status_next_attempt_at_idx" ON "outbox_mail"("status", "next_attempt_at");

-- CreateIndex
CREATE INDEX "outbox_mail_created_at_idx" ON "outbox_mail"("created_at" DESC);

-- AddForeignKey
ALTER TABLE "submission" ADD CONSTRAINT "submission_practice_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "submission_attachment" ADD CONSTRAINT "submission_attachment_submission_id_fkey" FOREIGN KEY ("submission_id") REFERENCES "submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "submission_event" ADD CONSTRAINT "submission_event_submission_id_fkey" FOREIGN KEY ("submission_id") REFERENCES "submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "submission_event" ADD CONSTRAINT "submission_event_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "adoption_report" ADD CONSTRAINT "adoption_report_practice_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "adoption_report" ADD CONSTRAINT "adoption_report_reviewer_id_fkey" FOREIGN KEY ("reviewer_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
