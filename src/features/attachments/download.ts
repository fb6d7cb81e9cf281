import { attachmentDisposition } from "./content-disposition";
import { attachmentStore } from "./storage";

type StoredFile = { storageKey: string; fileName: string; mimeType: string };

/**
 * A stored file (practice attachment, submission file, publication) as a download, or null when
 * there is no such record or its content is gone from the store. Always a download under its own
 * name, never sniffed into a page of this site, never kept by shared caches.
 *
 * The body streams from the store as the client reads it (one chunk at a time, whatever the
 * store), so a 20 MB file never sits whole in the server's memory. Next answers HEAD with the GET
 * handler: then the stream is cancelled unread, which frees an S3 connection at once.
 */
export async function downloadOf(file: StoredFile | null, request: Request): Promise<Response | null> {
  const opened = file ? await attachmentStore().open(file.storageKey) : null;
  if (!file || !opened) return null;
  const headers = {
    "content-type": file.mimeType,
    "content-length": String(opened.size),
    "content-disposition": attachmentDisposition(file.fileName),
    "x-content-type-options": "nosniff",
    "cache-control": "private, no-store",
  };
  if (request.method === "HEAD") {
    await opened.stream.cancel();
    return new Response(null, { headers });
  }
  return new Response(opened.stream, { headers });
}

export function fileNotFound(message = "Nie znaleziono załącznika."): Response {
  return new Response(message, { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
}
