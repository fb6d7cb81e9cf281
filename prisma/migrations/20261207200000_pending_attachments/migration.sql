-- Attachments of a practice not yet saved: uploaded in the new practice's form, inspected and
-- stored like any attachment, and moved to `attachment` by the practice's first save
-- (features/attachments/pending-mutations.ts). Rows older than a day are removed with their files.

-- CreateTable
CREATE TABLE "pending_attachment" (
    "id" SERIAL NOT NULL,
    "token" VARCHAR(43) NOT NULL,
    "editor_id" INTEGER NOT NULL,
    "file_name" TEXT NOT NULL,
    "mime_type" TEXT NOT NULL,
    "format_label" TEXT NOT NULL,
    "byte_size" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "storage_key" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pending_attachment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "pending_attachment_token_key" ON "pending_attachment"("token");

-- CreateIndex
CREATE UNIQUE INDEX "pending_attachment_storage_key_key" ON "pending_attachment"("storage_key");

-- CreateIndex
CREATE INDEX "pending_attachment_editor_id_idx" ON "pending_attachment"("editor_id");

-- CreateIndex
CREATE INDEX "pending_attachment_created_at_idx" ON "pending_attachment"("created_at");

-- AddForeignKey
ALTER TABLE "pending_attachment" ADD CONSTRAINT "pending_attachment_editor_id_fkey" FOREIGN KEY ("editor_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
