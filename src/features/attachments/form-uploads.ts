import "server-only";
import { env } from "@/lib/env";
import { listPendingUploads } from "./data";
import { TOO_MANY_MESSAGE, tooLargeMessage } from "./messages";
import type { UploadOutcome } from "./mutations";
import { stashUploads } from "./pending-mutations";
import { MAX_FILES_PER_UPLOAD, PENDING_FIELD, pendingTokensSchema, type PendingUpload, UPLOAD_FIELD } from "./schema";

type Author = { id: number; email: string };

/**
 * The new practice's files as its form brings them: tokens of uploads that arrived earlier (sent
 * by JavaScript, or with an earlier answer of the form), and, without JavaScript, the files
 * themselves, which are inspected and kept here like any upload. Every answer of the form carries
 * the list back, so nothing is lost to a validation error.
 */
export async function receiveFormUploads(form: FormData, author: Author, options: { ip?: string; remove?: string }): Promise<{ pending: PendingUpload[]; outcomes: UploadOutcome[] }> {
  const tokens = pendingTokensSchema.parse(form.getAll(PENDING_FIELD)).filter((token) => token !== options.remove);
  // An empty file input still sends a part, nameless and empty.
  const files = form.getAll(UPLOAD_FIELD).filter((value): value is File => typeof value !== "string" && value.name !== "");
  let outcomes: UploadOutcome[] = [];
  let added: PendingUpload[] = [];
  if (files.length > 0) {
    const maxFileBytes = env().ATTACHMENT_MAX_MB * 1_000_000;
    const refused = files.flatMap((file, index) =>
      index >= MAX_FILES_PER_UPLOAD ? [{ name: file.name, message: TOO_MANY_MESSAGE }] : file.size > maxFileBytes ? [{ name: file.name, message: tooLargeMessage(file.name, file.size, maxFileBytes) }] : [],
    );
    const accepted = files.slice(0, MAX_FILES_PER_UPLOAD).filter((file) => file.size <= maxFileBytes);
    const stash = await stashUploads(accepted.map((file) => ({ name: file.name, read: async () => new Uint8Array(await file.arrayBuffer()) })), refused, author, options.ip);
    outcomes = stash.outcomes;
    added = stash.pending;
  }
  return { pending: await listPendingUploads([...tokens, ...added.map((upload) => upload.token)], author.id), outcomes };
}
