import { attachmentDisposition } from "./content-disposition";
import { attachmentStore } from "./storage";

type StoredFile = { storageKey: string; fileName: string; mimeType: string };

/**
 * A stored file (practice attachment, submission file, publication) as a download, or null when
 * there is no such record or its content is gone from the store. Always a download under its own
 * name, never sniffed into a page of this site, never kept by shared caches.
 */
export async function downloadOf(file: StoredFile | null): Promise<Response | null> {
  const content = file ? await attachmentStore().read(file.storageKey) : null;
  if (!file || !content) return null;
  return new Response(new Uint8Array(content), {
    headers: {
      "content-type": file.mimeType,
      "content-length": String(content.byteLength),
      "content-disposition": attachmentDisposition(file.fileName),
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    },
  });
}

export function fileNotFound(message = "Nie znaleziono załącznika."): Response {
  return new Response(message, { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
}
