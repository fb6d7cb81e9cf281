import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import type { S3Settings } from "../../src/features/file-store/s3-store";

export type TestS3Server = { settings: S3Settings; endpoint: string; stop(): Promise<void> };

/**
 * A real S3-protocol server (s3rver: the S3 REST API over HTTP, signatures checked, objects on
 * disk) in the test's process, on a free port, with one empty bucket. Its fixed credentials are
 * S3RVER/S3RVER.
 */
export async function startS3Server(bucket = "bdp-test"): Promise<TestS3Server> {
  const directory = await mkdtemp(path.join(tmpdir(), "bdp-s3-"));
  const server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    settings: { bucket, region: "us-east-1", endpoint, forcePathStyle: true, credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } },
    async stop() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
