// No "server-only" here, unlike other data.ts files: the PostgreSQL file store is used by the HTTP
// front, `npm start`'s seed and the scripts, which run outside Next's react-server bundle.
import { db } from "@/lib/db";
import { filesPool } from "@/lib/files-pool";

/** The header of a file in the PostgreSQL store, or null when there is none. */
export async function getStoredFileHeader(storageKey: string): Promise<{ byteSize: number; chunkBytes: number } | null> {
  const { rows } = await filesPool().query<{ byte_size: number; chunk_bytes: number }>(
    "SELECT byte_size, chunk_bytes FROM stored_file WHERE storage_key = $1",
    [storageKey],
  );
  return rows[0] ? { byteSize: rows[0].byte_size, chunkBytes: rows[0].chunk_bytes } : null;
}

/** One chunk's bytes, or null when the file was removed while it was being read. */
export async function getStoredFileChunk(storageKey: string, seq: number): Promise<Buffer | null> {
  const { rows } = await filesPool().query<{ bytes: Buffer }>("SELECT bytes FROM stored_file_chunk WHERE storage_key = $1 AND seq = $2", [storageKey, seq]);
  return rows[0]?.bytes ?? null;
}

export type FileReference = { table: "attachment" | "pending_attachment" | "publication" | "submission_attachment"; storageKey: string; sha256: string; byteSize: number };

/**
 * Every file the database refers to, for `npm run files:migrate`. A new table holding a storage
 * key must be added here, or its files are left behind by a migration between stores.
 */
export async function listFileReferences(): Promise<FileReference[]> {
  const select = { storageKey: true, sha256: true, byteSize: true } as const;
  const orderBy = { id: "asc" } as const;
  const [attachments, pending, publications, submissions] = await Promise.all([
    db.attachment.findMany({ select, orderBy }),
    db.pendingAttachment.findMany({ select, orderBy }),
    db.publication.findMany({ select, orderBy }),
    db.submissionAttachment.findMany({ select, orderBy }),
  ]);
  return [
    ...attachments.map((row) => ({ table: "attachment" as const, ...row })),
    ...pending.map((row) => ({ table: "pending_attachment" as const, ...row })),
    ...publications.map((row) => ({ table: "publication" as const, ...row })),
    ...submissions.map((row) => ({ table: "submission_attachment" as const, ...row })),
  ];
}
