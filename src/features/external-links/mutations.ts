import { revalidateTag } from "next/cache";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import type { ExternalLinkFields } from "./schema";

// Writes of "Inne bazy danych"; input is already parsed (schema.ts).

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

/** For editors' actions after a change (the writes above also run in scripts, outside Next). */
export function revalidateExternalLinks(): void {
  revalidateTag(CACHE_TAGS.externalLinks, { expire: 0 });
}
