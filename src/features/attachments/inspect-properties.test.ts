import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { noise } from "../../../tests/fixtures/uploads/builders/pdf";
import { inspectUpload, type InspectResult } from "./inspect";

const FIXTURES = path.resolve(import.meta.dirname, "../../../tests/fixtures/uploads");
const VALID = [
  ...["valid.pdf", "valid.docx", "valid.xlsx", "valid.odt", "valid.ods", "minimal.doc", "minimal.xls", "valid.jpg", "valid.png"],
  ...readdirSync(path.join(FIXTURES, "real"))
    .filter((file) => file !== "README.md")
    .map((file) => `real/${file}`),
].map((file) => ({ file, bytes: readFileSync(path.join(FIXTURES, file)) }));

const HEADERS = ["%PDF-1.7\n", "PK\x03\x04", "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "\x89PNG\r\n\x1a\n", "\xff\xd8\xff", "MZ", "<html>", ""];

function isWellFormed(result: InspectResult): boolean {
  return result.ok ? typeof result.format.mimeType === "string" : /^Plik „.*” .+[.)]$/s.test(result.reason);
}

describe("inspectUpload on arbitrary input", () => {
  it("never throws on random bytes, bare or behind a known signature", () => {
    let seed = 1;
    for (let i = 0; i < 1500; i++) {
      const header = Buffer.from(HEADERS[i % HEADERS.length] ?? "", "latin1");
      const body = noise((i * 37) % 3000, (seed = (seed * 48271) % 0x7fffffff));
      const result = inspectUpload(Buffer.concat([header, body]), "plik.pdf");
      expect(isWellFormed(result)).toBe(true);
    }
  });

  it.each(VALID.map(({ file }) => file))("rejects %s cleanly at every truncation", (file) => {
    const bytes = VALID.find((v) => v.file === file)?.bytes ?? Buffer.alloc(0);
    // A PDF may end with a line break after %%EOF; losing it (or a few bytes of white space) is harmless.
    const keepAtMost = file.endsWith(".pdf") ? bytes.length - 8 : bytes.length - 1;
    const step = Math.max(1, Math.floor(bytes.length / 400));
    for (let length = 0; length <= keepAtMost; length += step) {
      const result = inspectUpload(bytes.subarray(0, length), path.basename(file));
      expect(result.ok, `${file} cut to ${length} bytes`).toBe(false);
      expect(isWellFormed(result)).toBe(true);
    }
  });

  it.each(VALID.map(({ file }) => file))("never throws when bytes of %s are corrupted", (file) => {
    const bytes = VALID.find((v) => v.file === file)?.bytes ?? Buffer.alloc(0);
    const random = noise(4 * 300, file.length);
    for (let i = 0; i < 300; i++) {
      const copy = Buffer.from(bytes);
      const at = random.readUInt32LE(i * 4) % copy.length;
      copy[at] = (copy[at] ?? 0) ^ (1 << (i % 8));
      expect(isWellFormed(inspectUpload(copy, path.basename(file)))).toBe(true);
    }
  });
});
