-- The version of the text analysis (ANALYZER_VERSION in src/features/search/analyze.ts) that built
-- the search index: the index stores terms, so `npm start` rebuilds it when the code's version
-- differs.

-- CreateTable
CREATE TABLE "search_analyzer_state" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL,

    CONSTRAINT "search_analyzer_state_pkey" PRIMARY KEY ("id")
);

-- Indexes built before the version was recorded used the first analysis.
INSERT INTO "search_analyzer_state" ("id", "version") VALUES (1, 1);
