import { ATTACHMENT_FORMATS } from "./formats";
import { PROBLEMS, accepted, defect, type Verdict } from "./verdict";

const PDF_HEADER = /^%PDF-[12]\.\d/;

export function isPdf(buf: Buffer): boolean {
  return PDF_HEADER.test(buf.toString("latin1", 0, 8));
}

/**
 * A PDF is accepted when it starts with "%PDF-1.x"/"%PDF-2.x" at byte 0 and ends like one: readers
 * look for "startxref" and "%%EOF" in the last 1024 bytes (so a truncated upload fails here). Only
 * the head and the last 64 KiB are read, whatever the size of the file. Not checked: JavaScript or
 * actions inside the document (they can hide in compressed object streams, so a byte search would
 * only give false comfort) and owner-password "encryption", which many ordinary PDFs carry.
 */
export function inspectPdf(buf: Buffer): Verdict {
  const tail = buf.subarray(Math.max(0, buf.length - 1024));
  if (tail.lastIndexOf("%%EOF", undefined, "latin1") < 0 || tail.lastIndexOf("startxref", undefined, "latin1") < 0) {
    return defect(PROBLEMS.truncated("dokument PDF"));
  }
  return accepted(ATTACHMENT_FORMATS.pdf);
}
