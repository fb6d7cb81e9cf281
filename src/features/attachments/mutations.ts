import { createHash } from "node:crypto";
import { recordAudit } from "@/features/audit/mutations";
import { Prisma } from "@/generated/prisma/client";
import { warsawToday } from "@/features/practice-editor/record";
import { refreshSearchDocuments } from "@/features/search/mutations";
import { db, type DbTransaction } from "@/lib/db";
import { titleFromFileName } from "./file-name";
import { inspectEachUpload } from "./inspect-each";
import { attachmentStore } from "./storage";
import type { UploadedFile } from "./upload-request";

// Editors' changes to attachments. Every file is judged by its content (inspect.ts), stored under
// a server-made key, recorded with its SHA-256, and logged; a published practice's "Data
// aktualizacji" moves with each change, as it does with edits.

type Author = { id: number; email: string };

export type UploadOutcome = { name: string; ok: boolean; message: string };

/** Each outcome is also an audit event (added or rejected): the page after a plain-form upload shows them from there. */
export type UploadSummary = { outcomes: UploadOutcome[]; eventIds: bigint[]; publicChange: boolean };

async function touchPublished(practiceId: number): Promise<boolean> {
  const practice = await db.practice.findUnique({ where: { id: practiceId }, select: { status: true } });
  if (practice?.status !== "PUBLISHED") return false;
  await db.practice.update({ where: { id: practiceId }, data: { revisedOn: warsawToday() } });
  return true;
}

export async function addAttachments(
  practiceId: number,
  files: UploadedFile[],
  refusedEarly: { name: string; message: string }[],
  author: Author,
  ip?: string,
): Promise<UploadSummary> {
  const store = attachmentStore();
  const outcomes: UploadOutcome[] = [];
  const eventIds: bigint[] = [];
  let added = 0;
  const reject = async (fileName: string, message: string, bytes: number) => {
    eventIds.push(await recordAudit({ action: "ATTACHMENT_REJECTED", actor: author, practiceId, subject: fileName, ip, details: { reason: message, bytes } }));
    outcomes.push({ name: fileName, ok: false, message });
  };
  await inspectEachUpload(files, refusedEarly, reject, async (fileName, bytes, format) => {
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const duplicate = await db.attachment.findUnique({ where: { practiceId_sha256: { practiceId, sha256 } }, select: { title: true } });
    if (duplicate) {
      await reject(fileName, `Plik „${fileName}” jest już dołączony do tej praktyki jako „${duplicate.title}”.`, bytes.byteLength);
      return;
    }
    const storageKey = await store.put(bytes);
    try {
      const title = titleFromFileName(fileName);
      await db.$transaction(async (tx) => {
        const last = await tx.attachment.aggregate({ where: { practiceId }, _max: { position: true } });
        const attachment = await tx.attachment.create({
          data: {
            practiceId, title, fileName, mimeType: format.mimeType, byteSize: bytes.byteLength, sha256, storageKey,
            position: (last._max.position ?? -1) + 1,
          },
        });
        eventIds.push(
          await recordAudit(
            { action: "ATTACHMENT_ADDED", actor: author, practiceId, subject: fileName, ip, details: { attachmentId: attachment.id, sha256, bytes: bytes.byteLength, format: format.id } },
            tx,
          ),
        );
      });
      added += 1;
      outcomes.push({ name: fileName, ok: true, message: `Dodano plik „${fileName}” (${format.label}).` });
    } catch (error) {
      await store.remove(storageKey);
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
        await reject(fileName, `Plik „${fileName}” jest już dołączony do tej praktyki.`, bytes.byteLength);
        return;
      }
      throw error;
    }
  });
  return { outcomes, eventIds, publicChange: added > 0 && (await touchPublished(practiceId)) };
}

export type AttachmentEdit = { id: number; title: string; position: number };

