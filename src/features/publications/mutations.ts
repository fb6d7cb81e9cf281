import { createHash } from "node:crypto";
import { attachmentStore } from "@/features/attachments/storage";
import { changedFields } from "@/features/audit/changes";
import { type ChangedBy, recordAudit } from "@/features/audit/mutations";
import { db } from "@/lib/db";
import type { PublicationFields } from "./schema";

// Writes of "Publikacje i dokumenty". Input is already parsed (schema.ts) and files already
// inspected (actions.ts). The bytes go to the attachment store first and are removed when the row
// is: a row never points at a missing file. Every change is written to the audit log with it.
// Editors' actions revalidate CACHE_TAGS.publications after a write; nothing here imports Next,
// because the seed runs these in `npm start`'s process before Next is loaded.

export type PublicationFile = { fileName: string; mimeType: string; content: Uint8Array };

async function storeFile(file: PublicationFile) {
  return {
    fileName: file.fileName,
    mimeType: file.mimeType,
    byteSize: file.content.byteLength,
    sha256: createHash("sha256").update(file.content).digest("hex"),
    storageKey: await attachmentStore().put(file.content),
  };
}

type StoredFile = Awaited<ReturnType<typeof storeFile>>;

/** Removes a newly stored file when the row that was to reference it was not written. */
async function unlessWritten<T>(stored: StoredFile | undefined, write: () => Promise<T | null>): Promise<T | null> {
  let result: T | null = null;
  try {
    result = await write();
    return result;
  } finally {
    if (stored && result === null) await attachmentStore().remove(stored.storageKey);
  }
}

export async function createPublication(fields: PublicationFields, file: PublicationFile, by: ChangedBy = {}): Promise<number> {
  const stored = await storeFile(file);
  const id = await unlessWritten(stored, () =>
    db.$transaction(async (tx) => {
      const created = await tx.publication.create({ data: { ...fields, ...stored }, select: { id: true } });
      await recordAudit({ action: "PUBLICATION_CREATED", ...by, subject: fields.title, details: { publicationId: created.id, fileName: stored.fileName, sha256: stored.sha256 } }, tx);
      return created.id;
    }),
  );
  return id!;
}

/**
 * Changes the fields and, when a new file is given, replaces the file (the old one is removed
 * after the change commits). False when the publication is gone.
 */
export async function updatePublication(id: number, fields: PublicationFields, file?: PublicationFile, by: ChangedBy = {}): Promise<boolean> {
  const stored = file ? await storeFile(file) : undefined;
  const replaced = await unlessWritten(stored, () =>
    db.$transaction(async (tx) => {
      const before = await tx.publication.findUnique({ where: { id } });
      if (!before) return null;
      await tx.publication.update({ where: { id }, data: { ...fields, ...stored } });
      const changed = changedFields(before, { ...fields, ...(stored && { fileName: stored.fileName, sha256: stored.sha256 }) });
      if (Object.keys(changed).length > 0) {
        await recordAudit({ action: "PUBLICATION_UPDATED", ...by, subject: fields.title, details: { publicationId: id, changed } }, tx);
      }
      return { storageKey: before.storageKey };
    }),
  );
  if (!replaced) return false;
  if (stored) await attachmentStore().remove(replaced.storageKey);
  return true;
}

/** False when it was already gone. */
export async function deletePublication(id: number, by: ChangedBy = {}): Promise<boolean> {
  const deleted = await db.$transaction(async (tx) => {
    const row = await tx.publication.findUnique({ where: { id }, select: { title: true, fileName: true, storageKey: true } });
    if (!row) return null;
    await tx.publication.delete({ where: { id } });
    await recordAudit({ action: "PUBLICATION_DELETED", ...by, subject: row.title, details: { publicationId: id, fileName: row.fileName } }, tx);
    return row;
  });
  if (!deleted) return false;
  await attachmentStore().remove(deleted.storageKey);
  return true;
}

export async function countPublicationDownload(id: number): Promise<void> {
  await db.publication.update({ where: { id }, data: { downloadCount: { increment: 1 } } });
}
