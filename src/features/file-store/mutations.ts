import { db } from "@/lib/db";

/** Long enough for a 33 MB file on a loaded machine; Prisma's default (5 s) is not. */
const WRITE_TIMEOUT_MS = 120_000;

/**
 * Writes (or replaces) a file as chunks of `chunkBytes`, header and chunks in one transaction:
 * readers see the old file, or nothing, until the new one is whole. Each chunk is its own
 * statement over a view of `content`, so no copy of the file is made on the way.
 */
export async function writeStoredFile(storageKey: string, content: Uint8Array, chunkBytes: number): Promise<void> {
  await db.$transaction(
    async (tx) => {
      await tx.storedFile.deleteMany({ where: { storageKey } });
      await tx.storedFile.create({ data: { storageKey, byteSize: content.byteLength, chunkBytes } });
      for (let seq = 0; seq * chunkBytes < content.byteLength; seq += 1) {
        const bytes = content.subarray(seq * chunkBytes, (seq + 1) * chunkBytes);
        await tx.storedFileChunk.create({ data: { storageKey, seq, bytes: bytes as Uint8Array<ArrayBuffer> }, select: { seq: true } });
      }
    },
    { timeout: WRITE_TIMEOUT_MS, maxWait: WRITE_TIMEOUT_MS },
  );
}

/** The chunks go with the header (ON DELETE CASCADE). */
export async function removeStoredFile(storageKey: string): Promise<void> {
  await db.storedFile.deleteMany({ where: { storageKey } });
}
