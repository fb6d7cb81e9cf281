import { filesPool } from "@/lib/files-pool";
import { inTransaction } from "@/lib/pg-transaction";

/**
 * Writes (or replaces) a file as chunks of `chunkBytes`, header and chunks in one transaction:
 * readers see the old file, or nothing, until the new one is whole. Each chunk is its own
 * statement with a view of `content` as a binary parameter, so no copy of the file is made.
 */
export async function writeStoredFile(storageKey: string, content: Uint8Array, chunkBytes: number): Promise<void> {
  const bytes = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  await inTransaction(filesPool(), async (client) => {
    await client.query("DELETE FROM stored_file WHERE storage_key = $1", [storageKey]);
    await client.query("INSERT INTO stored_file (storage_key, byte_size, chunk_bytes) VALUES ($1, $2, $3)", [storageKey, bytes.byteLength, chunkBytes]);
    for (let seq = 0; seq * chunkBytes < bytes.byteLength; seq += 1) {
      const chunk = bytes.subarray(seq * chunkBytes, (seq + 1) * chunkBytes);
      await client.query("INSERT INTO stored_file_chunk (storage_key, seq, bytes) VALUES ($1, $2, $3)", [storageKey, seq, chunk]);
    }
  });
}

/** The chunks go with the header (ON DELETE CASCADE). */
export async function removeStoredFile(storageKey: string): Promise<void> {
  await filesPool().query("DELETE FROM stored_file WHERE storage_key = $1", [storageKey]);
}
