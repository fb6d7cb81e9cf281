import { crc32, inflateRawSync } from "node:zlib";

/**
 * Limits for ZIP-based uploads (DOCX, XLSX, ODT, ODS). They are shared by an archive and the
 * archives nested in it, so nesting cannot multiply them. Apache POI's ZipSecureFile uses the same
 * 1:100 ratio by default; real office files stay far below it except for tiny parts, hence the grace.
 */
export const ZIP_LIMITS = {
  maxEntries: 1000,
  maxTotalUncompressedBytes: 128 * 1024 * 1024,
  maxCompressionRatio: 100,
  ratioGraceBytes: 1024 * 1024,
  /** The same ratio for the archive as a whole once it inflates beyond this, so work follows upload size. */
  totalRatioGraceBytes: 16 * 1024 * 1024,
  /** An office package may embed another one (a chart's workbook in a DOCX), but no deeper. */
  maxNestingDepth: 1,
} as const;

export type ZipEntry = {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
  dataOffset: number;
};

export type ZipProblem =
  | "corrupt"
  | "inconsistent"
  | "encrypted"
  | "unsupported"
  | "too-many-entries"
  | "too-large"
  | "compression-ratio";

/** What every archive inspected for one upload has used so far: limits apply to the sum. */
export type ZipBudget = { uploadBytes: number; entries: number; declaredBytes: number; inflatedBytes: number };

export function newZipBudget(uploadBytes: number): ZipBudget {
  return { uploadBytes, entries: 0, declaredBytes: 0, inflatedBytes: 0 };
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const DATA_DESCRIPTOR = 0x08074b50;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_DATA_DESCRIPTOR = 0x0008;
const FLAG_STRONG_ENCRYPTION = 0x0040;
const FLAG_UTF8 = 0x0800;
const STORED = 0;
const DEFLATED = 8;

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; problem: ZipProblem };

/**
 * Reads and checks the central directory against the local headers, strictly: one archive from
 * the first byte to the last (no prepended or appended data, no comment hiding another file), no
 * gaps or overlaps between entries (overlapping entries are how "non-recursive" zip bombs reuse
 * one compressed stream many times), local headers that agree with the central directory (two
 * views of one archive are a classic way to make scanners and applications see different files),
 * no ZIP64, no encryption, only stored or deflated entries, and declared sizes within the limits.
 */
export function readZipDirectory(buf: Buffer, budget: ZipBudget): ZipDirectory {
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) return fail("corrupt");
  const entriesOnDisk = buf.readUInt16LE(eocd + 8);
  const entryCount = buf.readUInt16LE(eocd + 10);
  const directorySize = buf.readUInt32LE(eocd + 12);
  const directoryOffset = buf.readUInt32LE(eocd + 16);
  if (entryCount === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) return fail("unsupported");
  if (eocd >= 20 && buf.readUInt32LE(eocd - 20) === ZIP64_LOCATOR) return fail("unsupported");
  if (buf.readUInt16LE(eocd + 4) !== 0 || buf.readUInt16LE(eocd + 6) !== 0 || entriesOnDisk !== entryCount) return fail("corrupt");
  if (entryCount === 0 || directoryOffset + directorySize !== eocd) return fail("corrupt");
  budget.entries += entryCount;
  if (budget.entries > ZIP_LIMITS.maxEntries) return fail("too-many-entries");

  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let pos = directoryOffset;
  for (let i = 0; i < entryCount; i++) {
    if (pos + 46 > eocd || buf.readUInt32LE(pos) !== CENTRAL_HEADER) return fail("corrupt");
    const flags = buf.readUInt16LE(pos + 8);
    const method = buf.readUInt16LE(pos + 10);
    const compressedSize = buf.readUInt32LE(pos + 20);
    const uncompressedSize = buf.readUInt32LE(pos + 24);
    const nameLength = buf.readUInt16LE(pos + 28);
    const next = pos + 46 + nameLength + buf.readUInt16LE(pos + 30) + buf.readUInt16LE(pos + 32);
    if (next > eocd || nameLength === 0) return fail("corrupt");
    const nameBytes = buf.subarray(pos + 46, pos + 46 + nameLength);
    const name = nameBytes.toString(flags & FLAG_UTF8 ? "utf8" : "latin1");
    const localOffset = buf.readUInt32LE(pos + 42);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localOffset === 0xffffffff) return fail("unsupported");
    if (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) return fail("encrypted");
    if (method !== STORED && method !== DEFLATED) return fail("unsupported");
    if (!isPlainEntryName(name) || seen.has(name.toLowerCase())) return fail("corrupt");
    seen.add(name.toLowerCase());
    if (method === STORED && compressedSize !== uncompressedSize) return fail("corrupt");
    if (
      uncompressedSize > ZIP_LIMITS.ratioGraceBytes &&
      uncompressedSize > Math.max(compressedSize, 1) * ZIP_LIMITS.maxCompressionRatio
    ) {
      return fail("compression-ratio");
    }
    budget.declaredBytes += uncompressedSize;
    if (budget.declaredBytes > ZIP_LIMITS.maxTotalUncompressedBytes) return fail("too-large");
    if (
      budget.declaredBytes > ZIP_LIMITS.totalRatioGraceBytes &&
      budget.declaredBytes > budget.uploadBytes * ZIP_LIMITS.maxCompressionRatio
    ) {
      return fail("compression-ratio");
    }

    const crc = buf.readUInt32LE(pos + 16);
    const fields = { flags, method, crc, compressedSize, uncompressedSize };
    const dataOffset = checkLocalHeader(buf, localOffset, directoryOffset, nameBytes, fields);
    if (dataOffset < 0) return fail("corrupt");
    entries.push({ name, flags, method, crc, compressedSize, uncompressedSize, localOffset, dataOffset });
    pos = next;
  }
  if (pos !== eocd || !isContiguous(buf, entries, directoryOffset)) return fail("corrupt");
  return { ok: true, entries };
}

