import { fileStoreOf } from "@/features/file-store/stores";
import type { FileStore } from "@/features/file-store/store";
import { env } from "@/lib/env";

/** Attachments, pending uploads, publications and submissions' files share one store. */
export type AttachmentStore = FileStore;

/** The store chosen by FILE_STORE (local, postgres or s3; see features/file-store/). */
export function attachmentStore(): AttachmentStore {
  return fileStoreOf(env().FILE_STORE);
}
