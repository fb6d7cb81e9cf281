-- The combinations of a search without words (facet_total) as the one text the app reads, valid
-- while the search index is at `version`: browsing reads one row instead of 15,000.

-- CreateTable
CREATE TABLE "facet_total_text" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL,
    "combos" TEXT,

    CONSTRAINT "facet_total_text_pkey" PRIMARY KEY ("id")
);
