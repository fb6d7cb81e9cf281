-- "Obserwuj": e-mail digests of a search (features/search-alerts). Unsubscribing deletes the alert
-- and, through the foreign key, its unsubscribe links.

-- CreateEnum
CREATE TYPE "search_alert_frequency" AS ENUM ('codziennie', 'co-tydzien');

-- CreateEnum
CREATE TYPE "search_alert_status" AS ENUM ('niepotwierdzona', 'aktywna');

-- CreateTable
CREATE TABLE "search_alert" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "frequency" "search_alert_frequency" NOT NULL,
    "status" "search_alert_status" NOT NULL DEFAULT 'niepotwierdzona',
    "confirm_token_hash" CHAR(64) NOT NULL,
    "confirm_expires_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmed_at" TIMESTAMPTZ(3),
    "last_digest_at" TIMESTAMPTZ(3),

    CONSTRAINT "search_alert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "search_alert_link" (
    "token_hash" CHAR(64) NOT NULL,
    "alert_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "search_alert_link_pkey" PRIMARY KEY ("token_hash")
);

-- CreateIndex
CREATE UNIQUE INDEX "search_alert_confirm_token_hash_key" ON "search_alert"("confirm_token_hash");

-- CreateIndex
CREATE INDEX "search_alert_status_last_digest_at_idx" ON "search_alert"("status", "last_digest_at");

-- CreateIndex
CREATE INDEX "search_alert_confirm_expires_at_idx" ON "search_alert"("confirm_expires_at");

-- CreateIndex
CREATE INDEX "search_alert_link_alert_id_idx" ON "search_alert_link"("alert_id");

-- CreateIndex
CREATE INDEX "search_alert_link_created_at_idx" ON "search_alert_link"("created_at");

-- AddForeignKey
ALTER TABLE "search_alert_link" ADD CONSTRAINT "search_alert_link_alert_id_fkey" FOREIGN KEY ("alert_id") REFERENCES "search_alert"("id") ON DELETE CASCADE ON UPDATE CASCADE;
