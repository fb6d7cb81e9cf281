import { randomUUID } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";

/**
 * Where attachment bytes live. Callers only see opaque storage keys generated here, never paths
 * derived from file names, so an uploaded name can never address another file. A store backed by
 * an S3-compatible service can implement the same interface.
 */
export type AttachmentStore = {
  put(content: Uint8Array): Promise<string>;
  /** The whole file (attachments are bounded in size), or null when it is missing. */
  read(key: string): Promise<Buffer | null>;
  remove(key: string): Promise<void>;
};

const KEY_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function localAttachmentStore(directory: string): AttachmentStore {
  const root = path.resolve(directory);
  const fileOf = (key: string) => {
    if (!KEY_PATTERN.test(key)) throw new Error(`Invalid storage key: ${key}`);
    return path.join(root, key.slice(0, 2), key);
  };
  return {
    async put(content) {
      const key = randomUUID();
      await mkdir(path.dirname(fileOf(key)), { recursive: true });
      await writeFile(fileOf(key), content, { flag: "wx" });
      return key;
    },
    async read(key) {
      return readFile(fileOf(key)).catch((error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") return null;
        throw error;
      });
    },
    async remove(key) {
      await rm(fileOf(key), { force: true });
    },
  };
}

export function attachmentStore(): AttachmentStore {
  return localAttachmentStore(env().ATTACHMENTS_DIR);
}
