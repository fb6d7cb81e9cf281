import { describe, expect, it } from "vitest";
import { buildDocx } from "../../../tests/fixtures/uploads/builders/office";
import { noise } from "../../../tests/fixtures/uploads/builders/pdf";
import { writeZip } from "../../../tests/fixtures/uploads/builders/zip";
import { inspectZipPackage } from "./zip-inspection";
import { ZIP_LIMITS, inflateEntry, newZipBudget, readZipDirectory } from "./zip-reader";

const problemOf = (buf: Buffer) => {
  const directory = readZipDirectory(buf, newZipBudget(buf.length));
  return directory.ok ? "ok" : directory.problem;
};

/** Offsets of the parts of a one-entry archive made by writeZip. */
function layout(zip: Buffer) {
  const eocd = zip.length - 22;
  const directory = zip.readUInt32LE(eocd + 16);
  return { eocd, directory };
}

describe("readZipDirectory", () => {
  it("reads what office suites write, with or without data descriptors", () => {
    expect(problemOf(buildDocx())).toBe("ok");
    expect(problemOf(writeZip([{ name: "a.xml", data: "<a/>", dataDescriptor: true }, { name: "b.xml", data: "<b/>" }]))).toBe("ok");
  });

  it("refuses data before, after or between entries", () => {
    const zip = buildDocx();
    expect(problemOf(Buffer.concat([Buffer.from("%PDF-1.4\n"), zip]))).toBe("corrupt");
    expect(problemOf(Buffer.concat([zip, Buffer.from("\n")]))).toBe("corrupt");
    const withComment = Buffer.from(zip);
    withComment.writeUInt16LE(5, zip.length - 2); // a comment length pointing past the end
    expect(problemOf(withComment)).toBe("corrupt");
  });

  it("refuses overlapping entries (one compressed stream shared by many names)", () => {
    const zip = writeZip([{ name: "a", data: "x", store: true }, { name: "b", data: "y", store: true }]);
    const { directory } = layout(zip);
    // Stretch a's data over b's local header and data, as "non-recursive" zip bombs do.
    const overlapping = Buffer.from(zip);
    const stretched = directory - (30 + 1);
    for (const at of [18, 22, directory + 20, directory + 24]) overlapping.writeUInt32LE(stretched, at);
    expect(problemOf(overlapping)).toBe("corrupt");
  });

  it("refuses a local header that disagrees with the central directory", () => {
    const zip = writeZip([{ name: "word/document.xml", data: "<w/>" }]);
    const renamed = Buffer.from(zip);
    renamed.write("W", 30, "latin1"); // local name "Word/document.xml"
    expect(problemOf(renamed)).toBe("corrupt");
  });

  it("refuses duplicate, absolute and parent-relative names", () => {
    expect(problemOf(writeZip([{ name: "a.xml", data: "1" }, { name: "A.xml", data: "2" }]))).toBe("corrupt");
    expect(problemOf(writeZip([{ name: "/etc/passwd", data: "1" }]))).toBe("corrupt");
    expect(problemOf(writeZip([{ name: "word/../../x", data: "1" }]))).toBe("corrupt");
    expect(problemOf(writeZip([{ name: "word\\x", data: "1" }]))).toBe("corrupt");
  });

  it("refuses encryption, unknown compression and ZIP64", () => {
    const zip = writeZip([{ name: "a.xml", data: "<a/>" }]);
    const { directory, eocd } = layout(zip);
    const encrypted = Buffer.from(zip);
    encrypted.writeUInt16LE(0x0801, 6);
    encrypted.writeUInt16LE(0x0801, directory + 8);
    expect(problemOf(encrypted)).toBe("encrypted");
    const bzip2 = Buffer.from(zip);
    bzip2.writeUInt16LE(12, 8);
    bzip2.writeUInt16LE(12, directory + 10);
    expect(problemOf(bzip2)).toBe("unsupported");
    const zip64 = Buffer.from(zip);
    zip64.writeUInt16LE(0xffff, eocd + 8);
    zip64.writeUInt16LE(0xffff, eocd + 10);
    expect(problemOf(zip64)).toBe("unsupported");
  });

  it("refuses by declared sizes before inflating anything", () => {
    // 70 entries declaring 1.9 MiB each from 20 KiB: under the ratio limit, over the total.
    const chunk = noise(20 * 1024);
    const entries = Array.from({ length: 70 }, (_, i) => ({ name: `p${i}.bin`, data: chunk, store: false, declaredSize: 1_990_000 }));
    const zip = writeZip(entries);
    const budget = newZipBudget(zip.length);
    const directory = readZipDirectory(zip, budget);
    expect(directory).toEqual({ ok: false, problem: "too-large" });
    expect(budget.inflatedBytes).toBe(0);
    expect(problemOf(writeZip(Array.from({ length: ZIP_LIMITS.maxEntries + 1 }, (_, i) => ({ name: `${i}`, data: "" }))))).toBe(
      "too-many-entries",
    );
  });
});

describe("inflateEntry", () => {
  it("stops a stream that inflates past its declared size, however much it could produce", () => {
    const bomb = writeZip([{ name: "zeros.bin", data: Buffer.alloc(50 * 1024 * 1024), declaredSize: 4096 }]);
    const budget = newZipBudget(bomb.length);
    const directory = readZipDirectory(bomb, budget);
    expect(directory.ok).toBe(true);
    if (!directory.ok) return;
    const [entry] = directory.entries;
    expect(entry && inflateEntry(bomb, entry, budget)).toBe("inconsistent");
    expect(budget.inflatedBytes).toBeLessThanOrEqual(4096 + 1);
  });

  it("refuses content whose CRC does not match", () => {
    const zip = writeZip([{ name: "a.xml", data: "<a>tekst</a>" }]);
    const { directory } = layout(zip);
    const wrong = Buffer.from(zip);
    wrong.writeUInt32LE(0x12345678, 14);
    wrong.writeUInt32LE(0x12345678, directory + 16);
    expect(inspectZipPackage(wrong)).toMatchObject({ kind: "defect", problem: expect.stringMatching(/sumą kontrolną/) });
  });

  it("holds the archive as a whole to the ratio limit once it inflates past 16 MiB", () => {
    // 200 entries of 128 KiB zeros: each under the per-entry grace, 25 MiB from about 30 KiB.
    const parts = Array.from({ length: 200 }, (_, i) => ({ name: `word/media/${i}.bin`, data: Buffer.alloc(128 * 1024) }));
    expect(inspectZipPackage(buildDocx({ extraParts: parts }))).toMatchObject({ problem: expect.stringMatching(/silnie skompresowany/) });
  });

  it("shares one budget between an archive and the ones nested in it", () => {
    const inner = writeZip(Array.from({ length: 600 }, (_, i) => ({ name: `${i}`, data: "" })));
    const outer = buildDocx({ extraParts: [{ name: "word/embeddings/a.xlsx", data: inner }, { name: "word/embeddings/b.xlsx", data: inner }] });
    expect(inspectZipPackage(outer)).toMatchObject({ kind: "defect", problem: expect.stringMatching(/zbyt wielu części/) });
  });
});
