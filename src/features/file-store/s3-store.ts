import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client, S3ServiceException } from "@aws-sdk/client-s3";
import { checkedKey, newStorageKey, wholeReader, type FileStore } from "./store";

export type S3Settings = {
  bucket: string;
  region: string;
  endpoint?: string;
  forcePathStyle: boolean;
  credentials?: { accessKeyId: string; secretAccessKey: string };
};

function isMissing(error: unknown): boolean {
  // By name, not by status: a missing bucket is a 404 too, and must not read as "no such file".
  return error instanceof NoSuchKey || (error instanceof S3ServiceException && (error.name === "NoSuchKey" || error.name === "NotFound"));
}

/** `close` ends the client's kept-alive connections (tests, the migration script). */
export type S3FileStore = FileStore & { close(): void };

/** Files in a bucket of an S3-compatible service: any number of instances. */
export function s3FileStore(settings: S3Settings): S3FileStore {
  const client = new S3Client({
    region: settings.region,
    endpoint: settings.endpoint,
    forcePathStyle: settings.forcePathStyle,
    credentials: settings.credentials,
    // Checksums only where S3 requires them: the SDK's default (CRC32 on every request, sent in an
    // aws-chunked trailer) is refused by many S3-compatible services. Uploads carry their length
    // and are checked by SHA-256 where they are recorded (and by `files:migrate`).
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  const Bucket = settings.bucket;

  async function write(key: string, content: Uint8Array): Promise<void> {
    // One PutObject: files are at most 33 MB, under S3's 5 GB limit for a single request.
    await client.send(new PutObjectCommand({ Bucket, Key: key, Body: content, ContentLength: content.byteLength, ContentType: "application/octet-stream" }));
  }

  async function open(key: string) {
    try {
      const object = await client.send(new GetObjectCommand({ Bucket, Key: checkedKey(key) }));
      if (!object.Body || object.ContentLength === undefined) throw new Error(`S3 answered GetObject ${key} without a body or length`);
      // The response's own socket stream: bytes arrive as they are read. A caller that does not
      // read it must cancel it, or the connection stays taken (download.ts does, for HEAD).
      return { size: object.ContentLength, stream: object.Body.transformToWebStream() as ReadableStream<Uint8Array> };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  return {
    kind: "s3",
    async put(content) {
      const key = newStorageKey();
      await write(key, content);
      return key;
    },
    async write(key, content) {
      await write(checkedKey(key), content);
    },
    open,
    read: wholeReader(open),
    async remove(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: checkedKey(key) }));
    },
    close() {
      client.destroy();
    },
  };
}
