import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileStoreContract } from "../../../tests/support/file-store-contract";
import { startS3Server, type TestS3Server } from "../../../tests/support/s3-server";
import { s3FileStore, type S3FileStore } from "./s3-store";

let server: TestS3Server;
let store: S3FileStore;

beforeAll(async () => {
  server = await startS3Server();
  store = s3FileStore(server.settings);
});

afterAll(async () => {
  store.close();
  await server.stop();
});

describe("S3 file store (against s3rver)", () => {
  // The body is the HTTP response itself, read as it arrives: chunks of the socket's reads.
  fileStoreContract(() => store, 1024 * 1024);

  it("fails loudly when the bucket is missing, instead of answering that every file is", async () => {
    const elsewhere = s3FileStore({ ...server.settings, bucket: "bdp-nie-ma" });
    await expect(elsewhere.put(new Uint8Array([1]))).rejects.toThrow(/bucket/i);
    await expect(elsewhere.open("00000000-0000-4000-8000-000000000000")).rejects.toThrow(/bucket/i);
    elsewhere.close();
  });
});
