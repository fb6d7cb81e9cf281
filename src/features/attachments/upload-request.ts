import "server-only";
import { createWriteStream } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { Busboy } from "@fastify/busboy";
import { formatFileSize } from "@/lib/format";
import { TOO_MANY_MESSAGE, tooLargeMessage } from "./messages";
import type { UploadOutcome } from "./mutations";
import { MAX_FILES_PER_UPLOAD, UPLOAD_FIELD } from "./schema";

// Reading an upload request within bounds. Files go to a temporary directory as they arrive, so
// the server holds one file at a time in memory, when it is inspected, instead of the whole
// request (10 × 20 MB) several times over (docs/decisions/006). The body is counted while it
// arrives and cut off past the most a request may carry.

/** A file received and kept on disk until the request's `dispose()`. */
export type UploadedFile = { name: string; read(): Promise<Uint8Array> };

export type UploadRead =
  | { ok: true; files: UploadedFile[]; refused: UploadOutcome[]; dispose(): Promise<void> }
  | { ok: false; status: 400 | 413 | 415; message: string };

type Received = { name: string; size: number; file: string };

class TooLarge extends Error {}

function limited(body: ReadableStream<Uint8Array>, maxBytes: number): Readable {
  let seen = 0;
  const counted = body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > maxBytes) controller.error(new TooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
  return Readable.fromWeb(counted as WebReadableStream<Uint8Array>);
}

/** Writes the first `maxBytes` of a file and counts the rest: a file over the limit is refused by its size. */
async function save(stream: Readable, file: string, maxBytes: number): Promise<number> {
  let size = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.byteLength;
      done(null, size <= maxBytes ? chunk : undefined);
    },
  });
  await pipeline(stream, counter, createWriteStream(file, { flags: "wx" }));
  return size;
}

async function receive(body: Readable, contentType: string, directory: string, maxFileBytes: number): Promise<Received[] | "too-many"> {
  const parser = Busboy({ headers: { "content-type": contentType }, limits: { fields: 20, fieldSize: 10_000, headerPairs: 20 } });
  const saved: Promise<Received>[] = [];
  let tooMany = false;
  parser.on("file", (field, stream, name: string | undefined) => {
    // An empty file input still sends a part, nameless and empty.
    if (field !== UPLOAD_FIELD || !name || saved.length === MAX_FILES_PER_UPLOAD) {
      tooMany ||= field === UPLOAD_FIELD && !!name;
      stream.resume();
      return;
    }
    const file = path.join(directory, String(saved.length));
    const done = save(stream, file, maxFileBytes).then((size) => ({ name, size, file }));
    // Awaited below; a failure of the request as a whole is reported by the pipeline first.
    done.catch(() => undefined);
    saved.push(done);
  });
  await pipeline(body, parser);
  const files = await Promise.all(saved);
  return tooMany ? "too-many" : files;
}

export async function readUpload(request: Request, maxFileBytes: number): Promise<UploadRead> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data;\s*boundary=/i.test(contentType) || !request.body) {
    return { ok: false, status: 415, message: "Wyślij pliki formularzem dodawania załączników." };
  }
  const maxTotal = MAX_FILES_PER_UPLOAD * maxFileBytes + 1_000_000;
  const tooLarge = { ok: false, status: 413, message: `Za dużo danych naraz: wyślij najwyżej ${MAX_FILES_PER_UPLOAD} plików, każdy do ${formatFileSize(maxFileBytes)}.` } as const;
  if (Number(request.headers.get("content-length") ?? 0) > maxTotal) return tooLarge;

  const directory = await mkdtemp(path.join(tmpdir(), "bdp-upload-"));
  const dispose = () => rm(directory, { recursive: true, force: true });
  let received: Received[] | "too-many";
  try {
    received = await receive(limited(request.body, maxTotal), contentType, directory, maxFileBytes);
  } catch (error) {
    await dispose();
    if (error instanceof TooLarge) return tooLarge;
    return { ok: false, status: 400, message: "Nie udało się odczytać wysłanych plików. Spróbuj ponownie." };
  }
  if (received === "too-many" || received.length === 0) {
    await dispose();
    return received === "too-many"
      ? { ok: false, status: 413, message: TOO_MANY_MESSAGE }
      : { ok: false, status: 400, message: "Nie wybrano żadnego pliku." };
  }
  const files: UploadedFile[] = [];
  const refused: UploadOutcome[] = [];
  for (const { name, size, file } of received) {
    if (size > maxFileBytes) {
      refused.push({ name, ok: false, message: tooLargeMessage(name, size, maxFileBytes) });
    } else {
      files.push({ name, read: () => readFile(file) });
    }
  }
  return { ok: true, files, refused, dispose };
}
