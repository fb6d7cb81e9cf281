import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { closeFilesPool } from "@/lib/files-pool";
import { drain, fileStoreContract } from "../../../tests/support/file-store-contract";
import { POSTGRES_CHUNK_BYTES, postgresFileStore } from "./postgres-store";

const store = postgresFileStore();

afterAll(async () => {
  await db.storedFile.deleteMany();
  await disconnectDb();
  await closeFilesPool();
});

describe("PostgreSQL file store", () => {
  fileStoreContract(() => store, POSTGRES_CHUNK_BYTES);

  it("keeps a file as chunks of 512 KiB, and reads one chunk per read, not ahead", async () => {
    const content = randomBytes(5 * POSTGRES_CHUNK_BYTES + 1000);
    const key = await store.put(content);
    const chunks = await db.storedFileChunk.findMany({ where: { storageKey: key }, orderBy: { seq: "asc" }, select: { seq: true, bytes: true } });
    expect(chunks.map((chunk) => [chunk.seq, chunk.bytes.byteLength])).toEqual([0, 1, 2, 3, 4, 5].map((seq) => [seq, seq < 5 ? POSTGRES_CHUNK_BYTES : 1000]));

    // Removed after the first chunk was read: had the stream fetched ahead, the rest would still come.
    const reader = (await store.open(key))!.stream.getReader();
    expect((await reader.read()).value?.byteLength).toBe(POSTGRES_CHUNK_BYTES);
    await store.remove(key);
    await expect(reader.read()).rejects.toThrow(/lost its chunk 1/);
    expect(await db.storedFileChunk.count({ where: { storageKey: key } })).toBe(0);
  });

  it("reads files written with another chunk size (the size is kept per file)", async () => {
    const content = randomBytes(300_000);
    const key = await postgresFileStore(64 * 1024).put(content);
    const read = await drain((await store.open(key))!.stream);
    expect([read.bytes, read.chunks, read.largestChunk]).toEqual([300_000, 5, 64 * 1024]);
    await store.remove(key);
  });

  it("never shows half a file: a replaced file is the old one or the new one", async () => {
    const key = await store.put(randomBytes(3 * POSTGRES_CHUNK_BYTES));
    await store.write(key, new Uint8Array([7, 7]));
    expect(await db.storedFileChunk.count({ where: { storageKey: key } })).toBe(1);
    expect([...(await store.read(key))!]).toEqual([7, 7]);
    await store.remove(key);
  });
});
