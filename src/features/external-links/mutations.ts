import { changedFields } from "@/features/audit/changes";
import { type ChangedBy, recordAudit } from "@/features/audit/mutations";
import { db } from "@/lib/db";
import type { ExternalLinkFields } from "./schema";

// Writes of "Inne bazy danych"; input is already parsed (schema.ts). Every change is written to
// the audit log with it. Editors' actions revalidate CACHE_TAGS.externalLinks after a write;
// nothing here imports Next (the seed runs these in `npm start`'s process before Next is loaded).

export async function createExternalLink(fields: ExternalLinkFields, by: ChangedBy = {}): Promise<number> {
  return db.$transaction(async (tx) => {
    const { id } = await tx.externalLink.create({ data: fields, select: { id: true } });
    await recordAudit({ action: "EXTERNAL_LINK_CREATED", ...by, subject: fields.title, details: { externalLinkId: id, url: fields.url } }, tx);
    return id;
  });
}

/** False when the link is gone. */
export async function updateExternalLink(id: number, fields: ExternalLinkFields, by: ChangedBy = {}): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const before = await tx.externalLink.findUnique({ where: { id } });
    if (!before) return false;
    await tx.externalLink.update({ where: { id }, data: fields });
    const changed = changedFields(before, fields);
    if (Object.keys(changed).length > 0) {
      await recordAudit({ action: "EXTERNAL_LINK_UPDATED", ...by, subject: fields.title, details: { externalLinkId: id, changed } }, tx);
    }
    return true;
  });
}

/** False when it was already gone. */
export async function deleteExternalLink(id: number, by: ChangedBy = {}): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const row = await tx.externalLink.findUnique({ where: { id }, select: { title: true, url: true } });
    if (!row) return false;
    await tx.externalLink.delete({ where: { id } });
    await recordAudit({ action: "EXTERNAL_LINK_DELETED", ...by, subject: row.title, details: { externalLinkId: id, url: row.url } }, tx);
    return true;
  });
}
