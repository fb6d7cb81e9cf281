import { getStoredFileChunk, getStoredFileHeader } from "./data";
import { removeStoredFile, writeStoredFile } from "./mutations";
import { checkedKey, newStorageKey, pulledStream, wholeReader, type FileStore } from "./store";

/**
 * 512 KiB: a 20 MB file is 39 chunks, so 39 queries of about a millisecond each, while a
 * download holds at most one chunk (and its hex form in the driver). Files keep the chunk size
 * they were written with (`stored_file.chunk_bytes`), so this can change without a migration.
 */
export const POSTGRES_CHUNK_BYTES = 512 * 1024;

/** Files in the site's own database (tables `stored_file`, `stored_file_chunk`): any number of instances. */
export function postgresFileStore(chunkBytes = POSTGRES_CHUNK_BYTES): FileStore {
  async function open(key: string) {
    const header = await getStoredFileHeader(checkedKey(key));
    if (!header) return null;
    const chunks = Math.ceil(header.byteSize / header.chunkBytes);
    let seq = 0;
    // One query per chunk, made when the reader asks for it. Not a snapshot: a file removed while
    // it is read fails the download (keys are never reused, so it is never mixed with another file).
    const stream = pulledStream(async () => {
      if (seq >= chunks) return null;
      const bytes = await getStoredFileChunk(key, seq);
      if (!bytes) throw new Error(`Stored file ${key} lost its chunk ${seq} while being read`);
      seq += 1;
      return bytes;
    });
    return { size: header.byteSize, stream };
  }

  return {
    kind: "postgres",
    async put(content) {
      const key = newStorageKey();
      await writeStoredFile(key, content, chunkBytes);
      return key;
    },
    async write(key, content) {
      await writeStoredFile(checkedKey(key), content, chunkBytes);
    },
    open,
    read: wholeReader(open),
    async remove(key) {
      await removeStoredFile(checkedKey(key));
    },
  };
}
