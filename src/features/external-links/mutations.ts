import { db } from "@/lib/db";
import type { ExternalLinkFields } from "./schema";

// Writes of "Inne bazy danych"; input is already parsed (schema.ts). Editors' actions revalidate
// CACHE_TAGS.externalLinks after a write; nothing here imports Next (the seed runs these in
// `npm start`'s process before Next is loaded).

export async function createExternalLink(fields: ExternalLinkFields): Promise<number> {
  const { id } = await db.externalLink.create({ data: fields, select: { id: true } });
  return id;
}

export async function updateExternalLink(id: number, fields: ExternalLinkFields): Promise<void> {
  await db.externalLink.update({ where: { id }, data: fields });
}

export async function deleteExternalLink(id: number): Promise<void> {
  await db.externalLink.delete({ where: { id } });
}

