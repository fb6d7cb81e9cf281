/**
 * Where uploaded files' bytes live (practices' attachments, pending uploads, publications,
 * submissions' files). Callers only see opaque keys generated here, never paths or names derived
 * from user input, so an uploaded name can never address another file.
 *
 * Reads stream: `open` answers the size at once and the bytes only as they are read, so a 20 MB
 * download holds one chunk at a time, whatever the store. `read` is for the few callers that need
 * the whole file (copying a submission's files, text extraction, migration) and is bounded.
 */
import { randomUUID } from "node:crypto";

export const FILE_STORE_KINDS = ["local", "postgres", "s3"] as const;
export type FileStoreKind = (typeof FILE_STORE_KINDS)[number];

export type OpenedFile = {
  /** Bytes, as stored; known before the first chunk is read (Content-Length). */
  size: number;
  /** Pulled on demand (high-water mark 0): nothing is read before the first `read()`. Cancel it when not read to the end. */
  stream: ReadableStream<Uint8Array>;
};

export type FileStore = {
  readonly kind: FileStoreKind;
  /** Stores a new file under a fresh key. */
  put(content: Uint8Array): Promise<string>;
  /** Stores (or replaces) a file under a given key: for `npm run files:migrate`, which keeps keys. */
  write(key: string, content: Uint8Array): Promise<void>;
  /** The file as a stream, or null when it is missing. */
  open(key: string): Promise<OpenedFile | null>;
  /** The whole file (at most MAX_WHOLE_READ_BYTES), or null when it is missing. */
  read(key: string): Promise<Buffer | null>;
  /** Removes the file; a missing file is no error. */
  remove(key: string): Promise<void>;
};

/** Larger than any accepted upload (ATTACHMENT_MAX_MB ≤ 33 MB), so a whole read stays bounded. */
export const MAX_WHOLE_READ_BYTES = 34 * 1024 * 1024;

const KEY_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export class InvalidStorageKey extends Error {
  constructor(key: string) {
    super(`Invalid storage key: ${JSON.stringify(key.slice(0, 80))}`);
  }
}

/** Every store checks keys the same way: a key that is not one of ours never reaches a path, a query or a bucket. */
export function checkedKey(key: string): string {
  if (!KEY_PATTERN.test(key)) throw new InvalidStorageKey(key);
  return key;
}

export function isStorageKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}

export function newStorageKey(): string {
  return randomUUID();
}

/**
 * Reads a stream to its end into one buffer of the announced `size` (no second copy), refusing
 * (and cancelling) a stream that is larger than announced or than `limit`.
 */
export async function readAll(stream: ReadableStream<Uint8Array>, size: number, limit = MAX_WHOLE_READ_BYTES): Promise<Buffer> {
  const reader = stream.getReader();
  try {
    if (size > limit) throw new Error(`Stored file larger than ${limit} bytes`);
    const whole = Buffer.allocUnsafe(size);
    let filled = 0;
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      if (filled + next.value.byteLength > size) throw new Error(`Stored file longer than its announced ${size} bytes`);
      whole.set(next.value, filled);
      filled += next.value.byteLength;
    }
    if (filled !== size) throw new Error(`Stored file shorter (${filled}) than its announced ${size} bytes`);
    return whole;
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw error;
  } finally {
    reader.releaseLock();
  }
}

/** `read` of every store: `open`, then the whole stream, bounded. */
export function wholeReader(open: (key: string) => Promise<OpenedFile | null>): (key: string) => Promise<Buffer | null> {
  return async (key) => {
    const opened = await open(key);
    return opened && readAll(opened.stream, opened.size);
  };
}

/**
 * A stream that produces the chunks of `next` only when read (high-water mark 0: an unread
 * stream costs nothing, an abandoned one holds nothing), and calls `close` once at its end,
 * on an error or on cancel.
 */
export function pulledStream(next: () => Promise<Uint8Array | null>, close: () => Promise<void> = async () => {}): ReadableStream<Uint8Array> {
  let closed = false;
  const closeOnce = async () => {
    if (closed) return;
    closed = true;
    await close();
  };
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const chunk = await next();
          if (chunk) {
            controller.enqueue(chunk);
            return;
          }
          await closeOnce();
          controller.close();
        } catch (error) {
          await closeOnce().catch(() => undefined);
          controller.error(error);
        }
      },
      cancel: closeOnce,
    },
    { highWaterMark: 0 },
  );
}
