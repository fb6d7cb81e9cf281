import { ACCEPTED_FORMAT_NAMES, formatByExtension, type AttachmentFormat } from "./formats";
import { inspectJpeg, inspectPng, isJpeg, isPng } from "./image-inspection";
import { inspectOle, isOle } from "./ole-inspection";
import { inspectPdf, isPdf } from "./pdf-inspection";
import { ZIP_TAIL_WINDOW, containsZipSignature, describeOtherContent, hasActiveContentInHead } from "./sniff";
import { PROBLEMS, defect, type Verdict } from "./verdict";
import { inspectZipPackage, isZip } from "./zip-inspection";

export type InspectResult = { ok: true; format: AttachmentFormat } | { ok: false; reason: string };

/** Larger uploads are refused before any parsing; the upload form should enforce its own, lower limit. */
export const MAX_INSPECTED_BYTES = 32 * 1024 * 1024;

/**
 * Decides from the CONTENT of an upload whether it is one of the accepted formats (PDF, DOC, DOCX,
 * ODT, XLS, XLSX, ODS, JPEG, PNG), well-formed and free of the tricks listed in
 * docs/decisions/004-upload-inspection.md, and whether its name's extension says the same. A
 * mismatched extension is refused with the right one named, not silently corrected: the editor
 * chose the name shown to the public, and a wrong one usually means the wrong file was picked.
 *
 * Pure and synchronous: it reads only `bytes`, and ZIP inflation is bounded by ZIP_LIMITS.
 */
export function inspectUpload(bytes: Uint8Array, fileName: string): InspectResult {
  const name = displayName(fileName);
  const refuse = (text: string): InspectResult => ({ ok: false, reason: `Plik „${name}” ${text}` });
  if (bytes.length === 0) return refuse("jest pusty.");
  if (bytes.length > MAX_INSPECTED_BYTES) return refuse(`jest za duży (ponad ${MAX_INSPECTED_BYTES / 1024 / 1024} MB).`);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

  let verdict: Verdict;
  try {
    verdict = inspectContent(buf);
  } catch {
    // Parsers check bounds as they go; an exception here still means a file we cannot vouch for.
    verdict = defect(PROBLEMS.truncated("plik"));
  }

  const extension = extensionOf(fileName);
  const named = formatByExtension(extension);
  switch (verdict.kind) {
    case "defect":
      return refuse(verdict.problem);
    case "other":
      return named
        ? refuse(`nie jest ${named.labelInstrumental} — to ${verdict.what}.`)
        : refuse(`to ${verdict.what}, a takich plików nie przyjmujemy. Dozwolone są: ${ACCEPTED_FORMAT_NAMES}.`);
    case "unknown":
      return named
        ? refuse(`nie jest ${named.labelInstrumental} ani innym rozpoznanym typem pliku.`)
        : refuse(`ma nierozpoznaną zawartość. Dozwolone są: ${ACCEPTED_FORMAT_NAMES}.`);
    case "accepted": {
      const { format } = verdict;
      if (named === format) return { ok: true, format };
      const actual = extension ? `ma rozszerzenie „.${extension}”` : "nie ma rozszerzenia";
      return refuse(`to ${format.label}, a ${actual}. Zmień rozszerzenie na „.${format.extension}” i dodaj plik ponownie.`);
    }
  }
}

function inspectContent(buf: Buffer): Verdict {
  const verdict = inspectContainer(buf);
  if (verdict.kind !== "accepted") return verdict;
  // Polyglots: checked for every accepted format (see the decision record for the exact rules).
  if (hasActiveContentInHead(buf)) return defect(PROBLEMS.polyglotMarkup);
  const { id } = verdict.format;
  if ((id === "pdf" || id === "jpeg" || id === "png") && containsZipSignature(buf.subarray(Math.max(0, buf.length - ZIP_TAIL_WINDOW)))) {
    return defect(PROBLEMS.polyglotArchive);
  }
  return verdict;
}

function inspectContainer(buf: Buffer): Verdict {
  if (isPdf(buf)) return inspectPdf(buf);
  if (isPng(buf)) return inspectPng(buf);
  if (isJpeg(buf)) return inspectJpeg(buf);
  if (isZip(buf)) return inspectZipPackage(buf);
  if (isOle(buf)) return inspectOle(buf);
  const what = describeOtherContent(buf);
  return what ? { kind: "other", what } : { kind: "unknown" };
}

function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? "";
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}

/** The name as the editor knows it, safe to quote: no path, no control characters, not endless. */
function displayName(fileName: string): string {
  const base = (fileName.split(/[\\/]/).pop() ?? "").replace(/[\p{Cc}\p{Cf}]/gu, "").trim() || "bez nazwy";
  return base.length > 80 ? `${base.slice(0, 60)}…${base.slice(-15)}` : base;
}
