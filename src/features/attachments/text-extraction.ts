import type { AttachmentFormatId } from "./formats";
import { hasOfficeText, officeText } from "./office-text";
import { pdfText } from "./pdf-text";
import type { TextLimits, TextOutcome } from "./text-outcome";

/** Formats whose text is searchable; the others (images, DOC, XLS) are marked UNSUPPORTED. */
export function hasExtractableText(format: AttachmentFormatId): boolean {
  return format === "pdf" || hasOfficeText(format);
}

/** The text of one file, in the process it is called in: the job calls it in the sandbox. */
export async function extractText(bytes: Uint8Array, format: AttachmentFormatId, limits: TextLimits): Promise<TextOutcome> {
  try {
    if (format === "pdf") return await pdfText(bytes, limits);
    return officeText(bytes, format, limits);
  } catch (error) {
    return { status: "FAILED", error: `plik uszkodzony: ${error instanceof Error ? error.message : String(error)}`.slice(0, 500) };
  }
}
