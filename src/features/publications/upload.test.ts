import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readPublicationFile } from "./upload";

const fixture = (name: string, as = name) => new File([readFileSync(path.resolve("tests/fixtures/uploads", name))], as);

describe("readPublicationFile", () => {
  it("accepts documents and spreadsheets by their content", async () => {
    for (const name of ["valid.pdf", "valid.docx", "valid.odt", "valid.xlsx", "valid.ods"]) {
      const read = await readPublicationFile(fixture(name), true);
      expect(read.ok && read.file?.fileName, name).toBe(name);
    }
    const pdf = await readPublicationFile(fixture("valid.pdf", "Raport – Łódź 2024.pdf"), true);
    expect(pdf).toMatchObject({ ok: true, file: { fileName: "Raport – Łódź 2024.pdf", mimeType: "application/pdf" } });
  });

  it("asks for a file only when there is none yet", async () => {
    const none = new File([], "");
    expect(await readPublicationFile(none, true)).toEqual({ ok: false, message: "Wybierz plik publikacji." });
    expect(await readPublicationFile(none, false)).toEqual({ ok: true });
    expect(await readPublicationFile(new File([], "undefined"), true)).toEqual({ ok: false, message: "Wybierz plik publikacji." });
    expect(await readPublicationFile(new File([], "pusty.pdf"), true)).toEqual({ ok: false, message: "Plik „pusty.pdf” jest pusty." });
    expect(await readPublicationFile(null, false)).toEqual({ ok: true });
    expect(await readPublicationFile("tekst zamiast pliku", true)).toMatchObject({ ok: false });
  });

  it("refuses what the attachment inspection refuses, in Polish", async () => {
    for (const name of ["program.pdf", "image.svg", "pdf-html-polyglot.pdf", "zip-bomb.docx", "macro-enabled.docx", "truncated.pdf"]) {
      const read = await readPublicationFile(fixture(name), true);
      expect(read.ok, name).toBe(false);
      expect(!read.ok && read.message, name).toMatch(new RegExp(`^Plik „${name.replace(".", "\\.")}”`));
    }
  });

  it("refuses images and old binary formats, which suit attachments but not published documents", async () => {
    for (const name of ["valid.png", "valid.jpg", "minimal.doc", "minimal.xls"]) {
      const read = await readPublicationFile(fixture(name), true);
      expect(!read.ok && read.message, name).toContain("Publikacją może być dokument PDF, DOCX lub ODT albo arkusz XLSX lub ODS.");
    }
  });

  it("refuses files over 20 MB before reading them", async () => {
    const big = new File([new Uint8Array(20_000_001)], "ogromny.pdf");
    expect(await readPublicationFile(big, true)).toEqual({ ok: false, message: "Plik „ogromny.pdf” jest za duży: publikacja może mieć najwyżej 20 MB." });
  });
});
