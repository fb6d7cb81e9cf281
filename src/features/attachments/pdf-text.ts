import { getDocumentProxy } from "unpdf";
import type { TextLimits, TextOutcome } from "./text-outcome";

// A PDF's text layer, with pdf.js (the serverless build bundled by `unpdf`, no network, no
// canvas). Pages are read one at a time and reading stops at the page or character cap, so a
// long document costs no more than its first pages. Runs inside the sandbox (text-sandbox.ts),
// which bounds time and memory for whatever pdf.js does with a hostile file.

/** Fewer letters than this in all the pages read: the PDF is a scan (images of pages). */
const MIN_LETTERS = 20;

export async function pdfText(bytes: Uint8Array, limits: TextLimits): Promise<TextOutcome> {
  // A copy as a plain Uint8Array: pdf.js refuses a Buffer, and may detach what it is given.
  const pdf = await getDocumentProxy(new Uint8Array(bytes), {
    isEvalSupported: false, // pdf.js never compiles font programs into functions
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0, // warnings about damaged fonts or objects are not ours to print
  });
  try {
    const pages: string[] = [];
    let length = 0;
    const lastPage = Math.min(pdf.numPages, limits.maxPages);
    for (let number = 1; number <= lastPage && length < limits.maxChars; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const text = content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join("");
      page.cleanup();
      pages.push(text);
      length += text.length;
    }
    const text = pages.join("\n\n");
    if ((text.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return { status: "NO_TEXT" };
    return { status: "EXTRACTED", text: text.slice(0, limits.maxChars) };
  } finally {
    await pdf.destroy();
  }
}
