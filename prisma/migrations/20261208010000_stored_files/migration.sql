-- The PostgreSQL file store (FILE_STORE=postgres, features/file-store/postgres-store.ts): every
-- instance of the site reads the same files. A file is a header row and its chunks, written in one
-- transaction; a download reads one chunk per query, so it never holds the whole file.

-- CreateTable
CREATE TABLE "stored_file" (
    "storage_key" TEXT NOT NULL,
    "byte_size" INTEGER NOT NULL,
    "chunk_bytes" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stored_file_pkey" PRIMARY KEY ("storage_key")
);

-- CreateTable
CREATE TABLE "stored_file_chunk" (
    "storage_key" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,

    CONSTRAINT "stored_file_chunk_pkey" PRIMARY KEY ("storage_key","seq")
);

-- Uploads are mostly PDFs, images and zipped office files: compressing them again in TOAST costs
-- CPU on every write and read for next to nothing.
ALTER TABLE "stored_file_chunk" ALTER COLUMN "bytes" SET STORAGE EXTERNAL;

-- AddForeignKey
ALTER TABLE "stored_file_chunk" ADD CONSTRAINT "stored_file_chunk_storage_key_fkey" FOREIGN KEY ("storage_key") REFERENCES "stored_file"("storage_key") ON DELETE CASCADE ON UPDATE CASCADE;
