import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { UPLOAD_FIXTURES } from "../../../tests/fixtures/uploads/fixtures";
import { buildPdf } from "../../../tests/fixtures/uploads/builders/pdf";
import { ATTACHMENT_FORMATS } from "./formats";
import { MAX_INSPECTED_BYTES, inspectUpload } from "./inspect";

const FIXTURES = path.resolve(import.meta.dirname, "../../../tests/fixtures/uploads");
const read = (...parts: string[]) => new Uint8Array(readFileSync(path.join(FIXTURES, ...parts)));

describe("inspectUpload on the upload fixtures", () => {
  it.each(UPLOAD_FIXTURES.map((fixture) => [fixture.file, fixture.expected] as const))("%s", (file, expected) => {
    const result = inspectUpload(read(file), file);
    if (typeof expected === "string") {
      expect(result).toEqual({ ok: true, format: ATTACHMENT_FORMATS[expected] });
    } else {
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.reason).toMatch(expected);
        expect(result.reason.startsWith(`Plik „${file}” `)).toBe(true);
      }
    }
  });

  it("has a committed file for every fixture", () => {
    const committed = new Set(readdirSync(FIXTURES));
    expect(UPLOAD_FIXTURES.filter((fixture) => !committed.has(fixture.file))).toEqual([]);
  });
});

describe("inspectUpload on files saved by real programs", () => {
  const real = readdirSync(path.join(FIXTURES, "real")).filter((file) => file !== "README.md");
  it.each(real)("accepts real/%s", (file) => {
    const result = inspectUpload(read("real", file), file);
    expect(result).toMatchObject({ ok: true, format: { extension: path.extname(file).slice(1) } });
  });

  const demo = path.resolve(import.meta.dirname, "../../../scripts/demo-data/files");
  it.each(readdirSync(demo))("accepts the demo attachment %s", (file) => {
    expect(inspectUpload(new Uint8Array(readFileSync(path.join(demo, file))), file).ok).toBe(true);
  });
});

describe("inspectUpload's handling of names", () => {
  const pdf = new Uint8Array(buildPdf());

  it("compares extensions without regard to case and knows .jpeg", () => {
    expect(inspectUpload(pdf, "RAPORT.PDF")).toEqual({ ok: true, format: ATTACHMENT_FORMATS.pdf });
    expect(inspectUpload(read("valid.jpg"), "zdjęcie.jpeg")).toEqual({ ok: true, format: ATTACHMENT_FORMATS.jpeg });
  });

  it("quotes only the base name, without control characters, shortened", () => {
    const result = inspectUpload(new Uint8Array(0), `C:\\Users\\ala\\${"długa nazwa ".repeat(10)}\u202e\n.pdf`);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).not.toMatch(/Users|\u202e|\n/);
      expect(result.reason).toMatch(/^Plik „długa nazwa .{50,80}\.pdf” jest pusty\.$/);
    }
  });

  it("names the right extension for a file without one or with a foreign one", () => {
    expect(inspectUpload(pdf, "raport.txt")).toEqual({
      ok: false,
      reason: "Plik „raport.txt” to dokument PDF, a ma rozszerzenie „.txt”. Zmień rozszerzenie na „.pdf” i dodaj plik ponownie.",
    });
  });

  it("refuses files over the size limit before reading them", () => {
    const huge = new Uint8Array(MAX_INSPECTED_BYTES + 1);
    expect(inspectUpload(huge, "duży.pdf")).toEqual({ ok: false, reason: "Plik „duży.pdf” jest za duży (ponad 32 MB)." });
  });

  it("reads a view into a larger buffer without looking outside it", () => {
    const outer = Buffer.concat([Buffer.from("<html><script>"), buildPdf(), Buffer.from("PK\x05\x06")]);
    const view = new Uint8Array(outer.buffer, outer.byteOffset + 14, outer.length - 18);
    expect(inspectUpload(view, "raport.pdf").ok).toBe(true);
  });
});
