import { describe, expect, it } from "vitest";
import { writeCompoundFile } from "../../../tests/fixtures/uploads/builders/cfb";
import { buildDoc } from "../../../tests/fixtures/uploads/builders/office";
import { readOleFile } from "./ole-reader";

/** Where a top-level entry's directory record is, found by its UTF-16 name. */
function directoryRecord(file: Buffer, name: string): number {
  const at = file.indexOf(Buffer.from(`${name}\0`, "utf16le"));
  if (at < 0) throw new Error(`No entry ${name}`);
  return at;
}

describe("readOleFile", () => {
  it("lists top-level streams and reads them, from sectors and from the mini stream", () => {
    const file = writeCompoundFile([
      { name: "Big", data: Buffer.alloc(5000, 1) },
      { name: "Small", data: Buffer.from("mały strumień") },
      { name: "Folder", storage: true },
    ]);
    const ole = readOleFile(file);
    expect([...(ole?.topLevel.keys() ?? [])].sort()).toEqual(["Big", "Folder", "Small"]);
    const small = ole?.topLevel.get("Small");
    expect(small && ole?.read(small, 100).toString()).toBe("mały strumień");
    const big = ole?.topLevel.get("Big");
    expect(big && ole?.read(big, 10)).toEqual(Buffer.alloc(10, 1));
  });

  it("refuses a sector chain that loops", () => {
    const file = buildDoc();
    const start = file.readUInt32LE(directoryRecord(file, "WordDocument") + 116);
    file.writeUInt32LE(start, 512 + (start + 2) * 4); // the third sector points back to the first
    expect(readOleFile(file)).toBeUndefined();
  });

  it("refuses streams that share sectors (linear work, whatever the directory says)", () => {
    const file = writeCompoundFile([
      { name: "A", data: Buffer.alloc(5000, 1) },
      { name: "B", data: Buffer.alloc(5000, 2) },
    ]);
    const a = directoryRecord(file, "A");
    file.writeUInt32LE(file.readUInt32LE(a + 116), directoryRecord(file, "B") + 116);
    expect(readOleFile(file)).toBeUndefined();
  });

  it("refuses a stream whose size runs past its chain or the file", () => {
    const file = buildDoc();
    file.writeUInt32LE(1_000_000, directoryRecord(file, "WordDocument") + 120);
    expect(readOleFile(file)).toBeUndefined();
    expect(readOleFile(buildDoc().subarray(0, 4096))).toBeUndefined();
  });
});
