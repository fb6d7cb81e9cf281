import "server-only";
import { db } from "@/lib/db";
import type { UploadOutcome } from "./mutations";
import type { PendingUpload } from "./schema";

/** Outcomes of an upload, from its audit events (?wynik=…), only this editor's for this practice. */
export async function listUploadOutcomes(eventIds: bigint[], practiceId: number, actorId: number): Promise<UploadOutcome[]> {
  if (eventIds.length === 0) return [];
  const events = await db.auditEvent.findMany({
    where: { id: { in: eventIds }, practiceId, actorId, action: { in: ["ATTACHMENT_ADDED", "ATTACHMENT_REJECTED"] } },
    orderBy: { id: "asc" },
    select: { action: true, subject: true, details: true },
  });
  return events.map((event) => {
    const reason = (event.details as { reason?: unknown } | null)?.reason;
    return event.action === "ATTACHMENT_ADDED"
      ? { name: event.subject, ok: true, message: `Dodano plik „${event.subject}”.` }
      : { name: event.subject, ok: false, message: typeof reason === "string" ? reason : `Nie dodano pliku „${event.subject}”.` };
  });
}

/** An attachment of any practice (drafts too), for editors' downloads. */
export async function getAttachmentForEditor(practiceId: number, attachmentId: number) {
  return db.attachment.findFirst({
    where: { id: attachmentId, practiceId },
    select: { id: true, title: true, fileName: true, mimeType: true, byteSize: true, storageKey: true, practice: { select: { title: true, deletedAt: true } } },
  });
}

/** This editor's pending uploads of these tokens, in their order; others' tokens and expired ones are left out. */
export async function listPendingUploads(tokens: string[], editorId: number): Promise<PendingUpload[]> {
  if (tokens.length === 0) return [];
  const rows = await db.pendingAttachment.findMany({
    where: { token: { in: tokens }, editorId },
    select: { token: true, fileName: true, formatLabel: true, byteSize: true },
  });
  const byToken = new Map(rows.map((row) => [row.token, row]));
  return tokens.flatMap((token) => byToken.get(token) ?? []);
}
