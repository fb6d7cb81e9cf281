import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileStoreContract } from "../../../tests/support/file-store-contract";
import { localFileStore } from "./local-store";
import type { FileStore } from "./store";

// In the database project with the other stores' tests, though it needs no database: one contract, three stores.
let directory: string;
let store: FileStore;

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), "bdp-local-store-"));
  store = localFileStore(directory);
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe("local file store", () => {
  fileStoreContract(() => store, 64 * 1024);

  it("keeps files in two-letter folders under the directory, and leaves no partial file behind", async () => {
    const key = await store.put(new Uint8Array([1]));
    await store.write(key, new Uint8Array([2]));
    expect(await readdir(path.join(directory, key.slice(0, 2)))).toEqual([key]);
    await store.remove(key);
  });
});