/** A change to existing attachments: refused while their practice is in the bin. */
export type AttachmentChange<Done> = ({ ok: true; publicChange: boolean } & Done) | typeof IN_BIN;

const IN_BIN = { ok: false, reason: "in-bin" } as const;

/**
 * Whether the practice is in the bin. Its row stays share-locked to the end of the transaction,
 * so moving it to the bin waits for the change instead of crossing it.
 */
async function isBinned(tx: DbTransaction, practiceId: number): Promise<boolean> {
  const [practice] = await tx.$queryRaw<{ inBin: boolean }[]>`
    SELECT deleted_at IS NOT NULL AS "inBin" FROM practice WHERE id = ${practiceId} FOR SHARE`;
  return practice?.inBin === true;
}

/** New titles and order. */
export async function updateAttachments(practiceId: number, edits: AttachmentEdit[], author: Author, ip?: string): Promise<AttachmentChange<{ changed: boolean }>> {
  const outcome = await db.$transaction(async (tx) => {
    if (await isBinned(tx, practiceId)) return IN_BIN;
    const current = await tx.attachment.findMany({ where: { practiceId }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, title: true, fileName: true } });
    const byId = new Map(edits.map((edit) => [edit.id, edit]));
    // The new order: by the numbers given, ties (and attachments not in the form) in the old order.
    const ordered = current
      .map((attachment, index) => ({ attachment, rank: byId.get(attachment.id)?.position ?? index + 1, index }))
      .sort((a, b) => a.rank - b.rank || a.index - b.index);
    const changes: { id: number; fileName: string; title?: { from: string; to: string }; position?: { from: number; to: number } }[] = [];
    for (const [position, { attachment, index }] of ordered.entries()) {
      const title = byId.get(attachment.id)?.title ?? attachment.title;
      if (title === attachment.title && position === index) continue;
      await tx.attachment.update({ where: { id: attachment.id }, data: { title, position } });
      changes.push({
        id: attachment.id,
        fileName: attachment.fileName,
        ...(title !== attachment.title ? { title: { from: attachment.title, to: title } } : {}),
        ...(position !== index ? { position: { from: index + 1, to: position + 1 } } : {}),
      });
    }
    if (changes.length > 0) {
      await recordAudit({ action: "ATTACHMENT_UPDATED", actor: author, practiceId, subject: changes.map((change) => change.fileName).join(", "), ip, details: { changes } }, tx);
    }
    return { ok: true, changed: changes.length > 0 } as const;
  });
  if (!outcome.ok) return outcome;
  return { ...outcome, publicChange: outcome.changed && (await touchPublished(practiceId)) };
}

/** Removes the row, then the file; the audit log keeps what it was. */
export async function removeAttachment(practiceId: number, attachmentId: number, author: Author, ip?: string): Promise<AttachmentChange<{ removed: boolean }>> {
  const outcome = await db.$transaction(async (tx) => {
    if (await isBinned(tx, practiceId)) return IN_BIN;
    const attachment = await tx.attachment.findFirst({ where: { id: attachmentId, practiceId } });
    if (!attachment) return { ok: true, attachment: null } as const;
    await tx.attachment.delete({ where: { id: attachment.id } });
    await recordAudit(
      {
        action: "ATTACHMENT_REMOVED",
        actor: author,
        practiceId,
        subject: attachment.fileName,
        ip,
        details: { attachmentId, title: attachment.title, sha256: attachment.sha256, bytes: attachment.byteSize, downloads: attachment.downloadCount },
      },
      tx,
    );
    return { ok: true, attachment } as const;
  });
  if (!outcome.ok) return outcome;
  if (!outcome.attachment) return { ok: true, removed: false, publicChange: false };
  await attachmentStore().remove(outcome.attachment.storageKey);
  // Its text leaves the search index with it.
  if (outcome.attachment.textStatus === "EXTRACTED") await refreshSearchDocuments([practiceId]);
  return { ok: true, removed: true, publicChange: await touchPublished(practiceId) };
}