/**
 * Inflates one entry, never producing more than its declared size (plus one zlib chunk): declared
 * sizes were already checked against the limits, and a stream that inflates to more (or less, or
 * to other bytes than its CRC says) is refused as corrupt rather than trusted.
 */
export function inflateEntry(buf: Buffer, entry: ZipEntry, budget: ZipBudget): Buffer | ZipProblem {
  const data = buf.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  let content: Buffer;
  if (entry.method === STORED) {
    content = data;
  } else {
    try {
      content = inflateRawSync(data, { maxOutputLength: entry.uncompressedSize + 1 });
    } catch {
      budget.inflatedBytes += entry.uncompressedSize + 1;
      return "inconsistent";
    }
  }
  budget.inflatedBytes += content.length;
  if (content.length !== entry.uncompressedSize || crc32(content) !== entry.crc) return "inconsistent";
  return content;
}

function fail(problem: ZipProblem): ZipDirectory {
  return { ok: false, problem };
}

/** The end record must close the file exactly: a comment may not hide data after the archive. */
function findEndOfCentralDirectory(buf: Buffer): number {
  if (buf.length < 22) return -1;
  const lowest = Math.max(0, buf.length - 22 - 0xffff);
  for (let pos = buf.length - 22; pos >= lowest; pos--) {
    pos = buf.lastIndexOf("PK\x05\x06", pos, "latin1");
    if (pos < lowest) return -1;
    if (buf.readUInt32LE(pos) === END_OF_CENTRAL_DIRECTORY && pos + 22 + buf.readUInt16LE(pos + 20) === buf.length) return pos;
  }
  return -1;
}

/** Names a package may use; absolute, parent-relative or backslashed names are only ever tricks. */
function isPlainEntryName(name: string): boolean {
  if (name.startsWith("/") || name.includes("\\") || name.includes("\0")) return false;
  return !name.split("/").some((part) => part === ".." || part === ".");
}

type CentralFields = { flags: number; method: number; crc: number; compressedSize: number; uncompressedSize: number };

/** Returns where the entry's data starts, or -1 when the local header disagrees with the directory. */
function checkLocalHeader(buf: Buffer, offset: number, limit: number, nameBytes: Buffer, central: CentralFields): number {
  if (offset + 30 > limit || buf.readUInt32LE(offset) !== LOCAL_HEADER) return -1;
  const flags = buf.readUInt16LE(offset + 6);
  if (buf.readUInt16LE(offset + 8) !== central.method || (flags & FLAG_ENCRYPTED) !== (central.flags & FLAG_ENCRYPTED)) return -1;
  if (!(flags & FLAG_DATA_DESCRIPTOR)) {
    const same =
      buf.readUInt32LE(offset + 14) === central.crc &&
      buf.readUInt32LE(offset + 18) === central.compressedSize &&
      buf.readUInt32LE(offset + 22) === central.uncompressedSize;
    if (!same) return -1;
  }
  const nameLength = buf.readUInt16LE(offset + 26);
  const dataOffset = offset + 30 + nameLength + buf.readUInt16LE(offset + 28);
  if (dataOffset + central.compressedSize > limit) return -1;
  if (!buf.subarray(offset + 30, offset + 30 + nameLength).equals(nameBytes)) return -1;
  return dataOffset;
}

/** Entries follow one another from byte 0 to the central directory, with nothing hidden between. */
function isContiguous(buf: Buffer, entries: ZipEntry[], directoryOffset: number): boolean {
  const ordered = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  let expected = 0;
  for (const entry of ordered) {
    if (entry.localOffset !== expected) return false;
    const end = entry.dataOffset + entry.compressedSize;
    expected = end + dataDescriptorLength(buf, entry, end);
  }
  return expected === directoryOffset;
}

function dataDescriptorLength(buf: Buffer, entry: ZipEntry, at: number): number {
  if (!(entry.flags & FLAG_DATA_DESCRIPTOR)) return 0;
  return at + 4 <= buf.length && buf.readUInt32LE(at) === DATA_DESCRIPTOR ? 16 : 12;
}
