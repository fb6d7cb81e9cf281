-- CreateEnum
CREATE TYPE "practice_status" AS ENUM ('draft', 'published', 'unpublished');

-- CreateEnum
CREATE TYPE "unit_type" AS ENUM ('gmina-miejska', 'gmina-wiejska', 'gmina-miejsko-wiejska', 'powiat-grodzki', 'powiat', 'samorzad-wojewodztwa', 'zwiazek-jst', 'inna');

-- CreateEnum
CREATE TYPE "voivodeship" AS ENUM ('dolnoslaskie', 'kujawsko-pomorskie', 'lubelskie', 'lubuskie', 'lodzkie', 'malopolskie', 'mazowieckie', 'opolskie', 'podkarpackie', 'podlaskie', 'pomorskie', 'slaskie', 'swietokrzyskie', 'warminsko-mazurskie', 'wielkopolskie', 'zachodniopomorskie');

-- CreateTable
CREATE TABLE "category" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "parent_id" INTEGER,

    CONSTRAINT "category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "practice" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "status" "practice_status" NOT NULL DEFAULT 'draft',
    "entered_on" DATE NOT NULL,
    "revised_on" DATE NOT NULL,
    "unit_type" "unit_type" NOT NULL,
    "locality" TEXT NOT NULL,
    "voivodeship" "voivodeship" NOT NULL,
    "postal_code" VARCHAR(6) NOT NULL,
    "post_office" TEXT NOT NULL,
    "implementing_unit" TEXT NOT NULL,
    "street" TEXT,
    "website" TEXT,
    "population" INTEGER,
    "primary_category_id" INTEGER NOT NULL,
    "view_count" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "practice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "practice_category" (
    "practice_id" INTEGER NOT NULL,
    "category_id" INTEGER NOT NULL,

    CONSTRAINT "practice_category_pkey" PRIMARY KEY ("practice_id","category_id")
);

-- CreateTable
CREATE TABLE "contact_person" (
    "id" SERIAL NOT NULL,
    "practice_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "contact_person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "attachment" (
    "id" SERIAL NOT NULL,
    "practice_id" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "mime_type" TEXT NOT NULL,
    "byte_size" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "storage_key" TEXT NOT NULL,
    "download_count" INTEGER NOT NULL DEFAULT 0,
    "position" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "visit_baseline" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "legacy_visits" INTEGER NOT NULL,
    "counting_since" DATE NOT NULL,

    CONSTRAINT "visit_baseline_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "daily_visits" (
    "day" DATE NOT NULL,
    "page_views" INTEGER NOT NULL DEFAULT 0,
    "unique_visitors" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "daily_visits_pkey" PRIMARY KEY ("day")
);

-- CreateTable
CREATE TABLE "daily_visitor" (
    "day" DATE NOT NULL,
    "visitor_hash" CHAR(64) NOT NULL,

    CONSTRAINT "daily_visitor_pkey" PRIMARY KEY ("day","visitor_hash")
);

-- CreateTable
CREATE TABLE "visitor_salt" (
    "day" DATE NOT NULL,
    "salt" BYTEA NOT NULL,

    CONSTRAINT "visitor_salt_pkey" PRIMARY KEY ("day")
);

-- CreateIndex
CREATE UNIQUE INDEX "category_slug_key" ON "category"("slug");

-- CreateIndex
CREATE INDEX "category_parent_id_position_idx" ON "category"("parent_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "practice_slug_key" ON "practice"("slug");

-- CreateIndex
CREATE INDEX "practice_status_entered_on_idx" ON "practice"("status", "entered_on" DESC);

-- CreateIndex
CREATE INDEX "practice_status_title_idx" ON "practice"("status", "title");

-- CreateIndex
CREATE INDEX "practice_primary_category_id_idx" ON "practice"("primary_category_id");

-- CreateIndex
CREATE INDEX "practice_voivodeship_idx" ON "practice"("voivodeship");

-- CreateIndex
CREATE INDEX "practice_unit_type_idx" ON "practice"("unit_type");

-- CreateIndex
CREATE INDEX "practice_category_category_id_idx" ON "practice_category"("category_id");

-- CreateIndex
CREATE INDEX "contact_person_practice_id_position_idx" ON "contact_person"("practice_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "attachment_storage_key_key" ON "attachment"("storage_key");

-- CreateIndex
CREATE INDEX "attachment_practice_id_position_idx" ON "attachment"("practice_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "attachment_practice_id_sha256_key" ON "attachment"("practice_id", "sha256");

-- AddForeignKey
ALTER TABLE "category" ADD CONSTRAINT "category_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "practice" ADD CONSTRAINT "practice_primary_category_id_fkey" FOREIGN KEY ("primary_category_id") REFERENCES "category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "practice_category" ADD CONSTRAINT "practice_category_practice_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "practice_category" ADD CONSTRAINT "practice_category_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact_person" ADD CONSTRAINT "contact_person_practice_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_practice_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;
