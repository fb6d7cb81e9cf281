import { createHash, randomBytes } from "node:crypto";
import { recordAudit } from "@/features/audit/mutations";
import { db, type DbTransaction } from "@/lib/db";
import { titleFromFileName } from "./file-name";
import { inspectEachUpload } from "./inspect-each";
import type { UploadOutcome } from "./mutations";
import type { PendingUpload } from "./schema";
import { attachmentStore } from "./storage";
import type { UploadedFile } from "./upload-request";

// Files of a practice that is not saved yet (the new practice's form). They pass the same
// inspection as any attachment and are stored at once, so a form that comes back with errors
// keeps them: the form carries only their tokens. The practice's first save turns them into its
// attachments in its own transaction (bindPendingUploads); nothing is copied, the stored file stays.

type Author = { id: number; email: string };

/** Uploads nobody saved a practice with are removed after this long. */
export const PENDING_UPLOAD_TTL_HOURS = 24;

export type StashSummary = { outcomes: UploadOutcome[]; pending: PendingUpload[] };

const pendingOf = (row: { token: string; fileName: string; formatLabel: string; byteSize: number }): PendingUpload => ({
  token: row.token, fileName: row.fileName, formatLabel: row.formatLabel, byteSize: row.byteSize,
});

/** Inspects and stores each file for this editor; refusals are logged like any refused attachment. */
export async function stashUploads(files: UploadedFile[], refusedEarly: { name: string; message: string }[], author: Author, ip?: string): Promise<StashSummary> {
  await removeExpiredUploads();
  const store = attachmentStore();
  const outcomes: UploadOutcome[] = [];
  const pending: PendingUpload[] = [];
  const reject = async (fileName: string, message: string, bytes: number) => {
    await recordAudit({ action: "ATTACHMENT_REJECTED", actor: author, subject: fileName, ip, details: { reason: message, bytes, pending: true } });
    outcomes.push({ name: fileName, ok: false, message });
  };
  await inspectEachUpload(files, refusedEarly, reject, async (fileName, bytes, format) => {
    const storageKey = await store.put(bytes);
    const row = await db.pendingAttachment.create({
      data: {
        token: randomBytes(32).toString("base64url"),
        editorId: author.id,
        fileName,
        mimeType: format.mimeType,
        formatLabel: format.label,
        byteSize: bytes.byteLength,
        sha256: createHash("sha256").update(bytes).digest("hex"),
        storageKey,
      },
    });
    pending.push(pendingOf(row));
    outcomes.push({ name: fileName, ok: true, message: `Przyjęto plik „${fileName}” (${format.label}). Zostanie dołączony po zapisaniu praktyki.` });
  });
  return { outcomes, pending };
}

/**
 * Makes this editor's pending uploads of `tokens` attachments of the new practice, in the order
 * given, inside the practice's transaction. A second copy of the same file is dropped (a practice
 * holds a file once); the returned storage keys are the caller's to remove after the commit.
 */
export async function bindPendingUploads(tx: DbTransaction, practiceId: number, tokens: string[], author: Author, ip?: string): Promise<{ dropped: string[] }> {
  if (tokens.length === 0) return { dropped: [] };
  const rows = await tx.pendingAttachment.findMany({ where: { token: { in: tokens }, editorId: author.id } });
  const byToken = new Map(rows.map((row) => [row.token, row]));
  const seen = new Set<string>();
  const dropped: string[] = [];
  let position = 0;
  for (const token of tokens) {
    const row = byToken.get(token);
    if (!row) continue;
    byToken.delete(token);
    if (seen.has(row.sha256)) {
      dropped.push(row.storageKey);
      continue;
    }
    seen.add(row.sha256);
    const attachment = await tx.attachment.create({
      data: {
        practiceId, title: titleFromFileName(row.fileName), fileName: row.fileName, mimeType: row.mimeType,
        byteSize: row.byteSize, sha256: row.sha256, storageKey: row.storageKey, position: position++,
      },
    });
    await recordAudit(
      { action: "ATTACHMENT_ADDED", actor: author, practiceId, subject: row.fileName, ip, details: { attachmentId: attachment.id, sha256: row.sha256, bytes: row.byteSize } },
      tx,
    );
  }
  await tx.pendingAttachment.deleteMany({ where: { id: { in: rows.map((row) => row.id) } } });
  return { dropped };
}

/** Removes stored files whose rows are gone (after the transaction that dropped them committed). */
export async function removeStoredFiles(storageKeys: string[]): Promise<void> {
  const store = attachmentStore();
  await Promise.all(storageKeys.map((key) => store.remove(key)));
}

/** Pending uploads nobody saved: the row first, then its file (a row never points at a missing file). */
export async function removeExpiredUploads(now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - PENDING_UPLOAD_TTL_HOURS * 3_600_000);
  const expired = await db.pendingAttachment.findMany({ where: { createdAt: { lt: before } }, select: { id: true, storageKey: true }, take: 200 });
  if (expired.length === 0) return 0;
  await db.pendingAttachment.deleteMany({ where: { id: { in: expired.map((row) => row.id) } } });
  await removeStoredFiles(expired.map((row) => row.storageKey));
  return expired.length;
}
