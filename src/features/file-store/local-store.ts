import { mkdir, open as openFile, rename, rm, stat, writeFile, type FileHandle } from "node:fs/promises";
import path from "node:path";
import { checkedKey, newStorageKey, pulledStream, wholeReader, type FileStore } from "./store";

/** Bytes per chunk of a streamed read: Node's own default for file streams. */
const READ_CHUNK_BYTES = 64 * 1024;

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === "ENOENT";
}

/** Files in a directory of this machine: one instance of the site only (decision 020). */
export function localFileStore(directory: string): FileStore {
  const root = path.resolve(directory);
  const fileOf = (key: string) => path.join(root, checkedKey(key).slice(0, 2), key);

  async function open(key: string) {
    const file = fileOf(key);
    const size = await stat(file).then(
      (stats) => stats.size,
      (error: unknown) => {
        if (isMissing(error)) return null;
        throw error;
      },
    );
    if (size === null) return null;
    // The file is opened at the first read, not here: a stream never read (HEAD) holds no descriptor.
    let handle: FileHandle | undefined;
    const stream = pulledStream(
      async () => {
        handle ??= await openFile(file, "r");
        const buffer = Buffer.allocUnsafe(READ_CHUNK_BYTES);
        const { bytesRead } = await handle.read(buffer, 0, READ_CHUNK_BYTES, null);
        return bytesRead === 0 ? null : buffer.subarray(0, bytesRead);
      },
      async () => {
        await handle?.close();
      },
    );
    return { size, stream };
  }

  return {
    kind: "local",
    async put(content) {
      const key = newStorageKey();
      await mkdir(path.dirname(fileOf(key)), { recursive: true });
      await writeFile(fileOf(key), content, { flag: "wx" });
      return key;
    },
    async write(key, content) {
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      // Written aside and renamed: a reader never sees half a file.
      const partial = `${file}.${newStorageKey()}.partial`;
      await writeFile(partial, content, { flag: "wx" });
      await rename(partial, file);
    },
    open,
    read: wholeReader(open),
    async remove(key) {
      await rm(fileOf(key), { force: true });
    },
  };
}
