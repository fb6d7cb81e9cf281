import { formatFileSize } from "@/lib/format";
import type { UploadOutcome } from "./mutations";

// Reading an upload request within bounds: the body is counted as it arrives and cut off past
// the limit, so nobody can make the server buffer more than MAX_FILES_PER_UPLOAD files' worth.

export const MAX_FILES_PER_UPLOAD = 10;
export const UPLOAD_FIELD = "pliki";

export type UploadRead =
  | { ok: true; files: { name: string; bytes: Uint8Array }[]; refused: UploadOutcome[] }
  | { ok: false; status: 400 | 413 | 415; message: string };

function limited(body: ReadableStream<Uint8Array>, maxBytes: number): ReadableStream<Uint8Array> {
  let seen = 0;
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > maxBytes) controller.error(new RangeError("upload too large"));
        else controller.enqueue(chunk);
      },
    }),
  );
}

export async function readUpload(request: Request, maxFileBytes: number): Promise<UploadRead> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data;\s*boundary=/i.test(contentType) || !request.body) {
    return { ok: false, status: 415, message: "Wyślij pliki formularzem dodawania załączników." };
  }
  const maxTotal = MAX_FILES_PER_UPLOAD * maxFileBytes + 1_000_000;
  const tooLarge = { ok: false, status: 413, message: `Za dużo danych naraz: wyślij najwyżej ${MAX_FILES_PER_UPLOAD} plików, każdy do ${formatFileSize(maxFileBytes)}.` } as const;
  if (Number(request.headers.get("content-length") ?? 0) > maxTotal) return tooLarge;
  let form: FormData;
  try {
    form = await new Response(limited(request.body, maxTotal), { headers: { "content-type": contentType } }).formData();
  } catch (error) {
    if (error instanceof RangeError) return tooLarge;
    return { ok: false, status: 400, message: "Nie udało się odczytać wysłanych plików. Spróbuj ponownie." };
  }
  const entries = form.getAll(UPLOAD_FIELD).filter((entry): entry is File => typeof entry !== "string" && !(entry.size === 0 && entry.name === ""));
  if (entries.length === 0) return { ok: false, status: 400, message: "Nie wybrano żadnego pliku." };
  if (entries.length > MAX_FILES_PER_UPLOAD) return { ok: false, status: 413, message: `Można wysłać najwyżej ${MAX_FILES_PER_UPLOAD} plików naraz.` };
  const files: { name: string; bytes: Uint8Array }[] = [];
  const refused: UploadOutcome[] = [];
  for (const entry of entries) {
    if (entry.size > maxFileBytes) {
      refused.push({ name: entry.name, ok: false, message: `Plik „${entry.name}” ma ${formatFileSize(entry.size)}, a największy dozwolony rozmiar to ${formatFileSize(maxFileBytes)}.` });
    } else {
      files.push({ name: entry.name, bytes: new Uint8Array(await entry.arrayBuffer()) });
    }
  }
  return { ok: true, files, refused };
}
