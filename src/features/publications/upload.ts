import { inspectUpload } from "@/features/attachments/inspect";
import type { PublicationFile } from "./mutations";
import { PUBLICATION_MAX_BYTES, PUBLICATION_MIME_TYPES, publicationFileSchema } from "./schema";

// The file of a publication form: checked by its content like every attachment (inspect.ts), then
// narrowed to the formats that suit a published document.

export type PublicationFileRead = { ok: true; file?: PublicationFile } | { ok: false; message: string };

function isChosen(entry: FormDataEntryValue | null): entry is File {
  // A file input left empty still sends a part with no bytes and no name, which React's encoding
  // of a server action's form data turns into the name "undefined".
  return entry !== null && typeof entry !== "string" && !(entry.size === 0 && (entry.name === "" || entry.name === "undefined"));
}

export async function readPublicationFile(entry: FormDataEntryValue | null, required: boolean): Promise<PublicationFileRead> {
  if (!isChosen(entry)) return required ? { ok: false, message: "Wybierz plik publikacji." } : { ok: true };
  if (entry.size > PUBLICATION_MAX_BYTES) return { ok: false, message: `Plik „${entry.name}” jest za duży: publikacja może mieć najwyżej 20 MB.` };
  const content = new Uint8Array(await entry.arrayBuffer());
  const inspected = inspectUpload(content, entry.name);
  if (!inspected.ok) return { ok: false, message: inspected.reason };
  const { mimeType, label } = inspected.format;
  if (!(PUBLICATION_MIME_TYPES as readonly string[]).includes(mimeType)) {
    return { ok: false, message: `Plik „${entry.name}” to ${label}. Publikacją może być dokument PDF, DOCX lub ODT albo arkusz XLSX lub ODS.` };
  }
  const checked = publicationFileSchema.safeParse({ fileName: entry.name, mimeType, byteSize: content.byteLength });
  if (!checked.success) return { ok: false, message: checked.error.issues[0]!.message };
  return { ok: true, file: { fileName: checked.data.fileName, mimeType, content } };
}
