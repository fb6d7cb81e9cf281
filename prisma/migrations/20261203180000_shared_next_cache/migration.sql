-- Next.js's page and data cache, shared by every instance of the site (src/server/next-cache-handler.mjs).
-- Times are milliseconds since the epoch in the database's clock, as Next's cache compares them.

-- CreateTable
CREATE TABLE "next_cache_entry" (
    "build_id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "tags" TEXT[],
    "cache_control" JSONB,
    "last_modified" BIGINT NOT NULL,
    "stored_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "next_cache_entry_pkey" PRIMARY KEY ("build_id","key")
);

-- CreateTable
CREATE TABLE "next_cache_tag" (
    "tag" TEXT NOT NULL,
    "revalidated_at" BIGINT NOT NULL,

    CONSTRAINT "next_cache_tag_pkey" PRIMARY KEY ("tag")
);
