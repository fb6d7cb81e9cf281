import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { hasExtractableText, extractText } from "./text-extraction";
import { xmlText } from "./office-text";

// The extractors on real small files (tests/fixtures/attachment-text, written by
// scripts/demo-data/make-attachment-files.ts; real/ holds files saved by LibreOffice).

const LIMITS = { maxPages: 50, maxChars: 10_000 };
const read = (file: string) => new Uint8Array(readFileSync(path.resolve("tests/fixtures", file)));

describe("extractText", () => {
  it("reads a PDF's text layer, with Polish letters", async () => {
    const outcome = await extractText(read("attachment-text/tekst.pdf"), "pdf", LIMITS);
    expect(outcome.status).toBe("EXTRACTED");
    expect(outcome.status === "EXTRACTED" && outcome.text).toContain("Mieszkańcy poprosili o pergolę z pnączami i poidełko dla psów.");
    expect(outcome.status === "EXTRACTED" && outcome.text).toContain("Zażółć gęślą jaźń.");
  });

  it("tells a scan (a PDF of pictures) from a PDF with text", async () => {
    expect(await extractText(read("attachment-text/skan.pdf"), "pdf", LIMITS)).toEqual({ status: "NO_TEXT" });
  });

  it("stops at the character cap and at the page cap", async () => {
    const whole = await extractText(read("attachment-text/tekst.pdf"), "pdf", LIMITS);
    expect(whole.status === "EXTRACTED" && whole.text).toContain("Nasadzenia lip drobnolistnych.");
    const firstPage = await extractText(read("attachment-text/tekst.pdf"), "pdf", { maxPages: 1, maxChars: 10_000 });
    expect(firstPage.status === "EXTRACTED" && firstPage.text).not.toContain("drobnolistnych");
    const capped = await extractText(read("attachment-text/tekst.pdf"), "pdf", { maxPages: 50, maxChars: 40 });
    expect(capped.status === "EXTRACTED" && capped.text.length).toBe(40);
    const short = await extractText(read("attachment-text/akapity.docx"), "docx", { maxPages: 50, maxChars: 25 });
    expect(short).toEqual({ status: "EXTRACTED", text: "Pierwszy akapit z tabula" }); // the tab stop of the paragraph's properties counts as a space, trimmed away
  });

  it("reads DOCX paragraphs, tabs and breaks, without field codes or deleted text", async () => {
    expect(await extractText(read("attachment-text/akapity.docx"), "docx", LIMITS)).toEqual({
      status: "EXTRACTED",
      text: "Pierwszy akapit z tabulatorem & znakiem\nDrugi\nwiersz\nZażółć gęślą jaźń",
    });
  });

  it("reads ODT headings, paragraphs, spans, spaces and escaped characters", async () => {
    expect(await extractText(read("attachment-text/akapity.odt"), "odt", LIMITS)).toEqual({
      status: "EXTRACTED",
      text: "Nagłówek\nPierwszy akapit <ważny>\ndrugi wiersz\nZażółć gęślą jaźń",
    });
  });

  it("reads the cell text of XLSX (shared and inline strings) and ODS", async () => {
    expect(await extractText(read("attachment-text/budzet.xlsx"), "xlsx", LIMITS)).toEqual({ status: "EXTRACTED", text: "Wydatki na świetlicę\nDotacja wojewódzka\nKoszt" });
    expect(await extractText(read("attachment-text/budzet.ods"), "ods", LIMITS)).toEqual({ status: "EXTRACTED", text: "Wydatki na świetlicę\n1200" });
  });

  it("reads the files LibreOffice saved", async () => {
    for (const [file, format] of [["libreoffice.pdf", "pdf"], ["libreoffice.docx", "docx"], ["libreoffice.odt", "odt"]] as const) {
      expect(await extractText(read(`uploads/real/${file}`), format, LIMITS), file).toEqual({ status: "EXTRACTED", text: "Regulamin programu „Zielona gmina”" });
    }
    expect(await extractText(read("uploads/real/libreoffice.xlsx"), "xlsx", LIMITS)).toEqual({ status: "EXTRACTED", text: "Koszt" });
  });

  it("fails damaged and hostile files with a reason, never throwing", async () => {
    expect(await extractText(read("uploads/truncated.pdf"), "pdf", LIMITS)).toMatchObject({ status: "FAILED", error: expect.stringMatching(/^plik uszkodzony/) });
    expect(await extractText(read("uploads/zip-bomb.docx"), "docx", LIMITS)).toEqual({ status: "FAILED", error: "archiwum ZIP: compression-ratio" });
    expect(await extractText(read("uploads/valid.pdf"), "docx", LIMITS)).toEqual({ status: "FAILED", error: "archiwum ZIP: corrupt" });
  });

  it("knows which formats have text", () => {
    expect(["pdf", "docx", "odt", "xlsx", "ods"].every((format) => hasExtractableText(format as never))).toBe(true);
    expect(["doc", "xls", "jpeg", "png"].some((format) => hasExtractableText(format as never))).toBe(false);
  });
});

describe("xmlText", () => {
  const rules = { textIn: new Set(["t"]), lineEnds: new Set(["p"]), spaces: new Set(["s"]) };

  it("decodes entities, numeric ones included, and leaves unknown ones as written", () => {
    expect(xmlText("<p><t>a &amp; b &#261;&#x17C; &nbsp; &#0;</t></p>", rules, 100)).toBe("a & b ąż &nbsp; &#0;\n");
  });

  it("ignores text outside the text elements, comments and processing instructions", () => {
    expect(xmlText('<?xml version="1.0"?><!-- x --><p>poza<t>w</t><s/><t>środku</t></p>', rules, 100)).toBe("w środku\n");
  });
});
