import { createHash, randomBytes } from "node:crypto";
import { expect, it } from "vitest";
import { InvalidStorageKey, newStorageKey, type FileStore } from "../../src/features/file-store/store";

const TWENTY_MB = 20_000_000;

/** Reads a stream chunk by chunk as a download would, keeping only a hash and the chunk sizes. */
export async function drain(stream: ReadableStream<Uint8Array>): Promise<{ sha256: string; bytes: number; chunks: number; largestChunk: number }> {
  const hash = createHash("sha256");
  let bytes = 0;
  let chunks = 0;
  let largestChunk = 0;
  const reader = stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    const chunk = next.value;
    hash.update(chunk);
    bytes += chunk.byteLength;
    chunks += 1;
    largestChunk = Math.max(largestChunk, chunk.byteLength);
  }
  return { sha256: hash.digest("hex"), bytes, chunks, largestChunk };
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/**
 * What every file store does the same way. `maxChunk` is the largest chunk a streamed read may
 * hand over: the bound on what a download holds at once.
 */
export function fileStoreContract(store: () => FileStore, maxChunk: number): void {
  it("stores a file under a fresh key, opens it with its size, reads it whole and removes it", async () => {
    const content = new TextEncoder().encode("Sprawozdanie z realizacji budżetu obywatelskiego, Łódź 2025");
    const key = await store().put(content);
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    const opened = await store().open(key);
    expect(opened?.size).toBe(content.byteLength);
    expect(new Uint8Array(await new Response(opened!.stream).arrayBuffer())).toEqual(content);
    expect(new Uint8Array((await store().read(key))!)).toEqual(content);
    await store().remove(key);
    expect(await store().open(key)).toBeNull();
    expect(await store().read(key)).toBeNull();
    await store().remove(key); // twice is no error
  });

  it("answers null for a key it never stored, and stores an empty file", async () => {
    expect(await store().open(newStorageKey())).toBeNull();
    const empty = await store().put(new Uint8Array());
    const opened = await store().open(empty);
    expect(opened?.size).toBe(0);
    expect((await drain(opened!.stream)).bytes).toBe(0);
    await store().remove(empty);
  });

  it("refuses keys it did not make", async () => {
    for (const key of ["../../etc/passwd", "", "A1B2", `${newStorageKey()}/x`, "bench-12", newStorageKey().toUpperCase()]) {
      await expect(store().open(key)).rejects.toBeInstanceOf(InvalidStorageKey);
      await expect(store().write(key, new Uint8Array([1]))).rejects.toBeInstanceOf(InvalidStorageKey);
      await expect(store().remove(key)).rejects.toBeInstanceOf(InvalidStorageKey);
    }
  });

  it("writes under a given key, replacing what was there (files:migrate)", async () => {
    const key = newStorageKey();
    await store().write(key, new Uint8Array([1, 2, 3]));
    await store().write(key, new Uint8Array([4, 5]));
    expect([...(await store().read(key))!]).toEqual([4, 5]);
    await store().remove(key);
  });

  it("streams a 20 MB file in bounded chunks, nothing read before it is asked for", async () => {
    const content = randomBytes(TWENTY_MB);
    const key = await store().put(content);
    const opened = (await store().open(key))!;
    expect(opened.size).toBe(TWENTY_MB);
    const read = await drain(opened.stream);
    expect(read.bytes).toBe(TWENTY_MB);
    expect(read.sha256).toBe(sha256(content));
    expect(read.largestChunk).toBeLessThanOrEqual(maxChunk);
    expect(read.chunks).toBeGreaterThanOrEqual(Math.ceil(TWENTY_MB / maxChunk));
    // Opened and abandoned (a HEAD request): cancelling frees it; nothing was read.
    const abandoned = (await store().open(key))!;
    await abandoned.stream.cancel();
    await store().remove(key);
  });
}
