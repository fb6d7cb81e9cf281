import { refreshSearchDocuments } from "@/features/search/mutations";
import { db } from "@/lib/db";
import { formatByMimeType } from "./formats";
import { attachmentStore, type AttachmentStore } from "./storage";
import { hasExtractableText } from "./text-extraction";
import type { TextOutcome } from "./text-outcome";
import { extractInSandbox, sandboxLimits, type SandboxLimits } from "./text-sandbox";

// The background job that makes attachments searchable: it takes one attachment whose text is
// pending (new uploads, and every attachment once after the migration), extracts its text in the
// sandbox, stores the outcome, and rewrites its practice's search document. The row stays locked
// (FOR UPDATE SKIP LOCKED) while its file is read, so several processes share the queue and none
// does a file twice; the lock is held at most the sandbox's deadline. Run by the HTTP front's
// AttachmentTextWorker (src/server/attachment-text-worker.ts).

type Claimed = { id: number; practice_id: number; mime_type: string; storage_key: string };

/** Extracts the next pending attachment; false when none was pending. */
export async function extractNextAttachmentText(limits: SandboxLimits = sandboxLimits(), store: AttachmentStore = attachmentStore()): Promise<boolean> {
  const done = await db.$transaction(
    async (tx) => {
      const [claimed] = await tx.$queryRaw<Claimed[]>`
        SELECT id, practice_id, mime_type, storage_key FROM attachment
        WHERE text_status = 'oczekuje' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED`;
      if (!claimed) return null;
      const outcome = await outcomeOf(claimed, limits, store);
      await tx.attachment.update({
        where: { id: claimed.id },
        data: {
          textStatus: outcome.status,
          // PostgreSQL text cannot hold NUL, which a PDF's text layer may.
          text: outcome.status === "EXTRACTED" ? outcome.text.replaceAll("\0", " ") : null,
          textError: outcome.status === "FAILED" ? outcome.error : null,
          textExtractedAt: new Date(),
        },
      });
      return { practiceId: claimed.practice_id, indexed: outcome.status === "EXTRACTED" };
    },
    { maxWait: 10_000, timeout: limits.timeoutMs + 30_000 },
  );
  if (done?.indexed) await refreshSearchDocuments([done.practiceId]);
  return done !== null;
}

async function outcomeOf(claimed: Claimed, limits: SandboxLimits, store: AttachmentStore): Promise<TextOutcome> {
  const format = formatByMimeType(claimed.mime_type);
  if (!format || !hasExtractableText(format.id)) return { status: "UNSUPPORTED" };
  const bytes = await store.read(claimed.storage_key);
  if (!bytes) return { status: "FAILED", error: "brak pliku w magazynie załączników" };
  return extractInSandbox(bytes, format.id, limits);
}

/** Every pending attachment, one after another (tests, and the demo data after seeding). */
export async function extractAllPendingAttachmentText(limits?: SandboxLimits, store?: AttachmentStore): Promise<number> {
  let count = 0;
  while (await extractNextAttachmentText(limits, store)) count += 1;
  return count;
}
