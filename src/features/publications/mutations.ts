import { createHash } from "node:crypto";
import { attachmentStore } from "@/features/attachments/storage";
import { db } from "@/lib/db";
import type { PublicationFields } from "./schema";

// Writes of "Publikacje i dokumenty". Input is already parsed (schema.ts). The bytes go to the
// attachment store first and are removed when the row is: a row never points at a missing file.
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

export async function createPublication(fields: PublicationFields, file: PublicationFile): Promise<number> {
  const stored = await storeFile(file);
  try {
    const { id } = await db.publication.create({ data: { ...fields, ...stored }, select: { id: true } });
    return id;
  } catch (error) {
    await attachmentStore().remove(stored.storageKey);
    throw error;
  }
}

/** Changes the fields and, when a new file is given, replaces the file (the old one is removed after). */
export async function updatePublication(id: number, fields: PublicationFields, file?: PublicationFile): Promise<void> {
  const previous = await db.publication.findUniqueOrThrow({ where: { id }, select: { storageKey: true } });
  const stored = file ? await storeFile(file) : undefined;
  await db.publication.update({ where: { id }, data: { ...fields, ...stored } });
  if (stored) await attachmentStore().remove(previous.storageKey);
}

export async function deletePublication(id: number): Promise<void> {
  const { storageKey } = await db.publication.delete({ where: { id }, select: { storageKey: true } });
  await attachmentStore().remove(storageKey);
}

export async function countPublicationDownload(id: number): Promise<void> {
  await db.publication.update({ where: { id }, data: { downloadCount: { increment: 1 } } });
}

