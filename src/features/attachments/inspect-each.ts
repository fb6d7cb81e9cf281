import { safeFileName } from "./file-name";
import { inspectUpload } from "./inspect";
import type { AttachmentFormat } from "./formats";
import type { UploadedFile } from "./upload-request";

type Refused = { name: string; message: string };

/**
 * The one walk over an upload: the files refused before their bytes were read, then each file in
 * turn, judged by its content. One file is in memory at a time: each is read from where the request
 * left it only when its turn comes. Refusals go to `reject`, accepted files to `accept`.
 */
export async function inspectEachUpload(
  files: UploadedFile[],
  refusedEarly: Refused[],
  reject: (fileName: string, message: string, bytes: number) => Promise<void>,
  accept: (fileName: string, bytes: Uint8Array, format: AttachmentFormat) => Promise<void>,
): Promise<void> {
  for (const early of refusedEarly) await reject(safeFileName(early.name), early.message, 0);
  for (const file of files) {
    const fileName = safeFileName(file.name);
    const bytes = await file.read();
    const verdict = inspectUpload(bytes, fileName);
    if (verdict.ok) await accept(fileName, bytes, verdict.format);
    else await reject(fileName, verdict.reason, bytes.byteLength);
  }
}
