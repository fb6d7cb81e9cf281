/**
 * A reader for OLE2 compound files (MS-CFB), the container of DOC and XLS, just deep enough to list
 * the top-level streams and storages and read the start of a stream. Every sector chain is bounded
 * and checked against the file, so a truncated or looping file is refused rather than followed.
 */

export const OLE_SIGNATURE = "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1";

const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const NO_STREAM = 0xffffffff;
const MAX_REGULAR_SECTOR = 0xfffffffa;

export type OleEntry = { name: string; type: "storage" | "stream"; start: number; size: number };

export type OleFile = {
  /** Streams and storages directly under the root, by name. */
  topLevel: Map<string, OleEntry>;
  /** The first `maxBytes` of a stream (less if it is shorter). */
  read(entry: OleEntry, maxBytes: number): Buffer;
};

class OleError extends Error {}

function check(condition: boolean): asserts condition {
  if (!condition) throw new OleError("Malformed compound file");
}

/** Returns undefined for a malformed or truncated file. */
export function readOleFile(buf: Buffer): OleFile | undefined {
  try {
    return parse(buf);
  } catch (error) {
    if (error instanceof OleError || error instanceof RangeError) return undefined;
    throw error;
  }
}

function parse(buf: Buffer): OleFile {
  check(buf.length >= 512 && buf.toString("latin1", 0, 8) === OLE_SIGNATURE);
  check(buf.readUInt16LE(28) === 0xfffe);
  const shift = buf.readUInt16LE(30);
  const major = buf.readUInt16LE(26);
  check((major === 3 && shift === 9) || (major === 4 && shift === 12));
  check(buf.readUInt16LE(32) === 6 && buf.readUInt32LE(56) === 4096);
  const sectorSize = 1 << shift;
  // Writers fill the last sector; a file that ends mid-sector has been cut short.
  check(buf.length % sectorSize === 0);
  const sectorCount = buf.length / sectorSize - 1;
  const perSector = sectorSize / 4;
  const sectorOffset = (sector: number) => {
    check(sector < sectorCount);
    return (sector + 1) * sectorSize;
  };

  // The FAT's own sectors: 109 listed in the header, the rest in a chain of DIFAT sectors.
  const fatSectorCount = buf.readUInt32LE(44);
  check(fatSectorCount <= sectorCount);
  const fatSectors: number[] = [];
  for (let i = 0; i < 109 && fatSectors.length < fatSectorCount; i++) fatSectors.push(buf.readUInt32LE(76 + i * 4));
  let difat = buf.readUInt32LE(68);
  for (let hops = 0; fatSectors.length < fatSectorCount; hops++) {
    check(hops <= sectorCount && difat <= MAX_REGULAR_SECTOR);
    const offset = sectorOffset(difat);
    for (let i = 0; i < perSector - 1 && fatSectors.length < fatSectorCount; i++) fatSectors.push(buf.readUInt32LE(offset + i * 4));
    difat = buf.readUInt32LE(offset + sectorSize - 4);
  }
  const fat = new Uint32Array(fatSectorCount * perSector);
  fatSectors.forEach((sector, index) => {
    check(sector <= MAX_REGULAR_SECTOR);
    const offset = sectorOffset(sector);
    check(offset + sectorSize <= buf.length);
    for (let i = 0; i < perSector; i++) fat[index * perSector + i] = buf.readUInt32LE(offset + i * 4);
  });

  /**
   * The sectors of a chain, checked for loops, free sectors and ends past the file. Chains walked
   * with `claimed` may not share sectors, which keeps the total work linear in the file's size
   * (thousands of entries all pointing at one long chain would otherwise be quadratic).
   */
  const chainOf = (table: Uint32Array, start: number, limit: number, claimed?: Uint8Array): number[] => {
    const chain: number[] = [];
    for (let sector = start; sector !== END_OF_CHAIN; sector = table[sector] ?? FREE) {
      check(sector < table.length && sector < limit && chain.length < limit);
      if (claimed) {
        check(claimed[sector] !== 1);
        claimed[sector] = 1;
      }
      chain.push(sector);
    }
    return chain;
  };
  const claimedSectors = new Uint8Array(sectorCount);
  /** The first `maxBytes` of a chain holding `size` bytes; every sector the size needs must be in the file. */
  const readChain = (chain: number[], unit: number, source: Buffer, base: number, size: number, maxBytes: number): Buffer => {
    check(chain.length * unit >= size);
    const parts: Buffer[] = [];
    for (let i = 0; i * unit < size; i++) {
      const start = base + (chain[i] as number) * unit;
      const needed = Math.min(unit, size - i * unit);
      check(start + needed <= source.length);
      if (i * unit < maxBytes) parts.push(source.subarray(start, start + needed));
    }
    return Buffer.concat(parts).subarray(0, maxBytes);
  };
  const readRegular = (start: number, size: number, maxBytes = size, claimed?: Uint8Array) =>
    readChain(chainOf(fat, start, sectorCount, claimed), sectorSize, buf, sectorSize, size, maxBytes);

  const directoryChain = chainOf(fat, buf.readUInt32LE(48), sectorCount, claimedSectors);
  const directory = readChain(directoryChain, sectorSize, buf, sectorSize, directoryChain.length * sectorSize, Infinity);
  const entryAt = (index: number) => {
    check(index * 128 + 128 <= directory.length);
    const at = index * 128;
    const nameLength = directory.readUInt16LE(at + 64);
    check(nameLength <= 64 && nameLength % 2 === 0);
    const type = directory[at + 66];
    return {
      name: directory.toString("utf16le", at, at + Math.max(0, nameLength - 2)),
      type,
      left: directory.readUInt32LE(at + 68),
      right: directory.readUInt32LE(at + 72),
      child: directory.readUInt32LE(at + 76),
      start: directory.readUInt32LE(at + 116),
      // Version 3 files may leave garbage in the high half of the size.
      size: major === 3 ? directory.readUInt32LE(at + 120) : Number(directory.readBigUInt64LE(at + 120)),
    };
  };
  const root = entryAt(0);
  check(root.type === 5);

  const topLevel = new Map<string, OleEntry>();
  const pending = [root.child];
  const visited = new Set<number>();
  while (pending.length > 0) {
    const index = pending.pop() as number;
    if (index === NO_STREAM) continue;
    check(!visited.has(index) && visited.size < directory.length / 128);
    visited.add(index);
    const entry = entryAt(index);
    check(entry.type === 1 || entry.type === 2);
    topLevel.set(entry.name, { name: entry.name, type: entry.type === 1 ? "storage" : "stream", start: entry.start, size: entry.size });
    pending.push(entry.left, entry.right);
  }

  // Streams under 4096 bytes live in the mini stream (the root's data) in 64-byte sectors.
  const miniFatChain = chainOf(fat, buf.readUInt32LE(60), sectorCount, claimedSectors);
  const miniFat = new Uint32Array(miniFatChain.length * perSector);
  miniFatChain.forEach((sector, index) => {
    for (let i = 0; i < perSector; i++) miniFat[index * perSector + i] = buf.readUInt32LE(sectorOffset(sector) + i * 4);
  });
  check(root.size <= buf.length);
  const miniStream = root.size > 0 ? readRegular(root.start, root.size, root.size, claimedSectors) : Buffer.alloc(0);
  const claimedMiniSectors = new Uint8Array(Math.ceil(miniStream.length / 64));
  const read = (entry: OleEntry, maxBytes: number, claim = false): Buffer => {
    check(entry.type === "stream" && entry.size <= buf.length);
    if (entry.size === 0) return Buffer.alloc(0);
    if (entry.size >= 4096) return readRegular(entry.start, entry.size, maxBytes, claim ? claimedSectors : undefined);
    const chain = chainOf(miniFat, entry.start, miniStream.length / 64, claim ? claimedMiniSectors : undefined);
    return readChain(chain, 64, miniStream, 0, entry.size, maxBytes);
  };
  // A truncated file loses sectors of some stream: every top-level stream must be whole, and no two
  // may share sectors.
  for (const entry of topLevel.values()) if (entry.type === "stream") read(entry, 0, true);

  return { topLevel, read: (entry, maxBytes) => read(entry, maxBytes) };
}
